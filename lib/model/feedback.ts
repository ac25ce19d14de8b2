import { actionItemOwnership } from './action-item';
import { idSchema, integer, isoDateSchema, isoDateTimeSchema, shortText, userTextSchema, z } from './common';
import { MAX_PROGRESS, MIN_PROGRESS } from './goal';

export const feedbackOutcomes = ['held', 'rescheduled', 'missed'] as const;
export const feedbackOutcomeSchema = z.enum(feedbackOutcomes);

export const MIN_RATING = 1;
export const MAX_RATING = 5;
/** Goals, new action items and custom answers one feedback can hold. */
export const MAX_FEEDBACK_ENTRIES = 50;

export const goalProgressEntrySchema = z.object({
  goalId: idSchema,
  progress: integer(MIN_PROGRESS, MAX_PROGRESS),
  note: userTextSchema,
  milestonesDone: z.array(idSchema),
});

export const newActionItemSchema = z.object({
  text: shortText({ required: true }),
  ...actionItemOwnership,
  due: z.optional(isoDateSchema),
});

export const customAnswerSchema = z.object({
  questionId: idSchema,
  answer: userTextSchema,
});

/**
 * One per session and author. A draft is kept while the form is open, so closing the window loses
 * nothing. The feedback form parses what the user entered through this schema before it is stored.
 */
export const feedbackSchema = z
  .object({
    id: idSchema,
    sessionId: idSchema,
    pairingId: idSchema,
    author: z.enum(['me', 'them']),
    state: z.enum(['draft', 'submitted']),
    outcome: z.optional(feedbackOutcomeSchema),
    rating: z.optional(integer(MIN_RATING, MAX_RATING)),
    goalProgress: z.array(goalProgressEntrySchema).check(z.maxLength(MAX_FEEDBACK_ENTRIES)),
    wentWell: userTextSchema,
    wasHard: userTextSchema,
    actionItems: z.array(newActionItemSchema).check(z.maxLength(MAX_FEEDBACK_ENTRIES)),
    nextFocus: userTextSchema,
    /** Never shared, never exported for coordinators. */
    privateReflection: userTextSchema,
    customAnswers: z.array(customAnswerSchema).check(z.maxLength(MAX_FEEDBACK_ENTRIES)),
    isDemo: z.boolean(),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
    submittedAt: z.optional(isoDateTimeSchema),
  })
  .check(
    z.superRefine((feedback, ctx) => {
      if (feedback.state !== 'submitted') return;
      if (!feedback.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'say whether the session happened' });
      if (feedback.outcome === 'held' && feedback.rating === undefined) {
        ctx.addIssue({ code: 'custom', path: ['rating'], message: 'rate the session from 1 to 5' });
      }
    }),
  );

export const feedbackQuestionSchema = z.object({
  id: idSchema,
  text: shortText({ required: true }),
  kind: z.enum(['text', 'scale']),
  archived: z.boolean(),
  createdAt: isoDateTimeSchema,
});

export type FeedbackOutcome = z.infer<typeof feedbackOutcomeSchema>;
export type GoalProgressEntry = z.infer<typeof goalProgressEntrySchema>;
export type NewActionItem = z.infer<typeof newActionItemSchema>;
export type Feedback = z.infer<typeof feedbackSchema>;
export type FeedbackQuestion = z.infer<typeof feedbackQuestionSchema>;

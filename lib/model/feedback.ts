import { idSchema, integer, isoDateSchema, isoDateTimeSchema, shortText, userTextSchema, z } from './common';

export const feedbackOutcomeSchema = z.enum(['held', 'rescheduled', 'missed']);

export const goalProgressEntrySchema = z.object({
  goalId: idSchema,
  progress: integer(0, 100),
  note: userTextSchema,
  milestonesDone: z.array(idSchema),
});

export const newActionItemSchema = z.object({
  text: shortText({ required: true }),
  owner: z.enum(['me', 'them']),
  due: z.optional(isoDateSchema),
});

export const customAnswerSchema = z.object({
  questionId: idSchema,
  answer: userTextSchema,
});

/** One per session and author. A draft is kept while the form is open, so closing the window loses nothing. */
export const feedbackSchema = z
  .object({
    id: idSchema,
    sessionId: idSchema,
    pairingId: idSchema,
    author: z.enum(['me', 'them']),
    state: z.enum(['draft', 'submitted']),
    outcome: z.optional(feedbackOutcomeSchema),
    rating: z.optional(integer(1, 5)),
    goalProgress: z.array(goalProgressEntrySchema).check(z.maxLength(50)),
    wentWell: userTextSchema,
    wasHard: userTextSchema,
    actionItems: z.array(newActionItemSchema).check(z.maxLength(50)),
    nextFocus: userTextSchema,
    /** Never shared, never exported for coordinators. */
    privateReflection: userTextSchema,
    customAnswers: z.array(customAnswerSchema).check(z.maxLength(50)),
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

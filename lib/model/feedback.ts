import { actionItemOwnership } from './action-item';
import { idSchema, integer, isoDateSchema, isoDateTimeSchema, shortTextSchema, sideSchema, userTextSchema, z, type Bounds } from './common';
import { PROGRESS_PERCENT } from './goal';

/** How the session went, from 1 (poor) to 5 (excellent); custom scale questions use the same scale. */
export const RATING: Bounds = { min: 1, max: 5 };
/**
 * Goals, new action items and custom answers one feedback can hold.
 * @public a bound of the model, exported like the others for forms to read (knip: nothing outside imports it yet)
 */
export const MAX_FEEDBACK_ENTRIES = 50;

const feedbackOutcomes = ['held', 'rescheduled', 'missed'] as const;
export const feedbackOutcomeSchema = z.enum(feedbackOutcomes);

export const goalProgressEntrySchema = z.object({
  goalId: idSchema,
  progress: integer(PROGRESS_PERCENT),
  note: userTextSchema,
  milestonesDone: z.array(idSchema),
});

export const newActionItemSchema = z.object({
  text: shortTextSchema,
  ...actionItemOwnership,
  due: z.optional(isoDateSchema),
});

const customAnswerSchema = z.object({
  questionId: idSchema,
  answer: userTextSchema,
});

/**
 * One per session and author. A draft is kept while the form is open, so closing the window loses
 * nothing. The feedback form parses what the user entered through this schema before it is stored.
 */
const feedbackFieldsSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  pairingId: idSchema,
  author: sideSchema,
  state: z.enum(['draft', 'submitted']),
  outcome: z.optional(feedbackOutcomeSchema),
  rating: z.optional(integer(RATING)),
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
});

/** Submitted feedback says whether the session happened, and rates it when it did. */
const submittedFeedbackRule = z.superRefine(
  (feedback: { state?: string; outcome?: FeedbackOutcome; rating?: number }, ctx) => {
    if (feedback.state !== 'submitted') return;
    if (!feedback.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'say whether the session happened' });
    if (feedback.outcome === 'held' && feedback.rating === undefined) {
      ctx.addIssue({ code: 'custom', path: ['rating'], message: 'rate the session from 1 to 5' });
    }
  },
);

export const feedbackSchema = feedbackFieldsSchema.check(submittedFeedbackRule);

export const feedbackQuestionKinds = ['text', 'scale'] as const;

export const feedbackQuestionSchema = z.object({
  id: idSchema,
  text: shortTextSchema,
  kind: z.enum(feedbackQuestionKinds),
  archived: z.boolean(),
  createdAt: isoDateTimeSchema,
});

export type FeedbackOutcome = z.infer<typeof feedbackOutcomeSchema>;
export type GoalProgressEntry = z.infer<typeof goalProgressEntrySchema>;
export type NewActionItem = z.infer<typeof newActionItemSchema>;
export type Feedback = z.infer<typeof feedbackSchema>;
export type FeedbackQuestion = z.infer<typeof feedbackQuestionSchema>;

import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, shortTextSchema, userTextSchema } from './common';

export const feedbackOutcomeSchema = z.enum(['held', 'rescheduled', 'missed']);

export const goalProgressEntrySchema = z.object({
  goalId: idSchema,
  progress: z.number().int().min(0).max(100),
  note: userTextSchema,
  milestonesDone: z.array(idSchema),
});

export const newActionItemSchema = z.object({
  text: shortTextSchema.min(1, 'must not be empty'),
  owner: z.enum(['me', 'them']),
  due: isoDateSchema.optional(),
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
    outcome: feedbackOutcomeSchema.optional(),
    rating: z.number().int().min(1).max(5).optional(),
    goalProgress: z.array(goalProgressEntrySchema).max(50),
    wentWell: userTextSchema,
    wasHard: userTextSchema,
    actionItems: z.array(newActionItemSchema).max(50),
    nextFocus: userTextSchema,
    /** Never shared, never exported for coordinators. */
    privateReflection: userTextSchema,
    customAnswers: z.array(customAnswerSchema).max(50),
    isDemo: z.boolean(),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
    submittedAt: isoDateTimeSchema.optional(),
  })
  .superRefine((feedback, ctx) => {
    if (feedback.state !== 'submitted') return;
    if (!feedback.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'say whether the session happened' });
    if (feedback.outcome === 'held' && feedback.rating === undefined) {
      ctx.addIssue({ code: 'custom', path: ['rating'], message: 'rate the session from 1 to 5' });
    }
  });

export const feedbackQuestionSchema = z.object({
  id: idSchema,
  text: shortTextSchema.min(1, 'must not be empty'),
  kind: z.enum(['text', 'scale']),
  archived: z.boolean(),
  createdAt: isoDateTimeSchema,
});

export type FeedbackOutcome = z.infer<typeof feedbackOutcomeSchema>;
export type GoalProgressEntry = z.infer<typeof goalProgressEntrySchema>;
export type NewActionItem = z.infer<typeof newActionItemSchema>;
export type Feedback = z.infer<typeof feedbackSchema>;
export type FeedbackQuestion = z.infer<typeof feedbackQuestionSchema>;

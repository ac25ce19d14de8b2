import { idSchema, integer, isoDateSchema, isoDateTimeSchema, shortTextSchema, sideSchema, userTextSchema, z, type Bounds } from './common';

/** Progress of a goal, in whole percent. */
export const PROGRESS_PERCENT: Bounds = { min: 0, max: 100 };
export const MAX_MILESTONES = 50;

export const goalCategories = [
  'communication',
  'conflict-resolution',
  'strategic-thinking',
  'emotional-intelligence',
  'decision-making',
  'delegation',
  'executive-presence',
  'career-development',
  'technology-fluency',
  'other',
] as const;
export const goalCategorySchema = z.enum(goalCategories);

export const milestoneSchema = z.object({
  id: idSchema,
  title: shortTextSchema,
  done: z.boolean(),
  due: z.optional(isoDateSchema),
});

export const goalStatuses = ['active', 'achieved', 'dropped'] as const;
export const goalStatusSchema = z.enum(goalStatuses);

export const goalSchema = z.object({
  id: idSchema,
  pairingId: idSchema,
  templateId: z.optional(idSchema),
  /** In reverse and peer mentoring both sides have goals: whose goal this is. */
  owner: sideSchema,
  title: shortTextSchema,
  description: userTextSchema,
  category: goalCategorySchema,
  progress: integer(PROGRESS_PERCENT),
  milestones: z.array(milestoneSchema).check(z.maxLength(MAX_MILESTONES)),
  targetDate: z.optional(isoDateSchema),
  status: goalStatusSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export type GoalCategory = z.infer<typeof goalCategorySchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type GoalStatus = z.infer<typeof goalStatusSchema>;
export type Goal = z.infer<typeof goalSchema>;

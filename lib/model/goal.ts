import { idSchema, integer, isoDateSchema, isoDateTimeSchema, shortText, userTextSchema, z } from './common';

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

export const MIN_PROGRESS = 0;
export const MAX_PROGRESS = 100;
export const MAX_MILESTONES = 50;

export const milestoneSchema = z.object({
  id: idSchema,
  title: shortText({ required: true }),
  done: z.boolean(),
  due: z.optional(isoDateSchema),
});

export const goalStatusSchema = z.enum(['active', 'achieved', 'dropped']);

export const goalSchema = z.object({
  id: idSchema,
  pairingId: idSchema,
  templateId: z.optional(idSchema),
  /** In reverse and peer mentoring both sides have goals: whose goal this is. */
  owner: z.enum(['me', 'them']),
  title: shortText({ required: true }),
  description: userTextSchema,
  category: goalCategorySchema,
  progress: integer(MIN_PROGRESS, MAX_PROGRESS),
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

import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, shortTextSchema, userTextSchema } from './common';

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
  title: shortTextSchema.min(1, 'must not be empty'),
  done: z.boolean(),
  due: isoDateSchema.optional(),
});

export const goalStatusSchema = z.enum(['active', 'achieved', 'dropped']);

export const goalSchema = z.object({
  id: idSchema,
  pairingId: idSchema,
  templateId: idSchema.optional(),
  /** In reverse and peer mentoring both sides have goals: whose goal this is. */
  owner: z.enum(['me', 'them']),
  title: shortTextSchema.min(1, 'must not be empty'),
  description: userTextSchema,
  category: goalCategorySchema,
  progress: z.number().int().min(0).max(100),
  milestones: z.array(milestoneSchema).max(50),
  targetDate: isoDateSchema.optional(),
  status: goalStatusSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export type GoalCategory = z.infer<typeof goalCategorySchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type GoalStatus = z.infer<typeof goalStatusSchema>;
export type Goal = z.infer<typeof goalSchema>;

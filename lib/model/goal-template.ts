import { z } from 'zod';
import { idSchema, isoDateTimeSchema, shortTextSchema, userTextSchema } from './common';
import { goalCategorySchema } from './goal';

export const goalTemplateSchema = z.object({
  id: idSchema,
  name: shortTextSchema.min(1, 'must not be empty'),
  category: goalCategorySchema,
  description: userTextSchema.min(1, 'must not be empty'),
  defaultMilestones: z.array(shortTextSchema.min(1)).max(30),
  suggestedQuestions: z.array(shortTextSchema.min(1)).max(30),
  successCriteria: z.array(shortTextSchema.min(1)).max(30),
  /** Built-in templates ship with the product; user and coordinator templates do not. */
  builtIn: z.boolean(),
  archived: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export type GoalTemplate = z.infer<typeof goalTemplateSchema>;

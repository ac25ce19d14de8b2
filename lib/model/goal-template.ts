import { idSchema, isoDateTimeSchema, shortTextSchema, userTextSchema, z } from './common';
import { goalCategorySchema } from './goal';

/**
 * The most entries of each list of a template (milestones, questions, success criteria).
 * @public a bound of the model, exported like the others for forms to read (knip: nothing outside imports it yet)
 */
export const MAX_TEMPLATE_LINES = 30;

const lines = () => z.array(shortTextSchema).check(z.maxLength(MAX_TEMPLATE_LINES));

export const goalTemplateSchema = z.object({
  id: idSchema,
  name: shortTextSchema,
  category: goalCategorySchema,
  description: userTextSchema.check(z.trim(), z.minLength(1, 'must not be empty')),
  defaultMilestones: lines(),
  suggestedQuestions: lines(),
  successCriteria: lines(),
  /** Built-in templates ship with the product; user and coordinator templates do not. */
  builtIn: z.boolean(),
  archived: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export type GoalTemplate = z.infer<typeof goalTemplateSchema>;

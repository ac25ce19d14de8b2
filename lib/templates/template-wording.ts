import type { GoalTemplate } from '../model';

/** What a template says: everything but its id, flags and dates. */
export type TemplateWording = Pick<GoalTemplate, 'name' | 'category' | 'description' | 'defaultMilestones' | 'suggestedQuestions' | 'successCriteria'>;

/**
 * True when two templates say the same thing, whatever their ids and dates. Kept apart from the
 * library so the background's seeding of built-ins compares the same way without the form code.
 */
export function sameTemplateContent(a: TemplateWording, b: TemplateWording): boolean {
  const sameList = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((item, index) => item === y[index]);
  return (
    a.name === b.name &&
    a.category === b.category &&
    a.description === b.description &&
    sameList(a.defaultMilestones, b.defaultMilestones) &&
    sameList(a.suggestedQuestions, b.suggestedQuestions) &&
    sameList(a.successCriteria, b.successCriteria)
  );
}

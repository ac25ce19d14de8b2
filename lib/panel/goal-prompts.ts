import type { MentoringDatabase } from '../db/database';
import type { Goal, GoalTemplate } from '../model';

/** What a template gives a goal as prompts for the conversation. */
export type GoalPrompt = Pick<GoalTemplate, 'suggestedQuestions' | 'successCriteria'>;
export type GoalPrompts = Record<string, GoalPrompt>;

/** The suggested questions and success criteria of the templates the goals came from, by template id. */
export async function loadGoalPrompts(goals: readonly Goal[], db: MentoringDatabase): Promise<GoalPrompts> {
  const ids = [...new Set(goals.flatMap((goal) => (goal.templateId ? [goal.templateId] : [])))];
  if (ids.length === 0) return {};
  const templates = await db.goalTemplates.bulkGet(ids);
  const prompts: GoalPrompts = {};
  for (const template of templates) {
    if (!template || (template.suggestedQuestions.length === 0 && template.successCriteria.length === 0)) continue;
    prompts[template.id] = { suggestedQuestions: template.suggestedQuestions, successCriteria: template.successCriteria };
  }
  return prompts;
}

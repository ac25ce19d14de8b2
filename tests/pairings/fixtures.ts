import { newId, nowIso, type GoalTemplate } from '../../lib/model';

export function aTemplate(overrides: Partial<GoalTemplate> = {}): GoalTemplate {
  const now = nowIso();
  return {
    id: newId(),
    name: 'Active listening',
    category: 'communication',
    description: 'Listen to understand before answering.',
    defaultMilestones: ['Summarise back in three meetings'],
    suggestedQuestions: ['When did you last change your mind in a meeting?'],
    successCriteria: ['Peers say they feel heard'],
    builtIn: false,
    archived: false,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

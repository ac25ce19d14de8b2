import type { TableName } from '../db/database';
import type { ActionItem, Feedback, FeedbackQuestion, Goal, GoalProgressEntry, GoalTemplate, Pairing, Session } from '../model';
import { keepBothTexts, unionById, unionByKey, unionOf } from './keep-both';

/** Two versions of one row: the one that wins (newer) and the other, with a label naming where it came from. */
export interface RowVersions<T> {
  newer: T;
  older: T;
  olderLabel: string;
}

/** The winning row with the other version's user-written text folded in, and any rows needed to keep the rest. */
export interface MergedRow<T> {
  row: T;
  extra: T[];
}

type Rule<T> = (versions: RowVersions<T>) => MergedRow<T>;

const session: Rule<Session> = ({ newer, older, olderLabel }) => ({
  row: {
    ...newer,
    notes: keepBothTexts(newer.notes, older.notes, olderLabel),
    agenda: unionById(newer.agenda, older.agenda, (item) => item.text),
  },
  extra: [],
});

const feedback: Rule<Feedback> = ({ newer, older, olderLabel }) => {
  const text = (field: 'wentWell' | 'wasHard' | 'nextFocus' | 'privateReflection') => keepBothTexts(newer[field], older[field], olderLabel);
  return {
    row: {
      ...newer,
      wentWell: text('wentWell'),
      wasHard: text('wasHard'),
      nextFocus: text('nextFocus'),
      privateReflection: text('privateReflection'),
      goalProgress: unionByKey<GoalProgressEntry>(newer.goalProgress, older.goalProgress, (entry) => entry.goalId, (a, b) => ({
        ...a,
        note: keepBothTexts(a.note, b.note, olderLabel),
        milestonesDone: unionOf(a.milestonesDone, b.milestonesDone),
      })),
      customAnswers: unionByKey<Feedback['customAnswers'][number]>(newer.customAnswers, older.customAnswers, (entry) => entry.questionId, (a, b) => ({
        ...a,
        answer: keepBothTexts(a.answer, b.answer, olderLabel),
      })),
      actionItems: unionByKey(newer.actionItems, older.actionItems, (item) => `${item.owner}|${item.text}`, (a) => a),
    },
    extra: [],
  };
};

const goal: Rule<Goal> = ({ newer, older, olderLabel }) => {
  const olderDescription = older.title === newer.title ? older.description : `Earlier title: ${older.title}\n${older.description}`;
  return {
    row: {
      ...newer,
      description: keepBothTexts(newer.description, olderDescription, olderLabel),
      milestones: unionById(newer.milestones, older.milestones, (milestone) => milestone.title),
    },
    extra: [],
  };
};

const goalTemplate: Rule<GoalTemplate> = ({ newer, older, olderLabel }) => ({
  row: {
    ...newer,
    description: keepBothTexts(newer.description, older.description, olderLabel),
    defaultMilestones: unionOf(newer.defaultMilestones, older.defaultMilestones),
    suggestedQuestions: unionOf(newer.suggestedQuestions, older.suggestedQuestions),
    successCriteria: unionOf(newer.successCriteria, older.successCriteria),
  },
  extra: [],
});

/** An action item is one short line: a differing older wording stays as an item of its own. */
const actionItem: Rule<ActionItem> = ({ newer, older }) => ({
  row: newer,
  extra: newer.text === older.text ? [] : [{ ...older, id: `${older.id}~kept` }],
});

const feedbackQuestion: Rule<FeedbackQuestion> = ({ newer, older }) => ({
  row: newer,
  extra: newer.text === older.text ? [] : [{ ...older, id: `${older.id}~kept` }],
});

const pairing: Rule<Pairing> = ({ newer, older }) => ({
  row: { ...newer, keywords: unionOf(newer.keywords, older.keywords), seriesIds: unionOf(newer.seriesIds, older.seriesIds) },
  extra: [],
});

/** Tables whose rows hold user-written text; the others simply take the newer row. */
const rules: Partial<Record<TableName, unknown>> = {
  sessions: session,
  feedback,
  goals: goal,
  goalTemplates: goalTemplate,
  actionItems: actionItem,
  feedbackQuestions: feedbackQuestion,
  pairings: pairing,
};

export function mergeRow<T>(table: TableName, versions: RowVersions<T>): MergedRow<T> {
  const rule = rules[table] as Rule<T> | undefined; // the table name decides the row type
  return rule ? rule(versions) : { row: versions.newer, extra: [] };
}

/**
 * When each table's row was last changed. Without such a moment (calendar copies, sync states,
 * settings, questions) the row already here stays: the calendar and this browser's settings are
 * fresher than any backup.
 */
export function changedAt(table: TableName, row: Record<string, unknown>): string | undefined {
  const field = table === 'detectionDecisions' ? 'decidedAt' : table === 'recapImports' ? 'importedAt' : 'updatedAt';
  const value = row[field];
  return typeof value === 'string' ? value : undefined;
}

import {
  isoDateSchema,
  MAX_SHORT_TEXT_LENGTH,
  MAX_USER_TEXT_LENGTH,
  newId,
  RATING,
  type Side,
  type Feedback,
  type FeedbackOutcome,
  type FeedbackQuestion,
  type Goal,
  type GoalProgressEntry,
  type NewActionItem,
} from '../model';

export type { FieldErrors } from '../forms/field-errors';

export interface GoalProgressInput {
  goalId: string;
  /** As typed, so a half-typed number is not rejected while typing. */
  progress: string;
  note: string;
  milestonesDone: string[];
}

export interface ActionItemInput {
  /** Identifies the row while editing; not stored. */
  key: string;
  text: string;
  owner: Side;
  /** In a group pairing, the member who owns it (owner "them"). */
  ownerEmail?: string;
  /** YYYY-MM-DD or empty. */
  due: string;
}

/** The feedback form as the user fills it in. */
export interface FeedbackForm {
  outcome?: FeedbackOutcome;
  rating?: number;
  goals: GoalProgressInput[];
  wentWell: string;
  wasHard: string;
  actionItems: ActionItemInput[];
  nextFocus: string;
  privateReflection: string;
  /** Question id → answer ("1".."5" for scale questions). */
  customAnswers: Record<string, string>;
}

export interface FormContext {
  /** The goals the form asks progress for (the pairing's active goals). */
  goals: Goal[];
  /** The custom questions shown (not archived). */
  questions: FeedbackQuestion[];
}

export type FeedbackFields = Pick<
  Feedback,
  | 'outcome'
  | 'rating'
  | 'goalProgress'
  | 'wentWell'
  | 'wasHard'
  | 'actionItems'
  | 'nextFocus'
  | 'privateReflection'
  | 'customAnswers'
>;

export const fieldKey = {
  outcome: 'outcome',
  rating: 'rating',
  goalProgress: (goalId: string) => `goal.${goalId}.progress`,
  goalNote: (goalId: string) => `goal.${goalId}.note`,
  actionText: (rowKey: string) => `action.${rowKey}.text`,
  actionDue: (rowKey: string) => `action.${rowKey}.due`,
  question: (questionId: string) => `question.${questionId}`,
  text: (name: TextFieldName) => name,
} as const;

export const TEXT_FIELDS = {
  wentWell: 'What went well',
  wasHard: 'What was hard',
  nextFocus: 'Focus for next time',
  privateReflection: 'Private reflection',
} as const;
export type TextFieldName = keyof typeof TEXT_FIELDS;

export const MAX_TEXT_LENGTH = MAX_USER_TEXT_LENGTH;
export const MAX_ACTION_TEXT_LENGTH = MAX_SHORT_TEXT_LENGTH;

export function newActionRow(owner: Side = 'me', ownerEmail?: string): ActionItemInput {
  return { key: newId(), text: '', owner, ...(ownerEmail ? { ownerEmail } : {}), due: '' };
}

/** The form for a session: the saved draft where there is one, else each goal's current state. */
export function initialForm(context: FormContext, existing?: Feedback): FeedbackForm {
  const saved = new Map(existing?.goalProgress.map((entry) => [entry.goalId, entry]));
  return {
    outcome: existing?.outcome,
    rating: existing?.rating,
    goals: context.goals.map((goal) => {
      const entry = saved.get(goal.id);
      return {
        goalId: goal.id,
        progress: String(entry?.progress ?? goal.progress),
        note: entry?.note ?? '',
        milestonesDone: entry?.milestonesDone ?? goal.milestones.filter((m) => m.done).map((m) => m.id),
      };
    }),
    wentWell: existing?.wentWell ?? '',
    wasHard: existing?.wasHard ?? '',
    // A blank row is ready to type into; a blank row is never stored.
    actionItems: [
      ...(existing?.actionItems.map((item) => ({
        key: newId(),
        text: item.text,
        owner: item.owner,
        ...(item.ownerEmail ? { ownerEmail: item.ownerEmail } : {}),
        due: item.due ?? '',
      })) ?? []),
      newActionRow(),
    ],
    nextFocus: existing?.nextFocus ?? '',
    privateReflection: existing?.privateReflection ?? '',
    // Answers to questions archived since are kept, so saving the draft never drops them.
    customAnswers: Object.fromEntries(existing?.customAnswers.map((a) => [a.questionId, a.answer]) ?? []),
  };
}

/**
 * What a draft can keep of a half-filled form: everything valid so far. Half-typed pieces that
 * cannot be stored yet (a progress of "1a", an action item without text) are left out.
 */
export function draftFields(form: FeedbackForm, context: FormContext): FeedbackFields {
  const goalProgress = form.goals.flatMap((input) => {
    const goal = context.goals.find((g) => g.id === input.goalId);
    const progress = parseProgress(input.progress);
    return goal && progress !== undefined ? [progressEntry(input, goal, progress)] : [];
  });
  const actionItems = filledRows(form.actionItems).flatMap((row): NewActionItem[] => {
    const text = row.text.trim().slice(0, MAX_ACTION_TEXT_LENGTH);
    if (!text) return [];
    const due = row.due && isoDateSchema.safeParse(row.due).success ? row.due : '';
    return [newItemOf({ ...row, text, due })];
  });
  const bounded = (text: string) => text.slice(0, MAX_TEXT_LENGTH);
  return {
    outcome: form.outcome,
    rating: isRating(form.rating) ? form.rating : undefined,
    goalProgress,
    wentWell: bounded(form.wentWell),
    wasHard: bounded(form.wasHard),
    actionItems,
    nextFocus: bounded(form.nextFocus),
    privateReflection: bounded(form.privateReflection),
    customAnswers: customAnswers(form).map((a) => ({ ...a, answer: bounded(a.answer) })),
  };
}

function parseProgress(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value <= 100 ? value : undefined;
}

export function newItemOf(row: ActionItemInput): NewActionItem {
  return {
    text: row.text,
    owner: row.owner,
    ...(row.owner === 'them' && row.ownerEmail ? { ownerEmail: row.ownerEmail } : {}),
    ...(row.due ? { due: row.due } : {}),
  };
}

export function isRating(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value >= RATING.min && value <= RATING.max;
}

/** Rows the user has started; an untouched blank row is not an error, just nothing. */
export function filledRows(rows: ActionItemInput[]): ActionItemInput[] {
  return rows.filter((row) => row.text.trim() !== '' || row.due !== '');
}

export function progressEntry(input: GoalProgressInput, goal: Goal, progress: number): GoalProgressEntry {
  const milestoneIds = new Set(goal.milestones.map((m) => m.id));
  return { goalId: goal.id, progress, note: input.note.slice(0, MAX_TEXT_LENGTH), milestonesDone: input.milestonesDone.filter((id) => milestoneIds.has(id)) };
}

export function customAnswers(form: FeedbackForm): Feedback['customAnswers'] {
  return Object.entries(form.customAnswers)
    .filter(([, answer]) => answer.trim() !== '')
    .map(([questionId, answer]) => ({ questionId, answer }));
}

import {
  isoDateSchema,
  newId,
  type Feedback,
  type FeedbackOutcome,
  type FeedbackQuestion,
  type Goal,
  type GoalProgressEntry,
  type NewActionItem,
  type Side,
  SHORT_TEXT_MAX,
  USER_TEXT_MAX,
} from '../model';

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

/** Field key → message naming the field, shown next to that field. */
export type FieldErrors = Record<string, string>;

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

export const MAX_TEXT_LENGTH = USER_TEXT_MAX;
export const MAX_ACTION_TEXT_LENGTH = SHORT_TEXT_MAX;
const tooLong = `keep it under ${MAX_TEXT_LENGTH.toLocaleString('en')} characters`;

export function newActionRow(owner: ActionItemInput['owner'] = 'me'): ActionItemInput {
  return { key: newId(), text: '', owner, due: '' };
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
    actionItems: existing?.actionItems.map((item) => ({ key: newId(), text: item.text, owner: item.owner, due: item.due ?? '' })) ?? [],
    nextFocus: existing?.nextFocus ?? '',
    privateReflection: existing?.privateReflection ?? '',
    // Answers to questions archived since are kept, so saving the draft never drops them.
    customAnswers: Object.fromEntries(existing?.customAnswers.map((a) => [a.questionId, a.answer]) ?? []),
  };
}

/** Checks the form for submission; every error names its field ("Rating: choose 1 to 5"). */
export function validateFeedbackForm(
  form: FeedbackForm,
  context: FormContext,
): { ok: true; fields: FeedbackFields } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!form.outcome) errors[fieldKey.outcome] = 'Did it happen: choose held, rescheduled or missed';
  const held = form.outcome === 'held';
  if (held && !isRating(form.rating)) errors[fieldKey.rating] = 'Rating: choose 1 to 5';

  const goalProgress: GoalProgressEntry[] = [];
  if (held) {
    for (const input of form.goals) {
      const goal = context.goals.find((g) => g.id === input.goalId);
      if (!goal) continue;
      const progress = parseProgress(input.progress);
      if (input.note.length > MAX_TEXT_LENGTH) {
        errors[fieldKey.goalNote(goal.id)] = `Note on “${goal.title}”: ${tooLong}`;
      }
      if (progress === undefined) {
        errors[fieldKey.goalProgress(goal.id)] = `Progress for “${goal.title}”: enter a whole number from 0 to 100`;
      } else {
        goalProgress.push(progressEntry(input, goal, progress));
      }
    }
  }

  const actionItems: NewActionItem[] = [];
  filledRows(form.actionItems).forEach((row, index) => {
    const name = `Action item ${index + 1}`;
    const text = row.text.trim();
    if (!text) errors[fieldKey.actionText(row.key)] = `${name}: write what needs doing`;
    else if (text.length > MAX_ACTION_TEXT_LENGTH) {
      errors[fieldKey.actionText(row.key)] = `${name}: keep it under ${MAX_ACTION_TEXT_LENGTH} characters`;
    }
    if (row.due && !isoDateSchema.safeParse(row.due).success) {
      errors[fieldKey.actionDue(row.key)] = `${name} due date: use a date like 2026-12-01`;
    }
    actionItems.push({ text, owner: row.owner, ...(row.due ? { due: row.due } : {}) });
  });

  for (const name of Object.keys(TEXT_FIELDS) as TextFieldName[]) {
    if (form[name].length > MAX_TEXT_LENGTH) {
      errors[fieldKey.text(name)] = `${TEXT_FIELDS[name]}: ${tooLong}`;
    }
  }
  for (const question of context.questions) {
    const answer = form.customAnswers[question.id] ?? '';
    if (question.kind === 'scale' && answer !== '' && !isRating(Number(answer))) {
      errors[fieldKey.question(question.id)] = `${question.text}: choose 1 to 5`;
    } else if (answer.length > MAX_TEXT_LENGTH) {
      errors[fieldKey.question(question.id)] = `${question.text}: ${tooLong}`;
    }
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      outcome: form.outcome,
      // Rating and goal progress describe a session that took place.
      rating: held ? form.rating : undefined,
      goalProgress,
      wentWell: form.wentWell,
      wasHard: form.wasHard,
      actionItems,
      nextFocus: form.nextFocus,
      privateReflection: form.privateReflection,
      customAnswers: customAnswers(form),
    },
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
    const due = row.due && isoDateSchema.safeParse(row.due).success ? { due: row.due } : {};
    return [{ text, owner: row.owner, ...due }];
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

export function parseProgress(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value <= 100 ? value : undefined;
}

function isRating(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Rows the user has started; an untouched blank row is not an error, just nothing. */
function filledRows(rows: ActionItemInput[]): ActionItemInput[] {
  return rows.filter((row) => row.text.trim() !== '' || row.due !== '');
}

function progressEntry(input: GoalProgressInput, goal: Goal, progress: number): GoalProgressEntry {
  const milestoneIds = new Set(goal.milestones.map((m) => m.id));
  return { goalId: goal.id, progress, note: input.note.slice(0, MAX_TEXT_LENGTH), milestonesDone: input.milestonesDone.filter((id) => milestoneIds.has(id)) };
}

function customAnswers(form: FeedbackForm): Feedback['customAnswers'] {
  return Object.entries(form.customAnswers)
    .filter(([, answer]) => answer.trim() !== '')
    .map(([questionId, answer]) => ({ questionId, answer }));
}

import { fieldErrorsFromIssues, type FieldErrors, type FieldTarget, type ModelIssue } from '../forms/field-errors';
import { feedbackSchema, MAX_PROGRESS, MAX_RATING, MIN_PROGRESS, MIN_RATING } from '../model';
import {
  customAnswers,
  fieldKey,
  filledRows,
  isRating,
  newItemOf,
  progressEntry,
  TEXT_FIELDS,
  type FeedbackFields,
  type FeedbackForm,
  type FormContext,
  type TextFieldName,
} from './feedback-form';

/** A feedback row around the answers, so they are parsed by the model's own schema. */
const FORM_ROW = {
  id: 'form',
  sessionId: 'form',
  pairingId: 'form',
  author: 'me',
  state: 'submitted',
  isDemo: false,
  createdAt: '2000-01-01T00:00:00.000Z',
  updatedAt: '2000-01-01T00:00:00.000Z',
} as const;
const NO_ANSWERS: FeedbackFields = {
  goalProgress: [],
  wentWell: '',
  wasHard: '',
  actionItems: [],
  nextFocus: '',
  privateReflection: '',
  customAnswers: [],
};
const wholeNumber = `enter a whole number from ${MIN_PROGRESS} to ${MAX_PROGRESS}`;
const oneToFive = `choose ${MIN_RATING} to ${MAX_RATING}`;

/**
 * Checks the form for submission by parsing it through the feedback's schema (the model holds every
 * bound); each issue becomes an error naming its field ("Rating: choose 1 to 5").
 */
export function validateFeedbackForm(
  form: FeedbackForm,
  context: FormContext,
): { ok: true; fields: FeedbackFields } | { ok: false; errors: FieldErrors } {
  const held = form.outcome === 'held';
  const goals = held
    ? form.goals.flatMap((input) => {
        const goal = context.goals.find((g) => g.id === input.goalId);
        return goal ? [{ input, goal }] : [];
      })
    : [];
  const rows = filledRows(form.actionItems);
  const answers: FeedbackFields = {
    outcome: form.outcome,
    // Rating and goal progress describe a session that took place.
    rating: held ? form.rating : undefined,
    goalProgress: goals.map(({ input, goal }) => progressEntry(input, goal, typedNumber(input.progress))),
    wentWell: form.wentWell,
    wasHard: form.wasHard,
    actionItems: rows.map(newItemOf),
    nextFocus: form.nextFocus,
    privateReflection: form.privateReflection,
    customAnswers: customAnswers(form),
  };
  const locate = (path: readonly PropertyKey[]): FieldTarget | undefined => {
    const [field, index, part] = path;
    if (field === 'outcome') return { key: fieldKey.outcome, label: 'Did it happen', problem: 'choose held, rescheduled or missed' };
    if (field === 'rating') return { key: fieldKey.rating, label: 'Rating', problem: oneToFive };
    if (field === 'goalProgress' && typeof index === 'number') {
      const goal = goals[index]!.goal;
      return part === 'note'
        ? { key: fieldKey.goalNote(goal.id), label: `Note on “${goal.title}”` }
        : { key: fieldKey.goalProgress(goal.id), label: `Progress for “${goal.title}”`, problem: wholeNumber };
    }
    if (field === 'actionItems' && typeof index === 'number') {
      const row = rows[index]!;
      const name = `Action item ${index + 1}`;
      if (part === 'due') return { key: fieldKey.actionDue(row.key), label: `${name} due date` };
      if (part === 'ownerEmail') return { key: fieldKey.actionText(row.key), label: `${name} owner` };
      const empty = row.text.trim() === '';
      return { key: fieldKey.actionText(row.key), label: name, ...(empty ? { problem: 'write what needs doing' } : {}) };
    }
    if (field === 'customAnswers' && typeof index === 'number') {
      const answer = answers.customAnswers[index]!;
      const question = context.questions.find((q) => q.id === answer.questionId);
      return { key: fieldKey.question(answer.questionId), label: question?.text ?? 'Answer' };
    }
    if (typeof field === 'string' && field in TEXT_FIELDS) {
      return { key: fieldKey.text(field as TextFieldName), label: TEXT_FIELDS[field as TextFieldName] };
    }
    return undefined;
  };

  const parsed = feedbackSchema.safeParse({ ...FORM_ROW, ...answers });
  const issues: ModelIssue[] = parsed.success ? [] : [...parsed.error.issues];
  // The submitted-state rule (said whether it happened, rated it) runs once the rest parses, so ask it on its own too.
  if (issues.length > 0) {
    const rule = feedbackSchema.safeParse({ ...FORM_ROW, ...NO_ANSWERS, outcome: form.outcome, rating: answers.rating });
    if (!rule.success) issues.push(...rule.error.issues.filter((issue) => issue.path[0] === 'outcome' || issue.path[0] === 'rating'));
  }
  const errors = fieldErrorsFromIssues(issues, locate);
  // The model stores every answer as text; the form knows that a scale question asks for 1 to 5.
  for (const question of context.questions) {
    const answer = form.customAnswers[question.id] ?? '';
    if (question.kind === 'scale' && answer !== '' && !isRating(Number(answer))) {
      errors[fieldKey.question(question.id)] = `${question.text}: ${oneToFive}`;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  const { outcome, rating, goalProgress, wentWell, wasHard, actionItems, nextFocus, privateReflection } = parsed.data;
  return {
    ok: true,
    fields: { outcome, rating, goalProgress, wentWell, wasHard, actionItems, nextFocus, privateReflection, customAnswers: answers.customAnswers },
  };
}

/** What the user typed as a number: a number (checked against the bounds by the schema), else NaN. */
function typedNumber(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}


import { getDatabase, type MentoringDatabase } from '../db/database';
import type { FormResult } from '../forms/field-errors';
import { labelledFields, parseForm } from '../forms/parse-form';
import { feedbackQuestionSchema, newId, nowIso, z, type FeedbackQuestion } from '../model';

/** The custom questions added to the built-in feedback form, as the options page edits them. */

export interface FeedbackQuestionForm {
  text: string;
  kind: FeedbackQuestion['kind'];
}

export const feedbackQuestionLabels = { text: 'Question', kind: 'Answer' } as const;

const questionFormSchema = z.pick(feedbackQuestionSchema, { text: true, kind: true });

/** Every custom question, archived ones too, oldest first (the order the form asks them in). */
export async function listFeedbackQuestions(db: MentoringDatabase = getDatabase()): Promise<FeedbackQuestion[]> {
  const questions = await db.feedbackQuestions.toArray();
  return questions.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Adds a question unless it is invalid or already asked (same words, ignoring case). */
export async function addFeedbackQuestion(
  form: FeedbackQuestionForm,
  db: MentoringDatabase = getDatabase(),
  now: string = nowIso(),
): Promise<FormResult<FeedbackQuestion>> {
  const parsed = parseForm(questionFormSchema, form, labelledFields(feedbackQuestionLabels));
  if (!parsed.ok) return parsed;
  const { text, kind } = parsed.value;
  return db.transaction('rw', db.feedbackQuestions, async () => {
    const asked = (await db.feedbackQuestions.toArray()).filter((question) => !question.archived);
    if (asked.some((question) => question.text.toLowerCase() === text.toLowerCase())) {
      return { ok: false as const, errors: [{ field: 'text', label: feedbackQuestionLabels.text, message: 'is already on the form' }] };
    }
    const question: FeedbackQuestion = { id: newId(), text, kind, archived: false, createdAt: now };
    await db.feedbackQuestions.add(question);
    return { ok: true as const, value: question };
  });
}

/** Archived questions stop being asked; their earlier answers stay with the feedback they belong to. */
export async function setFeedbackQuestionArchived(
  id: string,
  archived: boolean,
  db: MentoringDatabase = getDatabase(),
): Promise<FeedbackQuestion> {
  return db.transaction('rw', db.feedbackQuestions, async () => {
    const question = await db.feedbackQuestions.get(id);
    if (!question) throw new Error('This question no longer exists; it may have been changed in another window.');
    const updated = { ...question, archived };
    await db.feedbackQuestions.put(updated);
    return updated;
  });
}

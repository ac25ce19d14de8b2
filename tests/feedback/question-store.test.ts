import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { MentoringDatabase } from '../../lib/db/database';
import { activeQuestions } from '../../lib/feedback/feedback-store';
import { addFeedbackQuestion, listFeedbackQuestions, setFeedbackQuestionArchived } from '../../lib/feedback/question-store';

let db: MentoringDatabase;

describe('feedback questions store', () => {
  it('adds questions in order, refuses an empty, over-long or repeated one, and archives without losing it', async () => {
    db = freshDatabase('questions');
    const first = await addFeedbackQuestion({ text: '  What did you try?  ', kind: 'text' }, db, '2026-05-01T09:00:00.000Z');
    expect(first.ok && first.value).toMatchObject({ text: 'What did you try?', kind: 'text', archived: false });
    await addFeedbackQuestion({ text: 'How useful was it?', kind: 'scale' }, db, '2026-05-02T09:00:00.000Z');

    const refused = await Promise.all([
      addFeedbackQuestion({ text: ' ', kind: 'text' }, db),
      addFeedbackQuestion({ text: 'x'.repeat(301), kind: 'text' }, db),
      addFeedbackQuestion({ text: 'WHAT DID YOU TRY?', kind: 'scale' }, db),
    ]);
    expect(refused.map((result) => (result.ok ? 'added' : result.errors.map((e) => `${e.label} ${e.message}`).join()))).toEqual([
      'Question must not be empty',
      'Question is too long (at most 300 characters)',
      'Question is already on the form',
    ]);

    const [question] = await listFeedbackQuestions(db);
    await setFeedbackQuestionArchived(question!.id, true, db);
    expect((await activeQuestions(db)).map((q) => q.text)).toEqual(['How useful was it?']);
    expect((await listFeedbackQuestions(db)).map((q) => [q.text, q.archived])).toEqual([
      ['What did you try?', true],
      ['How useful was it?', false],
    ]);
    // An archived question may be asked again under the same words.
    expect((await addFeedbackQuestion({ text: 'What did you try?', kind: 'text' }, db)).ok).toBe(true);
    await expect(setFeedbackQuestionArchived('gone', true, db)).rejects.toThrow('no longer exists');
  });
});

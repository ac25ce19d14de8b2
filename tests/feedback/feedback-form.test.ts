import { describe, expect, it } from 'vitest';
import {
  draftFields,
  fieldKey,
  initialForm,
  type FeedbackForm,
  type FormContext,
} from '../../lib/feedback/feedback-form';
import { validateFeedbackForm } from '../../lib/feedback/feedback-validation';
import { aFeedback, aFeedbackQuestion, aGoal } from '../support/factories';

const goal = aGoal({
  id: 'g-1',
  title: 'Run calmer all-hands meetings',
  progress: 40,
  milestones: [
    { id: 'm-1', title: 'Draft a narrative', done: true },
    { id: 'm-2', title: 'Rehearse Q&A', done: false },
  ],
});
const scale = aFeedbackQuestion({ id: 'q-scale', text: 'How useful was it?', kind: 'scale' });
const context: FormContext = { goals: [goal], questions: [aFeedbackQuestion(), scale] };

function heldForm(change: Partial<FeedbackForm> = {}): FeedbackForm {
  return { ...initialForm(context), outcome: 'held', rating: 4, ...change };
}

describe('initialForm', () => {
  it("starts from each goal's current progress and milestones when there is no draft", () => {
    const form = initialForm(context);
    expect(form.goals).toEqual([{ goalId: 'g-1', progress: '40', note: '', milestonesDone: ['m-1'] }]);
    expect(form.outcome).toBeUndefined();
    expect(form.actionItems.map((row) => [row.text, row.owner, row.due])).toEqual([['', 'me', '']]);
  });

  it('restores a saved draft, including answers to questions archived since', () => {
    const draft = aFeedback({
      state: 'draft',
      goalProgress: [{ goalId: 'g-1', progress: 70, note: 'Much calmer', milestonesDone: ['m-1', 'm-2'] }],
      customAnswers: [{ questionId: 'q-archived', answer: 'kept' }],
    });
    const form = initialForm(context, draft);
    expect(form.goals[0]).toEqual({ goalId: 'g-1', progress: '70', note: 'Much calmer', milestonesDone: ['m-1', 'm-2'] });
    expect(form.actionItems.map((a) => [a.text, a.owner, a.due])).toEqual([
      ['Share the deck', 'them', '2026-05-10'],
      ['', 'me', ''],
    ]);
    expect(form.customAnswers['q-archived']).toBe('kept');
    expect(form.privateReflection).toBe('I talked too much.');
  });
});

describe('validateFeedbackForm', () => {
  it('names each missing or wrong field', () => {
    const result = validateFeedbackForm(heldForm({ outcome: undefined }), context);
    expect(result).toEqual({ ok: false, errors: { outcome: 'Did it happen: choose held, rescheduled or missed' } });

    const bad = validateFeedbackForm(
      heldForm({
        rating: undefined,
        goals: [{ goalId: 'g-1', progress: '120', note: '', milestonesDone: [] }],
        actionItems: [
          { key: 'r1', text: 'Send the article', owner: 'me', due: '' },
          { key: 'r2', text: '   ', owner: 'them', due: '2026-12-01' },
        ],
        customAnswers: { 'q-scale': '9' },
      }),
      context,
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toEqual({
      rating: 'Rating: choose 1 to 5',
      [fieldKey.goalProgress('g-1')]: 'Progress for “Run calmer all-hands meetings”: enter a whole number from 0 to 100',
      [fieldKey.actionText('r2')]: 'Action item 2: write what needs doing',
      [fieldKey.question('q-scale')]: 'How useful was it?: choose 1 to 5',
    });
  });

  it('ignores an untouched blank action item row', () => {
    const result = validateFeedbackForm(heldForm({ actionItems: [{ key: 'r', text: '', owner: 'me', due: '' }] }), context);
    expect(result.ok && result.fields.actionItems).toEqual([]);
  });

  it('does not ask for a rating or goal progress when the session was missed, and does not store them', () => {
    const result = validateFeedbackForm(
      heldForm({ outcome: 'missed', rating: undefined, goals: [{ goalId: 'g-1', progress: 'abc', note: '', milestonesDone: [] }] }),
      context,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fields.rating).toBeUndefined();
    expect(result.fields.goalProgress).toEqual([]);
  });

  it('returns the fields to store for a complete form', () => {
    const result = validateFeedbackForm(
      heldForm({
        goals: [{ goalId: 'g-1', progress: ' 60 ', note: 'Good Q&A', milestonesDone: ['m-1', 'm-2', 'm-unknown'] }],
        wentWell: 'Clear agenda',
        actionItems: [{ key: 'r', text: ' Send the article ', owner: 'me', due: '2026-12-01' }],
        customAnswers: { 'q-1': 'Listening', 'q-scale': '' },
      }),
      context,
    );
    expect(result).toMatchObject({
      ok: true,
      fields: {
        outcome: 'held',
        rating: 4,
        goalProgress: [{ goalId: 'g-1', progress: 60, note: 'Good Q&A', milestonesDone: ['m-1', 'm-2'] }],
        wentWell: 'Clear agenda',
        actionItems: [{ text: 'Send the article', owner: 'me', due: '2026-12-01' }],
        customAnswers: [{ questionId: 'q-1', answer: 'Listening' }],
      },
    });
  });
});

describe('validateFeedbackForm: bounds come from the model', () => {
  it('refuses text over the model bound, naming the field', () => {
    const result = validateFeedbackForm(
      heldForm({ wentWell: 'x'.repeat(20_001), actionItems: [{ key: 'r', text: 'y'.repeat(301), owner: 'me', due: '' }] }),
      context,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        wentWell: 'What went well: keep it under 20,000 characters',
        [fieldKey.actionText('r')]: 'Action item 1: keep it under 300 characters',
      },
    });
  });

  it('keeps which group member owns an action item, and refuses a due date that is not a date', () => {
    const ok = validateFeedbackForm(
      heldForm({ actionItems: [{ key: 'r', text: 'Book the offsite', owner: 'them', ownerEmail: 'lin.wei@corp.example', due: '' }] }),
      context,
    );
    expect(ok.ok && ok.fields.actionItems).toEqual([{ text: 'Book the offsite', owner: 'them', ownerEmail: 'lin.wei@corp.example' }]);
    const bad = validateFeedbackForm(heldForm({ actionItems: [{ key: 'r', text: 'Book', owner: 'me', due: '2026-13-45' }] }), context);
    expect(bad).toEqual({ ok: false, errors: { [fieldKey.actionDue('r')]: 'Action item 1 due date: use a date like 2026-12-01' } });
  });
});

describe('draftFields', () => {
  it('keeps what is valid so far and leaves half-typed pieces out', () => {
    const fields = draftFields(
      heldForm({
        rating: undefined,
        goals: [{ goalId: 'g-1', progress: '6x', note: '', milestonesDone: [] }],
        actionItems: [
          { key: 'a', text: '', owner: 'me', due: '2026-12-01' },
          { key: 'b', text: 'Call HR', owner: 'them', due: '2026-13-45' },
        ],
        wasHard: 'Time ran short',
      }),
      context,
    );
    expect(fields.goalProgress).toEqual([]);
    expect(fields.actionItems).toEqual([{ text: 'Call HR', owner: 'them' }]);
    expect(fields.wasHard).toBe('Time ran short');
    expect(fields.outcome).toBe('held');
  });
});

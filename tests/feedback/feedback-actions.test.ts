import { describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { MentoringDatabase } from '../../lib/db/database';
import {
  dismissFeedback,
  minutesUntilTomorrowMorning,
  saveFeedbackDraft,
  snoozeFeedback,
  submitFeedback,
} from '../../lib/feedback/feedback-actions';
import { initialForm, type FeedbackForm } from '../../lib/feedback/feedback-form';
import { loadFeedbackForm } from '../../lib/feedback/feedback-store';
import { aFeedbackQuestion, aGoal, anActionItem, aPairing, aSession } from '../support/factories';

const NOW = new Date('2026-11-21T11:00:00Z');
let db: MentoringDatabase;

async function seeded(): Promise<MentoringDatabase> {
  db = freshDatabase('feedback');
  await db.pairings.put(aPairing());
  await db.sessions.put(
    aSession({ start: '2026-11-21T10:00:00Z', end: '2026-11-21T10:45:00Z', feedbackPrompt: { state: 'pending', notifiedAt: '2026-11-21T10:50:00Z' } }),
  );
  await db.goals.bulkPut([
    aGoal({
      milestones: [
        { id: 'm-1', title: 'Draft a narrative', done: true },
        { id: 'm-2', title: 'Rehearse Q&A', done: false },
      ],
    }),
    aGoal({ id: 'g-dropped', title: 'Dropped goal', status: 'dropped' }),
  ]);
  await db.actionItems.put(anActionItem({ id: 'a-open', sessionId: 's-0' }));
  await db.feedbackQuestions.bulkPut([aFeedbackQuestion(), aFeedbackQuestion({ id: 'q-old', text: 'Old', archived: true })]);
  return db;
}

async function formFor(sessionId = 's-1'): Promise<FeedbackForm> {
  const load = await loadFeedbackForm(sessionId, db);
  if (load.kind !== 'ready') throw new Error(load.kind);
  return initialForm(load.context, load.context.existing);
}

describe('loadFeedbackForm', () => {
  it('answers clearly for a missing or unknown session id', async () => {
    await seeded();
    expect(await loadFeedbackForm(null, db)).toEqual({ kind: 'missing-session-id' });
    expect(await loadFeedbackForm('  ', db)).toEqual({ kind: 'missing-session-id' });
    expect(await loadFeedbackForm('s-gone', db)).toEqual({ kind: 'unknown-session', sessionId: 's-gone' });
  });

  it('loads the pairing, active goals, open items and the custom questions still in use', async () => {
    await seeded();
    const load = await loadFeedbackForm('s-1', db);
    expect(load.kind).toBe('ready');
    if (load.kind !== 'ready') return;
    expect(load.context.pairing.id).toBe('p-ana');
    expect(load.context.title).toBe('Ana / Jordan');
    expect(load.context.goals.map((g) => g.id)).toEqual(['g-1']);
    expect(load.context.openActionItems.map((a) => a.id)).toEqual(['a-open']);
    expect(load.context.questions.map((q) => q.id)).toEqual(['q-1']);
    expect(load.context.existing).toBeUndefined();
  });
});

describe('drafts', () => {
  it('survive closing the window: reopening the form restores what was typed', async () => {
    await seeded();
    const form = await formFor();
    form.outcome = 'held';
    form.wentWell = 'She ran the meeting herself';
    form.goals[0]!.progress = '55';
    form.actionItems = [{ key: 'r', text: 'Send the article', owner: 'me', due: '2026-11-28' }];
    form.privateReflection = 'I should listen more';
    expect(await saveFeedbackDraft('s-1', form, db, NOW)).toBe('saved');
    expect(await saveFeedbackDraft('s-1', { ...form, wasHard: 'Time' }, db, NOW)).toBe('saved');
    expect(await db.feedback.count()).toBe(1);

    const reopened = await formFor();
    expect(reopened).toMatchObject({
      outcome: 'held',
      wentWell: 'She ran the meeting herself',
      wasHard: 'Time',
      privateReflection: 'I should listen more',
      goals: [{ goalId: 'g-1', progress: '55' }],
      actionItems: [{ text: 'Send the article', owner: 'me', due: '2026-11-28' }, { text: '' }],
    });
    // A draft changes nothing else.
    expect((await db.goals.get('g-1'))?.progress).toBe(40);
    expect(await db.actionItems.count()).toBe(1);
    expect((await db.sessions.get('s-1'))?.status).toBe('scheduled');
  });
});

describe('submitFeedback', () => {
  it('writes the feedback, session status, goal progress, milestones and new action items together', async () => {
    await seeded();
    const form = await formFor();
    form.outcome = 'held';
    form.rating = 5;
    form.goals[0] = { goalId: 'g-1', progress: '65', note: 'Calmer', milestonesDone: ['m-1', 'm-2'] };
    form.actionItems = [
      { key: 'a', text: 'Send the article', owner: 'me', due: '2026-11-28' },
      { key: 'b', text: 'Try the new opening', owner: 'them', ownerEmail: 'ana.silva@corp.example', due: '' },
    ];
    form.nextFocus = 'Handling pushback';
    await saveFeedbackDraft('s-1', form, db, NOW);

    const result = await submitFeedback('s-1', form, db, NOW);
    expect(result).toMatchObject({ ok: true, actionItemsCreated: 2, goalsUpdated: 1 });

    const feedback = await db.feedback.toArray();
    expect(feedback).toHaveLength(1);
    expect(feedback[0]).toMatchObject({ state: 'submitted', rating: 5, nextFocus: 'Handling pushback', submittedAt: NOW.toISOString() });
    const session = await db.sessions.get('s-1');
    expect(session?.status).toBe('held');
    expect(session?.feedbackPrompt).toEqual({ state: 'done', notifiedAt: '2026-11-21T10:50:00Z' });
    const goal = await db.goals.get('g-1');
    expect(goal?.progress).toBe(65);
    expect(goal?.milestones.map((m) => m.done)).toEqual([true, true]);
    const created = await db.actionItems.where('sessionId').equals('s-1').toArray();
    expect(created.map((a) => [a.text, a.owner, a.ownerEmail, a.due, a.status, a.pairingId])).toEqual(
      expect.arrayContaining([
        ['Send the article', 'me', undefined, '2026-11-28', 'open', 'p-ana'],
        ['Try the new opening', 'them', 'ana.silva@corp.example', undefined, 'open', 'p-ana'],
      ]),
    );
  });

  it('sets the session to missed or rescheduled without touching goals', async () => {
    await seeded();
    const form = await formFor();
    form.outcome = 'rescheduled';
    form.goals[0]!.progress = '99';
    expect((await submitFeedback('s-1', form, db, NOW)).ok).toBe(true);
    expect((await db.sessions.get('s-1'))?.status).toBe('rescheduled');
    expect((await db.goals.get('g-1'))?.progress).toBe(40);
  });

  it('returns errors naming the fields and writes nothing when the form is incomplete', async () => {
    await seeded();
    const form = await formFor();
    form.outcome = 'held';
    const result = await submitFeedback('s-1', form, db, NOW);
    expect(result).toEqual({ ok: false, errors: { rating: 'Rating: choose 1 to 5' } });
    expect(await db.feedback.count()).toBe(0);
    expect((await db.sessions.get('s-1'))?.status).toBe('scheduled');
  });

  it('writes nothing at all when one of the writes fails midway', async () => {
    await seeded();
    const form = await formFor();
    Object.assign(form, { outcome: 'held', rating: 3 });
    form.goals[0]!.progress = '80';
    form.actionItems = [{ key: 'a', text: 'Send the article', owner: 'me', due: '' }];
    const failing = vi.spyOn(db.actionItems, 'bulkAdd').mockRejectedValueOnce(new Error('quota exceeded'));
    await expect(submitFeedback('s-1', form, db, NOW)).rejects.toThrow('quota exceeded');
    failing.mockRestore();
    expect(await db.feedback.count()).toBe(0);
    expect((await db.sessions.get('s-1'))?.status).toBe('scheduled');
    expect((await db.goals.get('g-1'))?.progress).toBe(40);
    expect(await db.actionItems.count()).toBe(1);
  });

  it('refuses a second submission, so action items are never created twice', async () => {
    await seeded();
    const form = await formFor();
    Object.assign(form, { outcome: 'held', rating: 4 });
    form.actionItems = [{ key: 'a', text: 'Send the article', owner: 'me', due: '' }];
    expect((await submitFeedback('s-1', form, db, NOW)).ok).toBe(true);
    expect(await submitFeedback('s-1', form, db, NOW)).toEqual({
      ok: false,
      errors: { form: 'Feedback for this session was already submitted.' },
    });
    expect(await db.actionItems.where('sessionId').equals('s-1').count()).toBe(1);
    expect(await saveFeedbackDraft('s-1', form, db, NOW)).toBe('already-submitted');
    expect((await db.feedback.toArray())[0]?.state).toBe('submitted');
  });
});

describe('snooze and dismiss', () => {
  it('snoozes the prompt until later and refuses a nonsense duration naming the field', async () => {
    await seeded();
    const until = await snoozeFeedback('s-1', 60, db, NOW);
    expect(until.toISOString()).toBe('2026-11-21T12:00:00.000Z');
    expect((await db.sessions.get('s-1'))?.feedbackPrompt).toEqual({
      state: 'snoozed',
      snoozedUntil: '2026-11-21T12:00:00.000Z',
      notifiedAt: '2026-11-21T10:50:00Z',
    });
    await expect(snoozeFeedback('s-1', 0, db, NOW)).rejects.toThrow('Snooze: choose between 1 minute and 7 days');
  });

  it('dismisses the prompt but keeps the draft', async () => {
    await seeded();
    const form = await formFor();
    form.wentWell = 'Good talk';
    await saveFeedbackDraft('s-1', form, db, NOW);
    await snoozeFeedback('s-1', 15, db, NOW);
    await dismissFeedback('s-1', db, NOW);
    expect((await db.sessions.get('s-1'))?.feedbackPrompt).toEqual({ state: 'dismissed', notifiedAt: '2026-11-21T10:50:00Z' });
    expect((await db.feedback.toArray())[0]?.wentWell).toBe('Good talk');
  });

  it('never revives the prompt of a session whose feedback is in', async () => {
    await seeded();
    const form = await formFor();
    Object.assign(form, { outcome: 'missed' });
    await submitFeedback('s-1', form, db, NOW);
    await snoozeFeedback('s-1', 15, db, NOW);
    await dismissFeedback('s-1', db, NOW);
    expect((await db.sessions.get('s-1'))?.feedbackPrompt?.state).toBe('done');
  });

  it('snoozes "tomorrow" until 9:00 the next morning, local time', () => {
    const evening = new Date(2026, 10, 21, 18, 30);
    expect(minutesUntilTomorrowMorning(evening)).toBe(14 * 60 + 30);
  });
});

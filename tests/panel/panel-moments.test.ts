import { afterEach, describe, expect, it } from 'vitest';
import { MentoringDatabase } from '../../lib/db/database';
import { loadPanelView, type PanelView } from '../../lib/panel/panel-view';
import { aFeedback, aGoal, aGoalTemplate, aPairing, aSession } from '../support/factories';

const NOW = Date.parse('2026-11-21T10:00:00Z');
const minutes = (n: number) => n * 60_000;
const hours = (n: number) => n * 3_600_000;
const days = (n: number) => n * 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

let db: MentoringDatabase;
afterEach(async () => {
  await db?.delete();
});
function freshDatabase(): MentoringDatabase {
  db = new MentoringDatabase(`panel-moments-${crypto.randomUUID()}`);
  return db;
}
function sessionAt(id: string, offsetMs: number, overrides: Parameters<typeof aSession>[0] = {}) {
  return aSession({ id, start: iso(NOW + offsetMs), end: iso(NOW + offsetMs + minutes(45)), ...overrides });
}
async function readyView(pairingId?: string, now = NOW): Promise<PanelView> {
  const load = await loadPanelView(pairingId, now, db);
  if (load.kind !== 'ready') throw new Error(`expected a view, got ${load.kind}`);
  return load.view;
}

describe('the moment the panel serves', () => {
  it('is "before" when the next session starts within a few hours, "next" when it is further away', async () => {
    freshDatabase();
    await db.pairings.put(aPairing());
    await db.sessions.bulkPut([sessionAt('s-held', -days(14), { status: 'held' }), sessionAt('s-next', hours(3))]);
    await db.feedback.put(aFeedback({ sessionId: 's-held' }));
    expect((await readyView()).moment).toBe('before');
    expect((await readyView(undefined, NOW - hours(5))).moment).toBe('next');
  });

  it('is "during" from the start to the end of the session', async () => {
    freshDatabase();
    await db.pairings.put(aPairing());
    await db.sessions.put(sessionAt('s-now', -minutes(10)));
    const view = await readyView();
    expect(view.moment).toBe('during');
    expect(view.focus?.session.id).toBe('s-now');
  });

  it('is "after" for three hours after the end while the session awaits feedback, not when it was dismissed', async () => {
    freshDatabase();
    await db.pairings.put(aPairing());
    await db.sessions.bulkPut([sessionAt('s-ended', -minutes(60)), sessionAt('s-next', days(14))]);
    expect((await readyView()).moment).toBe('after');
    expect((await readyView(undefined, NOW + hours(3))).moment).toBe('next');
    await db.sessions.put(sessionAt('s-ended', -minutes(60), { feedbackPrompt: { state: 'dismissed' } }));
    expect((await readyView()).focus?.session.id).toBe('s-next');
  });

  it('following the user, stays on the pairing whose session just ended rather than jumping to another pairing', async () => {
    freshDatabase();
    await db.pairings.bulkPut([aPairing({ id: 'p-a', title: 'A' }), aPairing({ id: 'p-b', title: 'B' })]);
    await db.sessions.bulkPut([
      sessionAt('s-a-ended', -minutes(50), { pairingId: 'p-a' }),
      sessionAt('s-b-next', hours(2), { pairingId: 'p-b' }),
    ]);
    const view = await readyView();
    expect([view.pairing.id, view.moment, view.focus?.session.id]).toEqual(['p-a', 'after', 's-a-ended']);
    await db.feedback.put(aFeedback({ sessionId: 's-a-ended', pairingId: 'p-a' }));
    const answered = await readyView();
    expect([answered.pairing.id, answered.moment]).toEqual(['p-b', 'before']);
  });

  it('shows the focus agreed in my last feedback before the focus session', async () => {
    freshDatabase();
    await db.pairings.put(aPairing());
    await db.sessions.bulkPut([
      sessionAt('s-1', -days(28), { status: 'held' }),
      sessionAt('s-2', -days(14), { status: 'held' }),
      sessionAt('s-next', hours(1)),
    ]);
    await db.feedback.bulkPut([
      aFeedback({ id: 'f-1', sessionId: 's-1', nextFocus: 'Old focus' }),
      aFeedback({ id: 'f-2', sessionId: 's-2', nextFocus: '  Handling pushback  ' }),
      aFeedback({ id: 'f-them', sessionId: 's-2', author: 'them', nextFocus: 'Their focus' }),
    ]);
    expect((await readyView()).agreedFocus).toMatchObject({ text: 'Handling pushback', sessionId: 's-2' });
  });

  it("gives a template goal its template's suggested questions and success criteria", async () => {
    freshDatabase();
    await db.pairings.put(aPairing());
    await db.goalTemplates.put(aGoalTemplate({ id: 'builtin-communication' }));
    await db.goals.bulkPut([aGoal(), aGoal({ id: 'g-own', templateId: undefined, title: 'Own goal' })]);
    const { goalPrompts } = await readyView();
    expect(goalPrompts).toEqual({
      'builtin-communication': {
        suggestedQuestions: ['Which conversation went better than expected?'],
        successCriteria: ['Peers ask for your summaries'],
      },
    });
  });
});

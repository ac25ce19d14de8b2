import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { MentoringDatabase } from '../../lib/db/database';
import { aFeedback, aGoal, aGoalTemplate, aPairing } from '../support/factories';
import { days, hours, minutes, NOW, readyView as viewOf, sessionAt } from './support';

let db: MentoringDatabase;
beforeEach(() => {
  db = freshDatabase('panel-moments');
});
const readyView = (pairingId?: string, now = NOW) => viewOf(db, pairingId, now);

describe('the moment the panel serves', () => {
  it('is "before" when the next session starts within a few hours, "next" when it is further away', async () => {
    await db.pairings.put(aPairing());
    await db.sessions.bulkPut([sessionAt('s-held', -days(14), { status: 'held' }), sessionAt('s-next', hours(3))]);
    await db.feedback.put(aFeedback({ sessionId: 's-held' }));
    expect((await readyView()).moment).toBe('before');
    expect((await readyView(undefined, NOW - hours(5))).moment).toBe('next');
  });

  it('is "during" from the start to the end of the session', async () => {
    await db.pairings.put(aPairing());
    await db.sessions.put(sessionAt('s-now', -minutes(10)));
    const view = await readyView();
    expect(view.moment).toBe('during');
    expect(view.focus?.session.id).toBe('s-now');
  });

  it('is "after" for three hours after the end while the session awaits feedback, not when it was dismissed', async () => {
    await db.pairings.put(aPairing());
    await db.sessions.bulkPut([sessionAt('s-ended', -minutes(60)), sessionAt('s-next', days(14))]);
    expect((await readyView()).moment).toBe('after');
    expect((await readyView(undefined, NOW + hours(3))).moment).toBe('next');
    await db.sessions.put(sessionAt('s-ended', -minutes(60), { feedbackPrompt: { state: 'dismissed' } }));
    expect((await readyView()).focus?.session.id).toBe('s-next');
  });

  it('following the user, stays on the pairing whose session just ended rather than jumping to another pairing', async () => {
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

import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { MentoringDatabase } from '../../lib/db/database';
import { loadPanelView } from '../../lib/panel/panel-view';
import { aFeedback, aGoal, anActionItem, aPairing, aSession } from '../support/factories';
import { days, minutes, NOW, readyView as viewOf, sessionAt } from './support';

let db: MentoringDatabase;
beforeEach(() => {
  db = freshDatabase('panel');
});
const readyView = (pairingId?: string, now = NOW) => viewOf(db, pairingId, now);

describe('loadPanelView: which session the panel is about', () => {
  it('says there are no pairings yet when the database is empty', async () => {
    expect(await loadPanelView(undefined, NOW, db)).toEqual({ kind: 'no-pairings' });
  });

  it('reports a pairing id that does not exist instead of showing something else', async () => {
    await db.pairings.put(aPairing());
    expect(await loadPanelView('p-gone', NOW, db)).toEqual({ kind: 'unknown-pairing', pairingId: 'p-gone' });
  });

  it('counts a session as current from 15 minutes before its start', async () => {
    await db.pairings.put(aPairing());
    await db.sessions.bulkPut([sessionAt('s-soon', minutes(15)), sessionAt('s-later', days(14))]);
    const view = await readyView();
    expect(view.focus?.session.id).toBe('s-soon');
    expect(view.focus?.isCurrent).toBe(true);
  });

  it('shows the next session (not current) when the nearest one is more than 15 minutes away', async () => {
    await db.pairings.put(aPairing());
    await db.sessions.bulkPut([sessionAt('s-next', minutes(16)), sessionAt('s-after', days(14))]);
    const view = await readyView();
    expect(view.focus).toMatchObject({ session: { id: 's-next' }, isCurrent: false });
  });

  it('keeps a running session current until its end, and skips cancelled ones', async () => {
    await db.pairings.put(aPairing());
    await db.sessions.bulkPut([
      sessionAt('s-running', -minutes(40)),
      sessionAt('s-cancelled', days(1), { status: 'cancelled' }),
      sessionAt('s-next', days(2)),
    ]);
    const during = await readyView();
    expect(during.focus).toMatchObject({ session: { id: 's-running' }, isCurrent: true });
    expect(during.moment).toBe('during');
    // After its end it stays on the session while it awaits feedback...
    const afterEnd = await readyView(undefined, NOW + minutes(6));
    expect(afterEnd.moment).toBe('after');
    expect(afterEnd.focus).toMatchObject({ session: { id: 's-running' }, isCurrent: false });
    // ...and moves on to the next session once feedback is in.
    await db.feedback.put(aFeedback({ sessionId: 's-running' }));
    const answered = await readyView(undefined, NOW + minutes(6));
    expect(answered.focus).toMatchObject({ session: { id: 's-next' }, isCurrent: false });
    expect(answered.moment).toBe('next');
  });

  it('compares start times as instants, whatever offset they were stored with', async () => {
    await db.pairings.put(aPairing());
    // 10:30+02:00 is 08:30Z, already over; 09:00-05:00 is 14:00Z, later today.
    await db.sessions.bulkPut([
      aSession({ id: 's-east', start: '2026-11-21T10:30:00+02:00', end: '2026-11-21T11:15:00+02:00', status: 'held' }),
      aSession({ id: 's-west', start: '2026-11-21T09:00:00-05:00', end: '2026-11-21T09:45:00-05:00' }),
    ]);
    await db.feedback.put(aFeedback({ sessionId: 's-east' }));
    const view = await readyView();
    expect(view.focus?.session.id).toBe('s-west');
    expect(view.lastSession?.session.id).toBe('s-east');
  });

  it('without a chosen pairing, follows the pairing whose session is current, skipping closed pairings', async () => {
    await db.pairings.bulkPut([
      aPairing({ id: 'p-a', title: 'A pairing' }),
      aPairing({ id: 'p-b', title: 'B pairing' }),
      aPairing({ id: 'p-closed', title: 'Closed', status: 'closed' }),
    ]);
    await db.sessions.bulkPut([
      sessionAt('s-closed', 0, { pairingId: 'p-closed' }),
      sessionAt('s-b', minutes(5), { pairingId: 'p-b' }),
      sessionAt('s-a', days(3), { pairingId: 'p-a' }),
    ]);
    const view = await readyView();
    expect(view.pairing.id).toBe('p-b');
    expect(view.focus?.session.id).toBe('s-b');
  });

  it('falls back to the first active pairing by title when no session is coming', async () => {
    await db.pairings.bulkPut([
      aPairing({ id: 'p-z', title: 'Zoe' }),
      aPairing({ id: 'p-paused', title: 'Aaron', status: 'paused' }),
      aPairing({ id: 'p-m', title: 'Mia' }),
    ]);
    const view = await readyView();
    expect(view.pairing.id).toBe('p-m');
    expect(view.focus).toBeUndefined();
    expect(view.agenda).toEqual([]);
  });
});

describe('loadPanelView: the pairing summary', () => {
  it('counts held sessions and measures days since the last one against the cadence', async () => {
    await db.pairings.put(aPairing({ cadenceDays: 14 }));
    await db.sessions.bulkPut([
      sessionAt('s-old', -days(40), { status: 'held' }),
      sessionAt('s-missed', -days(26), { status: 'missed' }),
      sessionAt('s-last', -days(12), { status: 'held' }),
    ]);
    const { summary } = await readyView();
    expect(summary.sessionsHeld).toBe(2);
    expect(summary.cadence).toMatchObject({ state: 'on-track', daysSince: 12, cadenceDays: 14 });
  });

  it('marks the pairing overdue well past its cadence, and counts recent sessions that did not happen', async () => {
    await db.pairings.put(aPairing({ cadenceDays: 14 }));
    await db.sessions.bulkPut([
      sessionAt('s-held', -days(30), { status: 'held' }),
      sessionAt('s-missed', -days(16), { status: 'missed' }),
      sessionAt('s-cancelled', -days(2), { status: 'cancelled' }),
    ]);
    const { summary } = await readyView();
    expect(summary.cadence).toMatchObject({ state: 'overdue', daysSince: 30 });
    expect(summary.misses).toEqual({ missed: 2, of: 3 });
  });

  it('says there has been no session yet for a new pairing', async () => {
    await db.pairings.put(aPairing({ cadenceDays: 21 }));
    expect((await readyView()).summary.cadence).toEqual({ state: 'no-sessions-yet', cadenceDays: 21 });
  });

  it('lists my ratings of past sessions oldest first', async () => {
    await db.pairings.put(aPairing());
    await db.sessions.bulkPut([
      sessionAt('s-1', -days(28), { status: 'held' }),
      sessionAt('s-2', -days(14), { status: 'held' }),
    ]);
    await db.feedback.bulkPut([
      aFeedback({ id: 'f-2', sessionId: 's-2', rating: 5 }),
      aFeedback({ id: 'f-1', sessionId: 's-1', rating: 3 }),
      aFeedback({ id: 'f-them', sessionId: 's-2', author: 'them', rating: 1 }),
    ]);
    expect((await readyView()).summary.ratings.map((r) => r.rating)).toEqual([3, 5]);
  });
});

describe('loadPanelView: goals, last session, action items and history', () => {
  it('shows active goals before achieved ones and leaves dropped goals out', async () => {
    await db.pairings.put(aPairing());
    await db.goals.bulkPut([
      aGoal({ id: 'g-done', title: 'Achieved', status: 'achieved', createdAt: '2026-01-01T00:00:00.000Z' }),
      aGoal({ id: 'g-dropped', title: 'Dropped', status: 'dropped' }),
      aGoal({ id: 'g-active', title: 'Active', status: 'active' }),
      aGoal({ id: 'g-other', pairingId: 'p-other', title: 'Other pairing' }),
    ]);
    expect((await readyView()).goals.map((g) => g.title)).toEqual(['Active', 'Achieved']);
  });

  it("shows the last session's notes and my feedback, without the private reflection", async () => {
    await db.pairings.put(aPairing());
    await db.sessions.bulkPut([
      sessionAt('s-prev', -days(28), { status: 'held', notes: 'older notes' }),
      sessionAt('s-last', -days(14), { status: 'held', notes: 'Talked about the reorg' }),
    ]);
    await db.feedback.put(aFeedback({ sessionId: 's-last', rating: 4, nextFocus: 'Pushback' }));
    const { lastSession } = await readyView();
    expect(lastSession?.session.notes).toBe('Talked about the reorg');
    expect(lastSession?.feedback).toMatchObject({ rating: 4, nextFocus: 'Pushback', outcome: 'held' });
    expect(lastSession?.feedback).not.toHaveProperty('privateReflection');
    expect(lastSession?.needsFeedback).toBe(false);
  });

  it('asks for feedback on an ended session that has only a draft; it is the last session, as in the summary', async () => {
    await db.pairings.put(aPairing());
    await db.sessions.bulkPut([
      sessionAt('s-held', -days(14), { status: 'held', notes: 'Held notes' }),
      sessionAt('s-ended', -minutes(60)),
    ]);
    await db.feedback.bulkPut([
      aFeedback({ id: 'f-held', sessionId: 's-held' }),
      aFeedback({ id: 'f-draft', sessionId: 's-ended', state: 'draft', rating: undefined, submittedAt: undefined }),
    ]);
    const { lastSession, awaitingFeedback, history, summary } = await readyView();
    expect(lastSession?.session.id).toBe('s-ended');
    expect(lastSession?.needsFeedback).toBe(true);
    expect(summary.cadence).toMatchObject({ lastSessionStart: lastSession?.session.start });
    expect(awaitingFeedback.map((e) => [e.session.id, e.needsFeedback, e.feedback])).toEqual([['s-ended', true, undefined]]);
    // The ended session is the panel's focus (after the call), so the history starts before it.
    expect(history.map((e) => [e.session.id, e.needsFeedback])).toEqual([['s-held', false]]);
  });

  it('does not flood the panel with old or dismissed sessions awaiting feedback (history still offers them)', async () => {
    await db.pairings.put(aPairing());
    await db.sessions.bulkPut([
      sessionAt('s-months-ago', -days(90)),
      sessionAt('s-dismissed', -days(3), { feedbackPrompt: { state: 'dismissed' } }),
      sessionAt('s-recent', -days(1)),
    ]);
    const { awaitingFeedback, history } = await readyView();
    expect(awaitingFeedback.map((e) => e.session.id)).toEqual(['s-recent']);
    expect(history.filter((e) => e.needsFeedback).map((e) => e.session.id)).toEqual(['s-recent', 's-dismissed', 's-months-ago']);
  });

  it('lists open action items of both sides, soonest due first, flagging overdue ones', async () => {
    await db.pairings.put(aPairing());
    await db.actionItems.bulkPut([
      anActionItem({ id: 'a-undated', text: 'Read the book', owner: 'me', due: undefined }),
      anActionItem({ id: 'a-late', text: 'Share the deck', owner: 'them', due: '2026-11-20' }),
      anActionItem({ id: 'a-today', text: 'Book a room', owner: 'me', due: '2026-11-21' }),
      anActionItem({ id: 'a-done', text: 'Already done', status: 'done' }),
    ]);
    const items = (await readyView()).actionItems;
    expect(items.map((i) => [i.item.text, i.item.owner, i.overdue])).toEqual([
      ['Share the deck', 'them', true],
      ['Book a room', 'me', false],
      ['Read the book', 'me', false],
    ]);
  });

  it('builds the agenda of the focus session from carried-over items and my own points', async () => {
    await db.pairings.put(aPairing());
    await db.sessions.put(
      sessionAt('s-next', days(2), { agenda: [{ id: 'ag-1', text: 'Ask about the promotion', origin: 'mine', done: false }] }),
    );
    await db.actionItems.put(anActionItem({ id: 'a-1', text: 'Share the deck', sessionId: 's-prev' }));
    const agenda = (await readyView()).agenda;
    expect(agenda.map((e) => [e.text, e.origin])).toEqual([
      ['Share the deck', 'carried-over'],
      ['Ask about the promotion', 'mine'],
    ]);
  });

  it('lists past sessions newest first, including ones that did not happen, but not future ones', async () => {
    await db.pairings.put(aPairing());
    await db.sessions.bulkPut([
      sessionAt('s-1', -days(42), { status: 'held' }),
      sessionAt('s-2', -days(28), { status: 'cancelled' }),
      sessionAt('s-3', -days(14), { status: 'held' }),
      sessionAt('s-future', days(14)),
      sessionAt('s-other', -days(7), { pairingId: 'p-other', status: 'held' }),
    ]);
    const history = (await readyView()).history;
    expect(history.map((e) => [e.session.id, e.session.status])).toEqual([
      ['s-3', 'held'],
      ['s-2', 'cancelled'],
      ['s-1', 'held'],
    ]);
    expect(history.map((e) => e.title)).toEqual(['Ana / Jordan', 'Ana / Jordan', 'Ana / Jordan']);
  });
});

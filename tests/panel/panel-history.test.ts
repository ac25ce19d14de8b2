import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { MentoringDatabase } from '../../lib/db/database';
import { HISTORY_PAGE_SIZE } from '../../lib/panel/panel-queries';
import { loadOlderHistory, type PanelView, type SessionEntry } from '../../lib/panel/panel-view';
import { aFeedback, aPairing } from '../support/factories';
import { days, minutes, NOW, readyView as viewOf, sessionAt as scheduledAt } from './support';

const DAY = days(1);
let db: MentoringDatabase;
beforeEach(() => {
  db = freshDatabase('panel-history');
});
const sessionAt = (id: string, offsetMs: number, overrides: Parameters<typeof scheduledAt>[2] = {}) =>
  scheduledAt(id, offsetMs, { status: 'held', ...overrides });
const readyView = () => viewOf(db);

async function wholeHistory(view: PanelView): Promise<SessionEntry[]> {
  const entries = [...view.history];
  for (;;) {
    const page = await loadOlderHistory(view.pairing, entries, NOW, db);
    if (page.length === 0) return entries;
    expect(page.length).toBeLessThanOrEqual(HISTORY_PAGE_SIZE);
    entries.push(...page);
  }
}

describe('the pairing history, a page at a time', () => {
  it('shows ten sessions, counts them all, and pages through the rest once each, newest first', async () => {
    await db.pairings.put(aPairing());
    const past = Array.from({ length: 25 }, (_, n) => sessionAt(`s-${String(n).padStart(2, '0')}`, -(n + 1) * 7 * DAY));
    // Two sessions at the same time, on either side of the first page's end.
    past.push(sessionAt('s-twin', -10 * 7 * DAY));
    await db.sessions.bulkPut([...past, sessionAt('s-next', 3 * DAY, { status: 'scheduled' })]);

    const view = await readyView();
    expect(view.history).toHaveLength(HISTORY_PAGE_SIZE);
    expect(view.historyTotal).toBe(26);
    const all = await wholeHistory(view);
    expect(all.map((entry) => entry.session.id).sort()).toEqual(past.map((session) => session.id).sort());
    const starts = all.map((entry) => Date.parse(entry.session.start));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  it('leaves a running session out of the history and its count', async () => {
    await db.pairings.put(aPairing());
    await db.sessions.bulkPut([sessionAt('s-running', -minutes(10), { status: 'scheduled' }), sessionAt('s-last-week', -7 * DAY)]);
    const view = await readyView();
    expect(view.focus).toMatchObject({ session: { id: 's-running' }, isCurrent: true });
    expect(view.history.map((entry) => entry.session.id)).toEqual(['s-last-week']);
    expect(view.historyTotal).toBe(1);
  });

  it('finds the last held session and my feedback on it far back, past a long run of cancelled ones', async () => {
    await db.pairings.put(aPairing());
    const cancelled = Array.from({ length: 30 }, (_, n) => sessionAt(`s-c${n}`, -(n + 1) * 7 * DAY, { status: 'cancelled' }));
    await db.sessions.bulkPut([...cancelled, sessionAt('s-held', -400 * DAY, { notes: 'Long ago' })]);
    await db.feedback.put(aFeedback({ id: 'f-held', sessionId: 's-held', rating: 5 }));
    const view = await readyView();
    expect(view.lastSession).toMatchObject({ session: { id: 's-held', notes: 'Long ago' }, feedback: { rating: 5 } });
    expect(view.summary.sessionsHeld).toBe(1);
    expect(view.summary.cadence).toMatchObject({ state: 'overdue', daysSince: 400 });
    expect(view.summary.misses).toEqual({ missed: 3, of: 3 });
  });

  it('reads only my feedback on the sessions it shows, never the other side’s as mine', async () => {
    await db.pairings.put(aPairing());
    await db.sessions.bulkPut([sessionAt('s-recent', -30 * DAY), sessionAt('s-latest', -7 * DAY)]);
    await db.feedback.bulkPut([
      aFeedback({ id: 'f-recent', sessionId: 's-recent', rating: 4 }),
      aFeedback({ id: 'f-theirs', sessionId: 's-latest', author: 'them', rating: 2 }),
    ]);
    const view = await readyView();
    expect(view.summary.ratings.map((rating) => [rating.sessionId, rating.rating])).toEqual([['s-recent', 4]]);
    expect(view.history.find((entry) => entry.session.id === 's-latest')).toMatchObject({ needsFeedback: true, feedback: undefined });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MentoringDatabase } from '../../lib/db/database';
import { leaveCallsOfClosedTabs, reportTabCall } from '../../lib/google-pages/meet-tabs';
import { reconcileSessions } from '../../lib/sessions/reconcile';
import { NOW, anaPairing, eventCopy, freshDatabase } from '../sessions/calendar-fixtures';

const MINUTE = 60_000;
const CODE = 'abc-defg-hij';
const TAB = 7;

let db: MentoringDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshDatabase();
  await db.pairings.bulkPut([anaPairing()]);
  await db.events.put(eventCopy({ id: 'series-ana_1', seriesId: 'series-ana', startMs: NOW, hangoutLink: `https://meet.google.com/${CODE}` }));
  await reconcileSessions(db, NOW);
  leaveCallsOfClosedTabs(db);
  // The tab closes half an hour into the session (only the clock is fake: IndexedDB's timers run).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW + 30 * MINUTE);
});
afterEach(() => {
  vi.useRealTimers();
});

const call = async () => (await db.sessions.toArray())[0]!.call;
/** What the background hears once the tab is gone (the listener's write is not awaited by the event). */
async function closeTab(tabId: number) {
  await fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 1, isWindowClosing: false });
  await expect.poll(async () => (await call())?.leftAt, { timeout: 2_000, interval: 20 }).toBeDefined();
}

describe('closing the tab of a Meet call', () => {
  it('is leaving the call, when the page could not say so itself', async () => {
    await reportTabCall({ code: CODE, state: 'in-call', openedAt: NOW }, TAB, db, NOW + 5 * MINUTE);
    expect((await call())?.leftAt).toBeUndefined();
    await closeTab(TAB);
    expect(await call()).toMatchObject({ joinedAt: new Date(NOW + 5 * MINUTE).toISOString(), leftAt: new Date(NOW + 30 * MINUTE).toISOString() });
  });

  it('changes nothing when the page said it left, or for tabs of other calls', async () => {
    await reportTabCall({ code: CODE, state: 'in-call', openedAt: NOW }, TAB, db, NOW + 5 * MINUTE);
    await reportTabCall({ code: CODE, state: 'left', openedAt: NOW }, TAB, db, NOW + 20 * MINUTE);
    const left = (await call())?.leftAt;
    expect(left).toBe(new Date(NOW + 20 * MINUTE).toISOString());
    await reportTabCall({ code: CODE, state: 'in-call', openedAt: NOW }, TAB + 1, db, NOW + 21 * MINUTE);
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await call())?.leftAt).toBeUndefined();
  });
});

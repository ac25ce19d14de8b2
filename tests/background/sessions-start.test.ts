import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDatabase } from '../../lib/db/database';
import { updateSettings } from '../../lib/settings/settings-store';
import { aSession } from '../support/factories';
import { DAY, HOUR, NOW, SELF, anaPairing, eventCopy } from '../sessions/calendar-fixtures';

const MINUTE = 60_000;

/**
 * The background entry: each test loads the modules afresh (as a new service worker would) and
 * drives it only through browser events, messages and the sync hook. The clock is faked (Date only:
 * IndexedDB keeps its real timers).
 */
async function startWorker() {
  vi.resetModules();
  const start = await import('../../lib/background/sessions-start');
  const { startSessionsAndPrompts } = start;
  const syncEvents = await import('../../lib/calendar/sync/sync-events');
  const register = await import('../../lib/messaging/register');
  startSessionsAndPrompts();
  return { notifySyncCompleted: syncEvents.notifySyncCompleted, handlers: start.sessionsAndPromptsHandlers, unhandled: register.unhandledMessages };
}

async function until<T>(read: () => Promise<T>, holds: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const value = await read();
    if (holds(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the background never got there');
}

const notificationIds = async () => Object.keys(await fakeBrowser.notifications.getAll());

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  const db = getDatabase();
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings((settings) => ({ ...settings, selfEmail: SELF, calendarSource: 'google' }), db);
  await db.pairings.put(anaPairing());
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startSessionsAndPrompts', () => {
  it('catches up when the worker starts: a session that ended meanwhile gets its feedback prompt', async () => {
    await getDatabase().sessions.put(aSession({ id: 'ended', start: new Date(NOW - 2 * HOUR).toISOString(), end: new Date(NOW - HOUR).toISOString() }));

    await startWorker();

    expect(await until(notificationIds, (ids) => ids.length > 0)).toEqual(['feedback:ended']);
    expect(await until(() => fakeBrowser.action.getBadgeText({}), (text) => text !== '')).toBe('1');
  });

  it('after a sync, reconciles the sessions and plans their prompts', async () => {
    const { notifySyncCompleted } = await startWorker();
    await getDatabase().events.put(eventCopy({ id: 'series-ana_1', seriesId: 'series-ana', startMs: NOW + 2 * HOUR }));

    await notifySyncCompleted({ reason: 'sync', calendarKeys: ['google:primary'], summary: { calendars: 1, added: 1, updated: 0, removed: 0, skipped: 0, errors: [] } });

    const [session] = await getDatabase().sessions.toArray();
    expect(session?.pairingId).toBe('p-ana');
    const alarms = (await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort();
    expect(alarms).toEqual(['prompts:feedback:' + session!.id, 'prompts:replan', 'prompts:start:' + session!.id]);
  });

  it('shows "starting soon" when the start alarm fires and opens the panel on click', async () => {
    const sidePanel = { open: vi.fn().mockResolvedValue(undefined) };
    (fakeBrowser as unknown as { sidePanel: typeof sidePanel }).sidePanel = sidePanel;
    await getDatabase().sessions.put(aSession({ id: 's1', start: new Date(NOW + 5 * MINUTE).toISOString(), end: new Date(NOW + HOUR).toISOString() }));
    await startWorker();

    await fakeBrowser.alarms.onAlarm.trigger({ name: 'start:s1', scheduledTime: NOW });
    await until(notificationIds, (ids) => ids.includes('start:s1'));
    await fakeBrowser.notifications.onButtonClicked.trigger('start:s1', 0);

    expect(sidePanel.open).toHaveBeenCalledTimes(1);
    delete (fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel;
  });

  it('opens the feedback window when a "How did it go?" is clicked', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await startWorker();

    await fakeBrowser.notifications.onClicked.trigger('feedback:s1');

    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('/feedback.html?session=s1') }));
  });

  it('answers its messages: replanPrompts, openFeedback (refusing an unknown session) and decideDetection', async () => {
    await getDatabase().sessions.put(aSession({ id: 's1', start: new Date(NOW + 3 * HOUR).toISOString(), end: new Date(NOW + 4 * HOUR).toISOString() }));
    const { handlers, unhandled } = await startWorker();
    const create = vi.spyOn(fakeBrowser.windows, 'create');

    expect(unhandled().filter((name) => ['decideDetection', 'openFeedback', 'replanPrompts'].includes(name))).toEqual([]);
    expect(await handlers.replanPrompts()).toEqual({ alarms: 2 });
    await expect(handlers.openFeedback({ sessionId: 'nope' })).rejects.toThrow('There is no session with id "nope"');
    await handlers.openFeedback({ sessionId: 's1' });
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('/feedback.html?session=s1') }));

    await getDatabase().events.put(eventCopy({ id: 'sync-1', seriesId: 'sync', startMs: NOW + DAY, summary: 'Project sync' }));
    await handlers.decideDetection({ seriesId: 'sync', verdict: 'mentoring', pairingId: 'p-ana' });
    const confirmed = (await getDatabase().sessions.toArray()).filter((session) => session.calendar?.seriesId === 'sync');
    expect(confirmed).toMatchObject([{ pairingId: 'p-ana', calendar: { eventId: 'sync-1' } }]);
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name)).toContain(`prompts:start:${confirmed[0]!.id}`);
  });
});

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_ALARM, calendarMessageHandlers, ensureSyncAlarm, startCalendarSync } from '../../../lib/calendar/sync/scheduler';
import type { GoogleCalendarSync } from '../../../lib/calendar/sync/google-calendar-sync';
import { unhandledMessages } from '../../../lib/messaging/register';
import type { SyncSummary } from '../../../lib/messaging/protocol';
import { updateSettings } from '../../../lib/settings/settings-store';
import { freshDb } from './support/environment';

const summary: SyncSummary = { calendars: 1, added: 2, updated: 0, removed: 0, skipped: 0, errors: [] };

describe('ensureSyncAlarm', () => {
  it('creates the alarm from the interval setting, leaves it alone while unchanged, and follows a change', async () => {
    fakeBrowser.reset();
    const db = freshDb();
    await ensureSyncAlarm(fakeBrowser.alarms, db);
    const first = await fakeBrowser.alarms.get(SYNC_ALARM);
    expect(first).toMatchObject({ periodInMinutes: 5 });

    await ensureSyncAlarm(fakeBrowser.alarms, db);
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBe(first);

    await updateSettings((settings) => ({ ...settings, syncIntervalMinutes: 30 }), db);
    await ensureSyncAlarm(fakeBrowser.alarms, db);
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 30 });
  });
});

describe('startCalendarSync', () => {
  const sync = {
    syncNow: vi.fn(async () => summary),
    signIn: vi.fn(async () => ({ calendarKey: 'google:primary' })),
    signOut: vi.fn(async () => undefined),
    removeCalendar: vi.fn(async () => undefined),
  };

  const pollIcs = vi.fn(async (): Promise<SyncSummary> => ({ calendars: 0, added: 0, updated: 0, removed: 0, skipped: 0, errors: [] }));

  beforeAll(() => {
    fakeBrowser.reset();
    startCalendarSync(sync as unknown as GoogleCalendarSync, pollIcs);
  });

  it('syncs on install, at browser start and when its alarm fires, and not on other alarms', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: Date.now(), periodInMinutes: 5 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'prompts:replan', scheduledTime: Date.now() });
    expect(sync.syncNow).toHaveBeenCalledTimes(3);
    // Install and browser start refresh the ICS addresses too; the alarm is Google's alone.
    expect(pollIcs).toHaveBeenCalledTimes(2);
  });

  it('handles the calendar messages', async () => {
    // The fake browser cannot carry @webext-core messages (it has no sendResponse): the handlers are called directly.
    expect(unhandledMessages()).not.toContain('syncNow');
    const icsSummary: SyncSummary = { calendars: 2, added: 1, updated: 1, removed: 0, skipped: 3, errors: ['team.example: 404'] };
    const handlers = calendarMessageHandlers(sync as unknown as GoogleCalendarSync, async () => icsSummary);
    expect(await handlers.syncNow(undefined)).toEqual({ calendars: 3, added: 3, updated: 1, removed: 0, skipped: 3, errors: ['team.example: 404'] });
    expect(await handlers.signInGoogle(undefined)).toEqual({ calendarKey: 'google:primary' });
    await handlers.signOutGoogle({ keepData: true });
    expect(sync.signOut).toHaveBeenCalledWith(true);
    await handlers.removeCalendar({ calendarKey: 'ics:team.ics', keepData: false });
    expect(sync.removeCalendar).toHaveBeenCalledWith('ics:team.ics', false);
  });

  it('schedules its alarm as soon as it starts', async () => {
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 5 }));
  });
});

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { suiteDatabase } from '../support/fresh-database';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CALENDAR_SYNC_ALARM } from '../../lib/alarms/alarm-names';
import { keepPeriodicAlarm } from '../../lib/alarms/periodic-alarm';
import { calendarSourceFactories } from '../../lib/calendar/registry';
import type { CalendarSource, SyncSummary } from '../../lib/calendar/source';
import { calendarMessageHandlers, startCalendarSources, type SourceList } from '../../lib/background/sync-everything';
import { updateSyncState } from '../../lib/calendar/sync/event-store';
import { calendarSourceKinds, type CalendarSourceKind } from '../../lib/model';

function fakeSource(kind: CalendarSourceKind, summary: Partial<SyncSummary>) {
  return {
    kind,
    handlers: {},
    syncAll: vi.fn(async (): Promise<SyncSummary> => ({ calendars: 0, added: 0, updated: 0, removed: 0, skipped: 0, errors: [], ...summary })),
    remove: vi.fn(async (_calendarKey: string, _keepData: boolean) => undefined),
  } satisfies CalendarSource;
}

describe('the registry of calendar sources', () => {
  it('has one implementation for every kind the model lists, and nothing else', () => {
    expect(Object.keys(calendarSourceFactories).sort()).toEqual([...calendarSourceKinds].sort());
  });
});

describe('keepPeriodicAlarm', () => {
  it('creates the alarm, leaves it alone while its period is unchanged, follows a change, and clears it', async () => {
    fakeBrowser.reset();
    await keepPeriodicAlarm('test:alarm', 5, fakeBrowser.alarms);
    const first = await fakeBrowser.alarms.get('test:alarm');
    expect(first).toMatchObject({ periodInMinutes: 5 });
    await keepPeriodicAlarm('test:alarm', 5, fakeBrowser.alarms);
    expect(await fakeBrowser.alarms.get('test:alarm')).toBe(first);
    await keepPeriodicAlarm('test:alarm', 30, fakeBrowser.alarms);
    expect(await fakeBrowser.alarms.get('test:alarm')).toMatchObject({ periodInMinutes: 30 });
    await keepPeriodicAlarm('test:alarm', undefined, fakeBrowser.alarms);
    expect(await fakeBrowser.alarms.get('test:alarm')).toBeUndefined();
  });
});

describe('startCalendarSources', () => {
  const db = suiteDatabase('sync-everything');
  const sources: SourceList = {
    google: fakeSource('google', { calendars: 1, added: 2 }),
    'ics-file': fakeSource('ics-file', {}),
    'ics-url': fakeSource('ics-url', { calendars: 2, added: 1, updated: 1, skipped: 3, errors: ['team.example: 404'] }),
  };
  const calls = (kind: CalendarSourceKind) => (sources[kind] as ReturnType<typeof fakeSource>).syncAll.mock.calls.length;

  beforeAll(async () => {
    fakeBrowser.reset();
    await fakeBrowser.alarms.create('ics-poll', { periodInMinutes: 5 });
    startCalendarSources(sources, db);
  });

  it('clears the alarm an earlier version polled addresses with, and keeps one sync alarm', async () => {
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(CALENDAR_SYNC_ALARM)).toMatchObject({ periodInMinutes: 5 }));
    expect(await fakeBrowser.alarms.get('ics-poll')).toBeUndefined();
  });

  it('syncs every source on install, at browser start and when the alarm fires, and not on other alarms', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.alarms.onAlarm.trigger({ name: CALENDAR_SYNC_ALARM, scheduledTime: Date.now(), periodInMinutes: 5 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'prompts:replan', scheduledTime: Date.now() });
    for (const kind of calendarSourceKinds) expect(calls(kind), kind).toBe(3);
  });

  it('answers "Sync now" with one summary of every source, and sends "Remove calendar" to the calendar’s own kind', async () => {
    const handlers = calendarMessageHandlers(sources, db);
    expect(await handlers.syncNow(undefined)).toEqual({ calendars: 3, added: 3, updated: 1, removed: 0, skipped: 3, errors: ['team.example: 404'] });

    await updateSyncState('ics:https://team.example/cal.ics', { source: 'ics-url', calendarId: 'https://team.example/cal.ics', label: 'team.example' }, db);
    await handlers.removeCalendar({ calendarKey: 'ics:https://team.example/cal.ics', keepData: false });
    expect(sources['ics-url'].remove).toHaveBeenCalledWith('ics:https://team.example/cal.ics', false);
    expect(sources.google.remove).not.toHaveBeenCalled();
    expect(sources['ics-file'].remove).not.toHaveBeenCalled();

    await expect(handlers.removeCalendar({ calendarKey: 'ics:nothing.ics', keepData: true })).rejects.toThrow('There is no calendar "ics:nothing.ics" to remove.');
    await updateSyncState('demo:sample', { source: 'demo', calendarId: 'sample', label: 'Sample' }, db);
    await expect(handlers.removeCalendar({ calendarKey: 'demo:sample', keepData: true })).rejects.toThrow('Remove demo data');
  });
});

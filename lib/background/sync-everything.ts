import { browser } from 'wxt/browser';
import { CALENDAR_SYNC_ALARM, RETIRED_ALARMS } from '../alarms/alarm-names';
import { startPeriodicAlarm } from '../alarms/periodic-alarm';
import { getDatabase, type MentoringDatabase } from '../db/database';
import { registerMessageHandlers, type MessageHandlers } from '../messaging/register';
import type { CalendarSourceKind } from '../model';
import { getSettings } from '../settings/settings-store';
import { calendarSources } from '../calendar/registry';
import { addToSummary, emptySummary, type CalendarSource, type SyncSummary } from '../calendar/source';

/** Every source, each with the requests only it answers, checked here against the message protocol. */
export type SourceList = Record<CalendarSourceKind, CalendarSource<Partial<MessageHandlers>>>;

/**
 * Wires every calendar source into the background: each one's own handlers, "Sync now" and
 * "Remove calendar" for all of them, a sync at install and browser start, and one every
 * `settings.syncIntervalMinutes` on one alarm. Listeners are added synchronously, so the event
 * that woke the worker is not missed.
 */
export function startCalendarSources(sources: SourceList = calendarSources(), db?: MentoringDatabase): void {
  for (const source of Object.values(sources)) registerMessageHandlers(source.handlers);
  registerMessageHandlers(calendarMessageHandlers(sources, db));
  const everything = () => report(syncEverything(sources));
  startPeriodicAlarm(CALENDAR_SYNC_ALARM, async () => (await getSettings(db)).syncIntervalMinutes, everything);
  browser.runtime.onInstalled.addListener(() => void everything());
  browser.runtime.onStartup.addListener(() => void everything());
  for (const retired of RETIRED_ALARMS) void browser.alarms.clear(retired);
}

export function calendarMessageHandlers(sources: SourceList, db?: MentoringDatabase): Pick<MessageHandlers, 'syncNow' | 'removeCalendar'> {
  return {
    syncNow: () => syncEverything(sources),
    removeCalendar: async ({ calendarKey, keepData }) => {
      const state = await (db ?? getDatabase()).syncStates.get(calendarKey);
      if (!state) throw new Error(`There is no calendar "${calendarKey}" to remove.`);
      if (state.source === 'demo') throw new Error('The sample calendar goes with “Remove demo data”.');
      await sources[state.source].remove(calendarKey, keepData);
    },
  };
}

/** "Sync now": every source at once, in one summary. */
async function syncEverything(sources: SourceList): Promise<SyncSummary> {
  const summaries = await Promise.all(Object.values(sources).map((source) => source.syncAll()));
  return summaries.reduce(addToSummary, emptySummary());
}

async function report(run: Promise<SyncSummary>): Promise<SyncSummary> {
  const summary = await run;
  // Each calendar's error is already in its sync state for the user to see; the console helps debugging.
  if (summary.errors.length > 0) console.warn('Mentoring Companion: calendar sync finished with errors', summary.errors);
  return summary;
}

import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { getDatabase, type MentoringDatabase } from '../../db/database';
import { registerMessageHandlers, type MessageHandlers } from '../../messaging/register';
import type { SyncSummary } from '../../messaging/protocol';
import { getSettings } from '../../settings/settings-store';
import { pollIcsCalendars } from '../ics/ics-source';
import { getGoogleCalendarSync, type GoogleCalendarSync } from './google-calendar-sync';

export const SYNC_ALARM = 'calendar:sync';

interface Alarms {
  get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
  create(name: string, info: { delayInMinutes: number; periodInMinutes: number }): Promise<void> | void;
}

/**
 * Wires calendar sync into the background: the messages, a sync at install and browser start, and
 * one every `settings.syncIntervalMinutes` by alarm. Listeners are added synchronously, so the
 * event that woke the worker is not missed.
 */
export function startCalendarSync(
  sync: GoogleCalendarSync = getGoogleCalendarSync(),
  pollIcs: () => Promise<SyncSummary> = pollIcsCalendars,
): void {
  const everything = () => syncEverything(sync, pollIcs);
  registerMessageHandlers(calendarMessageHandlers(sync, pollIcs));
  browser.alarms.onAlarm.addListener((alarm) => {
    // ICS addresses have their own alarm (see ics-source.ts); this one is Google's.
    if (alarm.name === SYNC_ALARM) void report(() => sync.syncNow());
  });
  browser.runtime.onInstalled.addListener(() => void report(everything));
  browser.runtime.onStartup.addListener(() => void report(everything));
  watchSyncInterval();
}

type CalendarMessages = 'syncNow' | 'signInGoogle' | 'signOutGoogle' | 'removeCalendar' | 'listGoogleCalendars' | 'addGoogleCalendar';

export function calendarMessageHandlers(
  sync: GoogleCalendarSync,
  pollIcs: () => Promise<SyncSummary>,
): Pick<MessageHandlers, CalendarMessages> {
  return {
    syncNow: () => syncEverything(sync, pollIcs),
    signInGoogle: () => sync.signIn(),
    signOutGoogle: ({ keepData }) => sync.signOut(keepData),
    removeCalendar: ({ calendarKey, keepData }) => sync.removeCalendar(calendarKey, keepData),
    listGoogleCalendars: async () => ({ calendars: await sync.listAvailableCalendars() }),
    addGoogleCalendar: ({ calendarId, label }) => sync.addCalendar(calendarId, label),
  };
}

/**
 * Creates the sync alarm, or re-creates it when the interval setting changed. An unchanged alarm is
 * left alone: re-creating it on every worker start would keep pushing the next sync away.
 */
export async function ensureSyncAlarm(alarms: Alarms = browser.alarms, db: MentoringDatabase = getDatabase()): Promise<void> {
  const minutes = (await getSettings(db)).syncIntervalMinutes;
  const existing = await alarms.get(SYNC_ALARM);
  if (existing?.periodInMinutes === minutes) return;
  await alarms.create(SYNC_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
}

/** "Sync now": Google and every ICS address at once, in one summary. */
export async function syncEverything(sync: GoogleCalendarSync, pollIcs: () => Promise<SyncSummary>): Promise<SyncSummary> {
  const summaries = await Promise.all([sync.syncNow(), pollIcs()]);
  return summaries.reduce((total, part) => ({
    calendars: total.calendars + part.calendars,
    added: total.added + part.added,
    updated: total.updated + part.updated,
    removed: total.removed + part.removed,
    skipped: total.skipped + part.skipped,
    errors: [...total.errors, ...part.errors],
  }));
}

/** Follows the interval setting while the worker lives (the first value arrives at once). */
function watchSyncInterval(): void {
  liveQuery(() => getSettings().then((settings) => settings.syncIntervalMinutes)).subscribe({
    next: () => void ensureSyncAlarm().catch((error: unknown) => console.error('Mentoring Companion: cannot schedule calendar sync', error)),
    error: (error: unknown) => console.error('Mentoring Companion: cannot watch the sync interval', error),
  });
}

async function report(run: () => Promise<SyncSummary>): Promise<void> {
  const summary = await run();
  // Each calendar's error is already in its sync state for the user to see; the console helps debugging.
  if (summary.errors.length > 0) console.warn('Mentoring Companion: calendar sync finished with errors', summary.errors);
}

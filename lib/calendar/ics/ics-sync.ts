import { getDatabase, markValidated, type MentoringDatabase } from '../../db/database';
import { MAX_SYNC_NOTES, nowIso, type CalendarSourceKind } from '../../model';
import { getSettings, updateSettings } from '../../settings/settings-store';
import { calendarKeyOf } from '../calendar-key';
import { emptySummary, type SyncSummary } from '../source';
import { learnSelfEmail } from '../sync/calendar-data';
import { listSyncStates, replaceCalendarEvents, updateSyncState, type StoreChangeCounts } from '../sync/event-store';
import { notifySyncCompleted } from '../sync/sync-events';
import { IcsFormatError } from './ics-errors';
import { messageOf } from '../../text/error-message';
import { fetchIcsText, IcsFetchError, type FetchLike } from './ics-fetch';
import type { IcsParser } from './ics-parse-protocol';
import { hostOf } from './ics-url';

/** What an ICS import stored. */
export interface IcsImportSummary {
  calendarKey: string;
  events: number;
  skipped: number;
  /** Events kept with a detail cut to fit (the notes are under Sync status). */
  shortened: number;
  /** What the user should know of the calendar as a whole, in sentences (an unknown time zone...). */
  notices: string[];
}

export interface IcsSyncDeps {
  db?: MentoringDatabase;
  fetch?: FetchLike;
  timeoutMs?: number;
  now?: () => number;
  /** The user's zone for floating times; the runtime's by default. */
  userTimeZone?: string;
  /** Whether the extension may read the address (in the extension: browser.permissions.contains for its origin). */
  hasPermission: (url: string) => Promise<boolean>;
  /** Reads the calendar text (ical.js): in Chrome in an offscreen document's worker, so the background never loads it. */
  parser: IcsParser;
}

export type IcsFileDeps = Omit<IcsSyncDeps, 'fetch' | 'timeoutMs' | 'hasPermission'>;

/** Imports (or re-imports) a calendar file; a file that cannot be read stores nothing and says why. */
export async function importIcsText(fileName: string, text: string, deps: IcsFileDeps): Promise<IcsImportSummary> {
  try {
    return publicResult(await storeIcs({ kind: 'ics-file', calendarId: fileName, fallbackLabel: fileName, text }, deps));
  } catch (error) {
    if (error instanceof IcsFormatError) throw new Error(`“${fileName}” could not be imported. ${error.message}`);
    throw error;
  }
}

/** Adds a calendar address (or refreshes one already added); the first download must succeed, or nothing is stored. */
export async function addIcsAddress(url: string, deps: IcsSyncDeps): Promise<IcsImportSummary> {
  await requirePermission(url, deps);
  const text = await fetchIcsText(url, deps);
  try {
    return publicResult(await storeIcs({ kind: 'ics-url', calendarId: url, fallbackLabel: hostOf(url), text }, deps));
  } catch (error) {
    if (error instanceof IcsFormatError) throw new Error(`The address on ${hostOf(url)} did not return a usable calendar. ${error.message}`);
    throw error;
  }
}

/**
 * Downloads every added calendar address again and replaces its events. A calendar that fails keeps
 * its previous events and records the error in its sync state; the others go on.
 */
export async function pollIcsAddresses(deps: IcsSyncDeps): Promise<SyncSummary> {
  const db = deps.db ?? getDatabase();
  const summary = emptySummary();
  const states = await listPolledAddresses(db);
  const synced: string[] = [];
  for (const state of states) {
    summary.calendars += 1;
    try {
      await requirePermission(state.calendarId, deps);
      const text = await fetchIcsText(state.calendarId, deps);
      const result = await storeIcs({ kind: 'ics-url', calendarId: state.calendarId, fallbackLabel: state.label, text }, deps, false);
      summary.added += result.added;
      summary.updated += result.updated;
      summary.removed += result.removed;
      summary.skipped += result.skipped;
      synced.push(result.calendarKey);
    } catch (error) {
      const message = error instanceof IcsFormatError ? `The calendar could not be read. ${error.message}` : messageOf(error);
      const status = error instanceof IcsFetchError ? error.status : undefined;
      summary.errors.push(`${state.label}: ${message}`);
      await updateSyncState(state.calendarKey, { lastError: { at: nowIso(), message: message.slice(0, 2_000), status } }, db);
    }
  }
  await deps.parser.release?.();
  if (synced.length > 0) await notifySyncCompleted({ reason: 'sync', calendarKeys: synced, summary });
  return summary;
}

/** The calendar addresses still polled (not those whose events were kept when the user stopped them). */
export async function listPolledAddresses(db: MentoringDatabase = getDatabase()) {
  return (await listSyncStates('ics-url', db)).filter((state) => !state.stoppedAt);
}

const PERMISSION_MISSING = (host: string) =>
  `Mentoring Companion may not read ${host} yet. Add the address again from the options page and allow access to ${host} when the browser asks.`;

async function requirePermission(url: string, deps: IcsSyncDeps): Promise<void> {
  if (!(await deps.hasPermission(url))) throw new Error(PERMISSION_MISSING(hostOf(url)));
}

function publicResult({ calendarKey, events, skipped, shortened, notices }: IcsImportSummary): IcsImportSummary {
  return { calendarKey, events, skipped, shortened, notices };
}

interface IcsSource {
  kind: Extract<CalendarSourceKind, 'ics-file' | 'ics-url'>;
  calendarId: string;
  fallbackLabel: string;
  text: string;
}

async function storeIcs(
  source: IcsSource,
  deps: IcsFileDeps,
  announce = true,
): Promise<IcsImportSummary & StoreChangeCounts> {
  const db = deps.db ?? getDatabase();
  const now = deps.now?.() ?? Date.now();
  const calendarKey = calendarKeyOf(source.kind, source.calendarId);
  const { syncWindow, selfEmail } = await getSettings(db);
  const conversion = await deps.parser.parse({
    text: source.text,
    calendarKey,
    options: { source: source.kind, now, syncWindow, selfEmail, userTimeZone: deps.userTimeZone },
  });
  // A Google calendar's secret address is named after its owner's e-mail, like the primary calendar.
  await learnSelfEmail(db, conversion.name ?? '');
  const at = new Date(now).toISOString();
  // Every copy was parsed against its schema moments ago (by toEventCopy, or by the parser reply's
  // validation): the store need not parse them a second time.
  const counts = await replaceCalendarEvents(calendarKey, markValidated(conversion.copies), {
    source: source.kind,
    calendarId: source.calendarId,
    label: (conversion.name ?? source.fallbackLabel).slice(0, 300),
    lastSyncAt: at,
    lastFullSyncAt: at,
    lastError: undefined,
    stoppedAt: undefined,
    skipped: conversion.skipped,
    notices: conversion.notices,
  }, db);
  await updateSettings((current) => (current.calendarSource === 'none' ? { ...current, calendarSource: source.kind } : current), db);
  const calendarWide = conversion.notices.filter((notice) => notice.eventId === '');
  const result = {
    calendarKey,
    events: conversion.copies.length,
    skipped: conversion.skipped.length,
    shortened: new Set(conversion.notices.filter((notice) => notice.eventId !== '').map((notice) => notice.eventId)).size,
    notices: calendarWide.slice(0, MAX_SYNC_NOTES).map((notice) => notice.reason),
    ...counts,
  };
  if (announce) {
    const summary: SyncSummary = { calendars: 1, ...counts, skipped: result.skipped, errors: [] };
    await notifySyncCompleted({ reason: 'sync', calendarKeys: [calendarKey], summary });
  }
  return result;
}

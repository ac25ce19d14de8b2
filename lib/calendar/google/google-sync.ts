import { getDatabase, type MentoringDatabase } from '../../db/database';
import type { Settings, SyncState } from '../../model';
import { calendarKeyOf } from '../calendar-key';
import type { CalendarClient, EventsPage, FullSyncParams, IncrementalSyncParams } from './client';
import { GoogleApiError, SyncAbortedError } from './errors';
import {
  applyEventPage,
  getSyncState,
  pruneCalendar,
  updateSyncState,
  type EventPage,
  type StoreChangeCounts,
  type SyncStatePatch,
} from '../sync/event-store';
import { windowAround, type KeptWindow } from '../sync/sync-window';
import { mergeNotes, readEventPage, type ReadPage } from './page-reader';
import { messageOf } from '../../text/error-message';

export interface GoogleCalendarRef {
  calendarId: string;
  label: string;
}

export interface CalendarSyncResult extends StoreChangeCounts {
  calendarKey: string;
  /** The calendar's name as last seen, for messages. */
  label: string;
  /** Events skipped on this run, each with its reason in the sync state. */
  skipped: number;
  /** Set when the sync stopped on an error; the error is also in the sync state. */
  error?: string;
  /** The sync token the calendar holds after this run, a hint for the next run's first request. */
  syncToken?: string;
  /**
   * With `deferIdleWrite`, a sync that found nothing leaves its bookkeeping (new token, time of
   * the sync) to this write, which the caller runs after answering. Losing it loses nothing: the
   * old token still yields the same (empty) changes.
   */
  deferredWrite?: () => Promise<unknown>;
  /** The calendar's title as Google names it (the account's address for the primary calendar). */
  calendarTitle?: string;
}

export interface GoogleSyncOptions {
  client: CalendarClient;
  /** The full sync's window; a function when reading it costs (only full syncs need it). */
  window: Settings['syncWindow'] | (() => Promise<Settings['syncWindow']>);
  deferIdleWrite?: boolean;
  /**
   * The sync token the caller expects the calendar to hold: its request starts at once, while the
   * sync state is read, and is used only if the state agrees (requests are read-only).
   */
  expectedSyncToken?: string;
  db?: MentoringDatabase;
  now?: () => Date;
  /** Runs before each page request; throws to stop (lease lost, sync cancelled). */
  beforePage?: () => Promise<void>;
  /** Runs before anything is written; throws to stop (e.g. the lease went to another context). */
  beforeWrite?: () => Promise<void>;
}

type FetchedPage = { page: EventsPage; read: ReadPage };

/**
 * One calendar, per Google's sync guide: a full sync lists the window page by page and ends with a
 * sync token; later syncs send only that token and apply the changes. Every page is committed with
 * the sync state, so a stopped worker resumes from the last committed page. A 410 drops the token
 * and starts a full sync; the copies it replaces stay until its last page commits, and those it did
 * not see are then swept (events deleted meanwhile go), so the calendar is never shown half there.
 * After every sync the copies that fell out of the window are pruned.
 */
export async function syncGoogleCalendar(calendar: GoogleCalendarRef, options: GoogleSyncOptions): Promise<CalendarSyncResult> {
  const db = options.db ?? getDatabase();
  const now = options.now ?? (() => new Date());
  const write = async <T>(work: () => Promise<T>) => (await options.beforeWrite?.(), work());
  const calendarKey = calendarKeyOf('google', calendar.calendarId);
  const fetchPage = async (params: FullSyncParams | IncrementalSyncParams): Promise<FetchedPage> => {
    await options.beforePage?.();
    const page = await options.client.listEvents(calendar.calendarId, params);
    return { page, read: readEventPage(page.items, calendarKey) };
  };
  let windowSetting: Promise<Settings['syncWindow']> | undefined;
  const readWindow = () => (windowSetting ??= typeof options.window === 'function' ? options.window() : Promise.resolve(options.window));

  const speculative = options.expectedSyncToken ? fetchPage({ syncToken: options.expectedSyncToken }) : undefined;
  speculative?.catch(() => undefined);
  let state = await getSyncState(calendarKey, db);
  state ??= await write(() => updateSyncState(calendarKey, { source: 'google', calendarId: calendar.calendarId, label: calendar.label }, db));
  // A calendar whose copies were kept when syncing stopped is synced again (in full: its tokens went).
  if (state.stoppedAt) state = await write(() => updateSyncState(calendarKey, { stoppedAt: undefined }, db));
  const speculationHolds = state.syncToken === options.expectedSyncToken && !state.pageToken && !state.fullSyncStartedAt;
  const totals: CalendarSyncResult = { calendarKey, label: state.label, added: 0, updated: 0, removed: 0, skipped: 0 };
  const run: Run = { options, db, now, totals, write, fetchPage, readWindow };

  try {
    try {
      await runPages(state, run, speculationHolds ? speculative : undefined);
    } catch (error) {
      if (!(error instanceof GoogleApiError && error.kind === 'gone')) throw error;
      // The sync token (or a page token) expired: forget it and list everything again.
      state = await write(() => updateSyncState(calendarKey, { syncToken: undefined, pageToken: undefined, fullSyncStartedAt: undefined, fullSyncMark: undefined }, db));
      await runPages(state, run);
    }
  } catch (error) {
    if (error instanceof SyncAbortedError) throw error;
    const message = messageOf(error);
    const status = error instanceof GoogleApiError ? error.status : undefined;
    await write(() => updateSyncState(calendarKey, { lastError: { at: now().toISOString(), message: message.slice(0, 2_000), status } }, db));
    return { ...totals, error: message };
  }
  return totals;
}

interface Run {
  options: GoogleSyncOptions;
  db: MentoringDatabase;
  now: () => Date;
  totals: CalendarSyncResult;
  write: <T>(work: () => Promise<T>) => Promise<T>;
  fetchPage: (params: FullSyncParams | IncrementalSyncParams) => Promise<FetchedPage>;
  readWindow: () => Promise<Settings['syncWindow']>;
}

async function runPages(initial: SyncState, run: Run, firstPage?: Promise<FetchedPage>): Promise<void> {
  const { db, now, totals, options } = run;
  const calendarKey = initial.calendarKey;
  const fullSync = initial.fullSyncStartedAt !== undefined || initial.syncToken === undefined;
  // A full sync that an older version began, without marks, starts over: its pages cannot be told from older copies.
  const resuming = fullSync && initial.fullSyncStartedAt !== undefined && initial.fullSyncMark !== undefined;
  const startingFresh = fullSync && !resuming;
  const startedAt = resuming ? initial.fullSyncStartedAt! : now().toISOString();
  // Unique to this full sync, and kept in the state with its start, so a resumed sync marks alike.
  const mark = resuming ? initial.fullSyncMark! : crypto.randomUUID();
  // A resumed full sync repeats the window it started with: Google wants the same query on every page.
  const listed = fullSync ? fullSyncWindow(Date.parse(startedAt), await run.readWindow()) : undefined;
  const request = (pageToken: string | undefined) =>
    run.fetchPage(listed ? { ...listed, pageToken } : { syncToken: initial.syncToken!, pageToken });
  // A first sync finds nothing to compare with; a resumed one cannot know, so it looks.
  const storeWasEmpty = startingFresh && (await db.events.where('calendarKey').equals(calendarKey).count()) === 0;
  const keptWindow = async () => windowAround(now().getTime(), await run.readWindow());
  let skipped = startingFresh ? [] : initial.skipped;
  let notices = startingFresh ? [] : (initial.notices ?? []);

  let next = firstPage ?? request(startingFresh ? undefined : initial.pageToken);
  for (;;) {
    const { page, read } = await next;
    // The next page downloads and is validated while this one is written.
    if (page.nextPageToken) {
      next = request(page.nextPageToken);
      next.catch(() => undefined);
    }
    const last = !page.nextPageToken;
    skipped = mergeNotes(skipped, read, read.skipped);
    notices = mergeNotes(notices, read, read.notices);
    const patch = pagePatch(page, { fullSync, startedAt, mark, skipped, notices, at: now().toISOString() });
    if (page.summary) totals.calendarTitle = totals.label = page.summary.slice(0, 300);
    if (page.nextSyncToken) totals.syncToken = page.nextSyncToken;
    totals.skipped += read.skipped.length;
    if (options.deferIdleWrite && !fullSync && last && page.items.length === 0) {
      totals.deferredWrite = () =>
        run.write(async () => {
          await updateSyncState(calendarKey, patch, db);
          await pruneCalendar(calendarKey, await keptWindow(), db);
        });
      return;
    }
    const changes: EventPage = {
      upserts: read.upserts,
      deletedEventIds: read.deletedEventIds,
      cancelledIds: read.cancelledIds,
      mark: fullSync ? mark : undefined,
      storeWasEmpty,
      sweep: fullSync && last ? toKeptWindow(listed!) : undefined,
      keep: last ? await keptWindow() : undefined,
    };
    const counts = await run.write(() => applyEventPage(calendarKey, changes, patch, db));
    totals.added += counts.added;
    totals.updated += counts.updated;
    totals.removed += counts.removed;
    if (last) return;
  }
}

function pagePatch(
  page: EventsPage,
  context: { fullSync: boolean; startedAt: string; mark: string; skipped: SyncState['skipped']; notices: SyncState['skipped']; at: string },
): SyncStatePatch {
  const patch: SyncStatePatch = { skipped: context.skipped, notices: context.notices };
  if (page.summary) patch.label = page.summary.slice(0, 300);
  if (page.nextPageToken) {
    patch.pageToken = page.nextPageToken;
    // Mid-way through a full sync the old token no longer describes the store.
    if (context.fullSync) Object.assign(patch, { fullSyncStartedAt: context.startedAt, fullSyncMark: context.mark, syncToken: undefined });
    return patch;
  }
  return {
    ...patch,
    pageToken: undefined,
    fullSyncStartedAt: undefined,
    fullSyncMark: undefined,
    syncToken: page.nextSyncToken,
    lastSyncAt: context.at,
    lastError: undefined,
    ...(context.fullSync ? { lastFullSyncAt: context.at } : {}),
  };
}

/** The full sync's window around `startedMs`; Google wants RFC 3339 times with an offset. */
function fullSyncWindow(startedMs: number, window: Settings['syncWindow']): { timeMin: string; timeMax: string } {
  const kept = windowAround(startedMs, window);
  return { timeMin: new Date(kept.startMs).toISOString(), timeMax: new Date(kept.endMs).toISOString() };
}

function toKeptWindow(listed: { timeMin: string; timeMax: string }): KeptWindow {
  return { startMs: Date.parse(listed.timeMin), endMs: Date.parse(listed.timeMax) };
}

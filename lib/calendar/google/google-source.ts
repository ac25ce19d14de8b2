import { getDatabase } from '../../db/database';
import { getSettings, updateSettings } from '../../settings/settings-store';
import { cachedItem, storageItems } from '../../storage/storage-items';
import { calendarKeyOf } from '../calendar-key';
import { singleFlight } from '../single-flight';
import { addToSummary, emptySummary, type SyncSummary } from '../source';
import { dropCalendars, learnSelfEmail } from '../sync/calendar-data';
import { listSyncStates } from '../sync/event-store';
import { notifySyncCompleted } from '../sync/sync-events';
import { GoogleAuthError, createGoogleAuth } from './auth';
import { createCalendarClient, type CalendarClient } from './client';
import { CALENDAR_LIST_SCOPE } from './config';
import { SyncAbortedError } from './errors';
import {
  PRIMARY_CALENDAR,
  forgetSelectedGoogleCalendars,
  saveSelectedGoogleCalendars,
  selectedGoogleCalendars,
} from './google-calendars';
import { syncGoogleCalendar } from './google-sync';
import { CALENDAR_LIST_REFUSED, type GoogleRequests, type GoogleSource, type GoogleSourceDeps, type SignOutResult } from './google-source-types';
import { ANOTHER_SYNC_RUNNING, SyncLeaseTakenError, createSyncLease } from './lease';
import { messageOf } from '../../text/error-message';

export { ANOTHER_SYNC_RUNNING, CALENDAR_LIST_REFUSED, type GoogleSource, type GoogleSourceDeps };

/**
 * Google Calendar for the whole extension: sign-in, sign-out, the chosen calendars, and syncing
 * them one at a time (one run at a time within this context, a lease across contexts).
 */
export function createGoogleSource(deps: GoogleSourceDeps = browserGoogleDeps()): GoogleSource {
  /** Listeners told about the last sync, still running after its result went back to the caller. */
  let notifying: Promise<void> = Promise.resolve();
  /** The last sync's bookkeeping (deferred writes, lease release), still running after its result went back. */
  let tail: Promise<void> = Promise.resolve();
  let queued: Promise<SyncSummary> | undefined;
  /** Each calendar's sync token after the last run here: the next run's first request starts with it. */
  const knownSyncTokens = new Map<string, string>();
  let controller: AbortController | undefined;
  /** Set while sign-out or removal waits: syncs queued meanwhile must not start. */
  let stopping = false;

  const syncAll = singleFlight(runSync);

  const source: GoogleSource = {
    kind: 'google',
    get handlers() {
      return googleMessageHandlers(source);
    },
    syncAll,
    syncAfterCurrent() {
      const running = syncAll.running();
      if (!running) return syncAll();
      queued ??= running.then(() => {
        queued = undefined;
        return syncAll();
      });
      return queued;
    },
    async idle() {
      while (syncAll.running() || queued) await (queued ?? syncAll.running());
      await tail;
      await notifying;
    },
    async signIn() {
      await deps.auth.signIn();
      if ((await selectedGoogleCalendars(deps.selectedCalendars)).length === 0) {
        await saveSelectedGoogleCalendars(deps.selectedCalendars, [PRIMARY_CALENDAR]);
      }
      await updateSettings((settings) => ({ ...settings, calendarSource: 'google' }), deps.db);
      void source.syncAfterCurrent();
      return { calendarKey: calendarKeyOf('google', PRIMARY_CALENDAR.calendarId) };
    },
    async signOut(keepData) {
      await stopRunningSync();
      let result: SignOutResult = { revoked: false };
      await whileHoldingLease(async () => {
        result = await deps.auth.signOut();
        await forgetSelectedGoogleCalendars(deps.selectedCalendars);
        knownSyncTokens.clear();
        // Deleting takes every Google copy, those kept at an earlier sign-out too; keeping leaves those as they are.
        const states = (await listSyncStates('google', deps.db)).filter((state) => !keepData || !state.stoppedAt);
        await dropCalendars(deps.db, states.map((state) => state.calendarKey), keepData);
        await updateSettings(
          (settings) => (settings.calendarSource === 'google' ? { ...settings, calendarSource: 'none' } : settings),
          deps.db,
        );
      });
      return result;
    },
    async remove(calendarKey, keepData) {
      await stopRunningSync();
      await whileHoldingLease(async () => {
        const selected = await selectedGoogleCalendars(deps.selectedCalendars);
        const remaining = selected.filter((calendar) => calendarKeyOf('google', calendar.calendarId) !== calendarKey);
        const known = remaining.length < selected.length || (await deps.db.syncStates.get(calendarKey))?.source === 'google';
        if (!known) throw new Error(`There is no Google calendar "${calendarKey}" to remove.`);
        if (remaining.length < selected.length) await saveSelectedGoogleCalendars(deps.selectedCalendars, remaining);
        knownSyncTokens.delete(calendarKey);
        await dropCalendars(deps.db, [calendarKey], keepData);
      });
    },
    async listAvailableCalendars() {
      await requireSignedIn();
      if (!(await deps.auth.hasScope(CALENDAR_LIST_SCOPE))) {
        try {
          await deps.auth.signIn([CALENDAR_LIST_SCOPE]);
        } catch (error) {
          if (error instanceof GoogleAuthError && error.kind === 'cancelled') throw new Error(CALENDAR_LIST_REFUSED);
          throw error;
        }
        if (!(await deps.auth.hasScope(CALENDAR_LIST_SCOPE))) throw new Error(CALENDAR_LIST_REFUSED);
      }
      const selected = new Set((await selectedGoogleCalendars(deps.selectedCalendars)).map((calendar) => calendar.calendarId));
      const entries = await client().listCalendars();
      return entries.flatMap((entry) => {
        if (!entry.id) return [];
        // The primary calendar is synced as "primary", whatever its real id: the same calendar, never twice.
        const calendarId = entry.primary ? PRIMARY_CALENDAR.calendarId : entry.id;
        const label = (entry.summaryOverride ?? entry.summary ?? entry.id).slice(0, 300);
        return [{ calendarId, label, primary: entry.primary === true, selected: selected.has(calendarId) }];
      });
    },
    async addCalendar(calendarId, label = calendarId) {
      await requireSignedIn();
      const selected = await selectedGoogleCalendars(deps.selectedCalendars);
      if (!selected.some((calendar) => calendar.calendarId === calendarId)) {
        await saveSelectedGoogleCalendars(deps.selectedCalendars, [...selected, { calendarId, label }]);
      }
      void source.syncAfterCurrent();
      return { calendarKey: calendarKeyOf('google', calendarId) };
    },
  };
  return source;

  async function runSync(): Promise<SyncSummary> {
    const summary = emptySummary();
    // The previous sync's bookkeeping (lease release, deferred writes) finishes before this one starts.
    await tail;
    try {
      if (stopping) throw new SyncAbortedError();
      if (!(await deps.auth.isSignedIn())) return summary;
      const calendars = await selectedGoogleCalendars(deps.selectedCalendars);
      if (calendars.length === 0) return summary;
      // Requests only read, so they start while the lease is taken; nothing is written before it is held.
      const leased = deps.lease.tryAcquire();
      let held = false;
      const requireLease = async () => {
        if (held) return;
        if (!(await leased)) throw new SyncLeaseTakenError();
        held = true;
      };
      const running = new AbortController();
      controller = running;
      const afterwards: (() => Promise<unknown>)[] = [];
      const synced: string[] = [];
      try {
        const calendarClient = client(running.signal, () => held);
        const window = async () => (await getSettings(deps.db)).syncWindow;
        for (const calendar of calendars) {
          const calendarKey = calendarKeyOf('google', calendar.calendarId);
          const result = await syncGoogleCalendar(calendar, {
            client: calendarClient,
            window,
            db: deps.db,
            now: deps.now,
            deferIdleWrite: true,
            expectedSyncToken: knownSyncTokens.get(calendarKey),
            beforeWrite: requireLease,
          });
          if (result.syncToken && !result.error) knownSyncTokens.set(calendarKey, result.syncToken);
          else knownSyncTokens.delete(calendarKey);
          addToSummary(summary, { calendars: 1, added: result.added, updated: result.updated, removed: result.removed, skipped: result.skipped });
          if (result.error) summary.errors.push(`${result.label}: ${result.error}`);
          // Listeners reconcile after a change; a sync that found nothing new leaves them be.
          else if (result.added + result.updated + result.removed > 0) synced.push(result.calendarKey);
          if (result.deferredWrite) afterwards.push(result.deferredWrite);
          const title = result.calendarTitle;
          if (calendar.calendarId === PRIMARY_CALENDAR.calendarId && title) afterwards.push(() => learnSelfEmail(deps.db, title));
        }
        // A sync that wrote nothing still answers only as the lease holder (taken during its requests).
        await requireLease();
      } finally {
        controller = undefined;
        // The caller ("Sync now") gets its answer once the data is in; the rest runs right after it went.
        const work = held ? afterwards : [];
        tail = new Promise((resolve) => setTimeout(resolve, 0)).then(() => finish(work, leased));
      }
      if (synced.length > 0) notifying = notifySyncCompleted({ reason: 'sync', calendarKeys: synced, summary: { ...summary } });
    } catch (error) {
      if (error instanceof SyncLeaseTakenError) return { ...summary, errors: [ANOTHER_SYNC_RUNNING] };
      summary.errors.push(messageOf(error));
    }
    return summary;
  }

  /** Deferred writes, then the lease goes: in that order, so no write lands after another context took over. */
  async function finish(work: (() => Promise<unknown>)[], leased: Promise<boolean>): Promise<void> {
    for (const step of work) {
      try {
        await step();
      } catch (error) {
        console.error('Mentoring Companion: could not record the end of a calendar sync', error);
      }
    }
    // Taking the lease may still be under way (the sync stopped early): let it finish, then let go.
    await leased.catch(() => false);
    await deps.lease.release().catch((error: unknown) => console.error('Mentoring Companion: could not release the sync lease', error));
  }

  function client(signal?: AbortSignal, leaseHeld: () => boolean = () => false): CalendarClient {
    return createCalendarClient({
      tokens: deps.auth,
      fetch: deps.fetch,
      baseUrl: deps.baseUrl,
      backoff: deps.backoff,
      signal,
      beforeRequest: async () => {
        if (leaseHeld() && !(await deps.lease.renew())) throw new SyncAbortedError();
      },
    });
  }

  async function stopRunningSync(): Promise<void> {
    stopping = true;
    try {
      controller?.abort(new SyncAbortedError());
      await source.idle();
    } finally {
      stopping = false;
    }
  }

  async function whileHoldingLease(work: () => Promise<void>): Promise<void> {
    const deadline = Date.now() + (deps.leaseWaitMs ?? 70_000);
    while (!(await deps.lease.tryAcquire())) {
      if (Date.now() > deadline) throw new Error(ANOTHER_SYNC_RUNNING);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    try {
      await work();
    } finally {
      await deps.lease.release();
    }
  }

  async function requireSignedIn(): Promise<void> {
    if (!(await deps.auth.isSignedIn())) throw new Error('Connect your Google account first.');
  }
}

/** The messages only Google answers. */
function googleMessageHandlers(source: GoogleSource): GoogleRequests {
  return {
    signInGoogle: () => source.signIn(),
    signOutGoogle: ({ keepData }) => source.signOut(keepData),
    listGoogleCalendars: async () => ({ calendars: await source.listAvailableCalendars() }),
    addGoogleCalendar: ({ calendarId, label }) => source.addCalendar(calendarId, label),
  };
}

/** The real browser APIs: the storage items read through a cache, Web Locks for the lease. */
function browserGoogleDeps(): GoogleSourceDeps {
  return {
    db: getDatabase(),
    auth: createGoogleAuth(),
    selectedCalendars: cachedItem(storageItems.selectedGoogleCalendars),
    lease: createSyncLease({ record: storageItems.syncLease }),
  };
}

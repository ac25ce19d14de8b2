import { browser } from 'wxt/browser';
import { getDatabase, type MentoringDatabase } from '../../db/database';
import type { GoogleCalendarChoice, SignOutResult, SyncSummary } from '../../messaging/protocol';
import { getSettings, updateSettings } from '../../settings/settings-store';
import { calendarKeyOf } from '../calendar-key';
import { GoogleAuthError, createGoogleAuth, type GoogleAuth, type StorageAreaLike } from '../google/auth';
import { cachedStorageArea } from '../google/cached-storage';
import type { BackoffOptions } from '../google/backoff';
import { createCalendarClient, type CalendarClient } from '../google/client';
import { CALENDAR_LIST_SCOPE } from '../google/config';
import { SyncAbortedError } from '../google/errors';
import { dropCalendars, learnSelfEmail } from './calendar-data';
import { listSyncStates } from './event-store';
import {
  PRIMARY_CALENDAR,
  forgetSelectedGoogleCalendars,
  saveSelectedGoogleCalendars,
  selectedGoogleCalendars,
} from './google-calendars';
import { syncGoogleCalendar } from './google-sync';
import { ANOTHER_SYNC_RUNNING, SyncLeaseTakenError, createSyncLease, type SyncLease } from './lease';
import { notifySyncCompleted } from './sync-events';

export interface GoogleSyncEnvironment {
  db: MentoringDatabase;
  auth: GoogleAuth;
  /** Extension storage for the chosen calendars (local, so it survives restarts). */
  storage: StorageAreaLike;
  lease: SyncLease;
  /** Tests point these at a fake or the emulator; the product uses the real fetch and Google's address. */
  fetch?: typeof fetch;
  baseUrl?: string;
  backoff?: Partial<BackoffOptions>;
  now?: () => Date;
  /** How long sign-out waits for another context's sync to let go of the lease. */
  leaseWaitMs?: number;
}

/** The calendar-list permission was refused (declined, or unticked on Google's consent page). */
export const CALENDAR_LIST_REFUSED =
  'Google did not allow the extension to see your list of calendars, so no other calendar can be chosen. Your primary calendar keeps syncing. To choose calendars, try again and allow seeing your list of Google calendars.';

export { ANOTHER_SYNC_RUNNING };

/**
 * Google Calendar for the whole extension: sign-in, sign-out, the chosen calendars, and syncing
 * them one at a time (single flight within this context, a lease across contexts).
 */
export class GoogleCalendarSync {
  private inFlight: Promise<SyncSummary> | undefined;
  private queued: Promise<SyncSummary> | undefined;
  /** Listeners told about the last sync, still running after its result went back to the caller. */
  private notifying: Promise<void> = Promise.resolve();
  /** The last sync's bookkeeping, still running after its result went back to the caller. */
  private tail: Promise<void> = Promise.resolve();
  /** Each calendar's sync token after the last run here: the next run's first request starts with it. */
  private readonly knownSyncTokens = new Map<string, string>();
  private controller: AbortController | undefined;
  /** Set while sign-out or removal waits: syncs queued meanwhile must not start. */
  private stopping = false;

  constructor(private readonly env: GoogleSyncEnvironment) {}

  /** Syncs every chosen calendar; callers arriving meanwhile share the running sync. Never rejects. */
  syncNow(): Promise<SyncSummary> {
    this.inFlight ??= this.runSync().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /**
   * A sync that starts after the running one (if any): for changes the running sync may have
   * read too early, such as a calendar added meanwhile.
   */
  syncAfterCurrent(): Promise<SyncSummary> {
    if (!this.inFlight) return this.syncNow();
    this.queued ??= this.inFlight.then(() => {
      this.queued = undefined;
      return this.syncNow();
    });
    return this.queued;
  }

  /** Resolves once no sync is running or queued in this context, and its listeners are done. */
  async idle(): Promise<void> {
    while (this.inFlight || this.queued) await (this.queued ?? this.inFlight);
    await this.tail;
    await this.notifying;
  }

  /** Interactive sign-in; the first sync starts at once and runs on after this returns. */
  async signIn(): Promise<{ calendarKey: string }> {
    await this.env.auth.signIn();
    if ((await selectedGoogleCalendars(this.env.storage)).length === 0) {
      await saveSelectedGoogleCalendars(this.env.storage, [PRIMARY_CALENDAR]);
    }
    await updateSettings((settings) => ({ ...settings, calendarSource: 'google' }), this.env.db);
    void this.syncAfterCurrent();
    return { calendarKey: calendarKeyOf('google', PRIMARY_CALENDAR.calendarId) };
  }

  /** Forgets (and revokes) the tokens and stops syncing; the synced copies stay (without their sync state) or go. */
  async signOut(keepData: boolean): Promise<SignOutResult> {
    await this.stopRunningSync();
    let result: SignOutResult = { revoked: false };
    await this.whileHoldingLease(async () => {
      result = await this.env.auth.signOut();
      await forgetSelectedGoogleCalendars(this.env.storage);
      this.knownSyncTokens.clear();
      const calendarKeys = (await listSyncStates('google', this.env.db)).map((state) => state.calendarKey);
      await dropCalendars(this.env.db, calendarKeys, keepData);
      await updateSettings(
        (settings) => (settings.calendarSource === 'google' ? { ...settings, calendarSource: 'none' } : settings),
        this.env.db,
      );
    });
    return result;
  }

  /** Stops syncing one calendar (of any source) and keeps or deletes its copies. */
  async removeCalendar(calendarKey: string, keepData: boolean): Promise<void> {
    await this.stopRunningSync();
    await this.whileHoldingLease(async () => {
      const selected = await selectedGoogleCalendars(this.env.storage);
      const remaining = selected.filter((calendar) => calendarKeyOf('google', calendar.calendarId) !== calendarKey);
      const known = remaining.length < selected.length || (await this.env.db.syncStates.get(calendarKey)) !== undefined;
      if (!known) throw new Error(`There is no calendar "${calendarKey}" to remove.`);
      if (remaining.length < selected.length) await saveSelectedGoogleCalendars(this.env.storage, remaining);
      await dropCalendars(this.env.db, [calendarKey], keepData);
    });
  }

  /** The user's Google calendars to choose from; asks once for the calendar-list scope. */
  async listAvailableCalendars(): Promise<GoogleCalendarChoice[]> {
    await this.requireSignedIn();
    if (!(await this.env.auth.hasScope(CALENDAR_LIST_SCOPE))) {
      try {
        await this.env.auth.signIn([CALENDAR_LIST_SCOPE]);
      } catch (error) {
        if (error instanceof GoogleAuthError && error.kind === 'cancelled') throw new Error(CALENDAR_LIST_REFUSED);
        throw error;
      }
      if (!(await this.env.auth.hasScope(CALENDAR_LIST_SCOPE))) throw new Error(CALENDAR_LIST_REFUSED);
    }
    const selected = new Set((await selectedGoogleCalendars(this.env.storage)).map((calendar) => calendar.calendarId));
    const entries = await this.client().listCalendars();
    return entries.flatMap((entry) => {
      if (!entry.id) return [];
      // The primary calendar is synced as "primary", whatever its real id: the same calendar, never twice.
      const calendarId = entry.primary ? PRIMARY_CALENDAR.calendarId : entry.id;
      const label = (entry.summaryOverride ?? entry.summary ?? entry.id).slice(0, 300);
      return [{ calendarId, label, primary: entry.primary === true, selected: selected.has(calendarId) }];
    });
  }

  /** Adds a calendar to the sync (its id from the calendar list, or one the user typed) and syncs it. */
  async addCalendar(calendarId: string, label = calendarId): Promise<{ calendarKey: string }> {
    await this.requireSignedIn();
    const selected = await selectedGoogleCalendars(this.env.storage);
    if (!selected.some((calendar) => calendar.calendarId === calendarId)) {
      await saveSelectedGoogleCalendars(this.env.storage, [...selected, { calendarId, label }]);
    }
    void this.syncAfterCurrent();
    return { calendarKey: calendarKeyOf('google', calendarId) };
  }

  private async runSync(): Promise<SyncSummary> {
    const summary: SyncSummary = { calendars: 0, added: 0, updated: 0, removed: 0, skipped: 0, errors: [] };
    // The previous sync's bookkeeping (lease release, deferred writes) finishes before this one starts.
    await this.tail;
    try {
      if (this.stopping) throw new SyncAbortedError();
      if (!(await this.env.auth.isSignedIn())) return summary;
      const calendars = await selectedGoogleCalendars(this.env.storage);
      if (calendars.length === 0) return summary;
      // Requests only read, so they start while the lease is taken; nothing is written before it is held.
      const leased = this.env.lease.tryAcquire();
      let held = false;
      const requireLease = async () => {
        if (held) return;
        if (!(await leased)) throw new SyncLeaseTakenError();
        held = true;
      };
      const controller = new AbortController();
      this.controller = controller;
      const afterwards: (() => Promise<unknown>)[] = [];
      const synced: string[] = [];
      try {
        const client = this.client(controller.signal, () => held);
        const window = async () => (await getSettings(this.env.db)).syncWindow;
        for (const calendar of calendars) {
          const calendarKey = calendarKeyOf('google', calendar.calendarId);
          const result = await syncGoogleCalendar(calendar, {
            client,
            window,
            db: this.env.db,
            now: this.env.now,
            deferIdleWrite: true,
            expectedSyncToken: this.knownSyncTokens.get(calendarKey),
            beforeWrite: requireLease,
          });
          if (result.syncToken && !result.error) this.knownSyncTokens.set(calendarKey, result.syncToken);
          else this.knownSyncTokens.delete(calendarKey);
          summary.calendars += 1;
          summary.added += result.added;
          summary.updated += result.updated;
          summary.removed += result.removed;
          summary.skipped += result.skipped;
          if (result.error) summary.errors.push(`${result.label}: ${result.error}`);
          // Listeners reconcile after a change; a sync that found nothing new leaves them be.
          else if (result.added + result.updated + result.removed > 0) synced.push(result.calendarKey);
          if (result.deferredWrite) afterwards.push(result.deferredWrite);
          const title = result.calendarTitle;
          if (calendar.calendarId === PRIMARY_CALENDAR.calendarId && title) afterwards.push(() => learnSelfEmail(this.env.db, title));
        }
        // A sync that wrote nothing still answers only as the lease holder (taken during its requests).
        await requireLease();
      } finally {
        this.controller = undefined;
        // The caller ("Sync now") gets its answer once the data is in; the rest runs right after it went.
        const work = held ? afterwards : [];
        this.tail = new Promise((resolve) => setTimeout(resolve, 0)).then(() => this.finish(work, leased));
      }
      if (synced.length > 0) this.notifying = notifySyncCompleted({ reason: 'sync', calendarKeys: synced, summary: { ...summary } });
    } catch (error) {
      if (error instanceof SyncLeaseTakenError) return { ...summary, errors: [ANOTHER_SYNC_RUNNING] };
      summary.errors.push(error instanceof Error ? error.message : String(error));
    }
    return summary;
  }

  /** Deferred writes, then the lease goes: in that order, so no write lands after another context took over. */
  private async finish(work: (() => Promise<unknown>)[], leased: Promise<boolean>): Promise<void> {
    for (const step of work) {
      try {
        await step();
      } catch (error) {
        console.error('Mentoring Companion: could not record the end of a calendar sync', error);
      }
    }
    // Taking the lease may still be under way (the sync stopped early): let it finish, then let go.
    await leased.catch(() => false);
    await this.env.lease.release().catch((error: unknown) => console.error('Mentoring Companion: could not release the sync lease', error));
  }

  private client(signal?: AbortSignal, leaseHeld: () => boolean = () => false): CalendarClient {
    return createCalendarClient({
      tokens: this.env.auth,
      fetch: this.env.fetch,
      baseUrl: this.env.baseUrl,
      backoff: this.env.backoff,
      signal,
      beforeRequest: async () => {
        if (leaseHeld() && !(await this.env.lease.renew())) throw new SyncAbortedError();
      },
    });
  }

  private async stopRunningSync(): Promise<void> {
    this.stopping = true;
    try {
      this.controller?.abort(new SyncAbortedError());
      await this.idle();
    } finally {
      this.stopping = false;
    }
  }

  private async whileHoldingLease(work: () => Promise<void>): Promise<void> {
    const deadline = Date.now() + (this.env.leaseWaitMs ?? 70_000);
    while (!(await this.env.lease.tryAcquire())) {
      if (Date.now() > deadline) throw new Error(ANOTHER_SYNC_RUNNING);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    try {
      await work();
    } finally {
      await this.env.lease.release();
    }
  }

  private async requireSignedIn(): Promise<void> {
    if (!(await this.env.auth.isSignedIn())) throw new Error('Connect your Google account first.');
  }
}

let shared: GoogleCalendarSync | undefined;

/** The extension's one instance, on the real browser APIs. */
export function getGoogleCalendarSync(): GoogleCalendarSync {
  shared ??= new GoogleCalendarSync({
    db: getDatabase(),
    auth: createGoogleAuth(),
    storage: cachedStorageArea(browser.storage.local, 'local', browser.storage.onChanged),
    lease: createSyncLease({ storage: browser.storage.local }),
  });
  return shared;
}

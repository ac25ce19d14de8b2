import { getDatabase, markValidated, type MentoringDatabase } from '../../db/database';
import { validate } from '../../db/validation';
import { syncStateSchema, type CalendarEventCopy, type SyncState } from '../../model';
import { eventKeyOf } from '../calendar-key';

/**
 * Changes to a calendar's sync state. A key present with the value `undefined` clears that field
 * (e.g. `{ pageToken: undefined }` once the last page is in). When the calendar has no state yet,
 * the patch must name `source`, `calendarId` and `label`.
 */
export type SyncStatePatch = Partial<Omit<SyncState, 'calendarKey'>>;

export interface StoreChangeCounts {
  added: number;
  updated: number;
  removed: number;
}

/** At most this many skip reasons are kept per calendar (the schema's bound); the newest win. */
export const MAX_SKIPPED = 200;

/**
 * Atomically replaces every event of one calendar with `copies` and applies `syncStatePatch`, in
 * one transaction: readers see the old calendar or the new one, never a mix, and a failed write
 * leaves both untouched. ICS imports use this; Google's full sync writes page by page instead.
 */
export async function replaceCalendarEvents(
  calendarKey: string,
  copies: readonly CalendarEventCopy[],
  syncStatePatch: SyncStatePatch,
  db: MentoringDatabase = getDatabase(),
): Promise<StoreChangeCounts> {
  assertAllBelongTo(calendarKey, copies);
  return db.transaction('rw', db.events, db.syncStates, async () => {
    const existing = new Set(await db.events.where('calendarKey').equals(calendarKey).primaryKeys());
    const incoming = new Set(copies.map((copy) => copy.key));
    const gone = [...existing].filter((key) => !incoming.has(key));
    await db.events.bulkDelete(gone);
    await db.events.bulkPut([...copies]);
    await patchSyncState(db, calendarKey, syncStatePatch);
    const updated = [...incoming].filter((key) => existing.has(key)).length;
    return { added: incoming.size - updated, updated, removed: gone.length };
  });
}

export interface EventPage {
  /** Validated copies to insert or overwrite (from `toEventCopy`). */
  upserts: readonly CalendarEventCopy[];
  /** Ids of events the calendar no longer has (`status: "cancelled"`, or skipped as invalid). */
  deletedEventIds: readonly string[];
  /** Remove every event of the calendar first: the first page of a full sync. */
  replaceAll?: boolean;
  /**
   * The calendar was emptied earlier in this same full sync, so none of these events is stored
   * yet: the lookup that tells added from updated is skipped (it costs on 2,500-event pages).
   */
  emptiedBefore?: boolean;
}

/**
 * Writes one page of a sync together with the calendar's sync state in one transaction, so a
 * worker stopped between pages resumes from the last committed page with nothing lost or doubled.
 * Upserts are idempotent, so a page applied twice (after a retry) changes nothing.
 */
export async function applyEventPage(
  calendarKey: string,
  page: EventPage,
  syncStatePatch: SyncStatePatch,
  db: MentoringDatabase = getDatabase(),
): Promise<StoreChangeCounts> {
  assertAllBelongTo(calendarKey, page.upserts);
  const upsertKeys = page.upserts.map((copy) => copy.key);
  const deleteKeys = page.deletedEventIds.map((id) => eventKeyOf(calendarKey, id));
  return db.transaction('rw', db.events, db.syncStates, async () => {
    let removed = 0;
    let existingKeys: Set<string>;
    if (page.replaceAll) {
      removed = await db.events.where('calendarKey').equals(calendarKey).delete();
      existingKeys = new Set();
    } else if (page.emptiedBefore) {
      await db.events.bulkDelete(deleteKeys);
      existingKeys = new Set();
    } else {
      existingKeys = new Set(await db.events.where('key').anyOf([...upsertKeys, ...deleteKeys]).primaryKeys());
      const toDelete = deleteKeys.filter((key) => existingKeys.has(key));
      await db.events.bulkDelete(toDelete);
      removed = toDelete.length;
    }
    // The copies were parsed by toEventCopy moments ago: skip the second parse on this hot path.
    await db.events.bulkPut(markValidated([...page.upserts]));
    await patchSyncState(db, calendarKey, syncStatePatch);
    const updated = upsertKeys.filter((key) => existingKeys.has(key)).length;
    return { added: upsertKeys.length - updated, updated, removed };
  });
}

export async function getSyncState(calendarKey: string, db: MentoringDatabase = getDatabase()): Promise<SyncState | undefined> {
  return db.syncStates.get(calendarKey);
}

export async function listSyncStates(
  source?: SyncState['source'],
  db: MentoringDatabase = getDatabase(),
): Promise<SyncState[]> {
  const all = await db.syncStates.toArray();
  return source ? all.filter((state) => state.source === source) : all;
}

/** Applies `patch` to a calendar's sync state alone (e.g. to record an error). */
export async function updateSyncState(
  calendarKey: string,
  patch: SyncStatePatch,
  db: MentoringDatabase = getDatabase(),
): Promise<SyncState> {
  return db.transaction('rw', db.syncStates, () => patchSyncState(db, calendarKey, patch));
}

/** Removes a calendar's events and its sync state together; returns how many events went. */
export async function deleteCalendarData(calendarKey: string, db: MentoringDatabase = getDatabase()): Promise<number> {
  return db.transaction('rw', db.events, db.syncStates, async () => {
    const removed = await db.events.where('calendarKey').equals(calendarKey).delete();
    await db.syncStates.delete(calendarKey);
    return removed;
  });
}

/** All event copies of one calendar, e.g. to compare the local store with the server's. */
export async function listCalendarEvents(calendarKey: string, db: MentoringDatabase = getDatabase()): Promise<CalendarEventCopy[]> {
  return db.events.where('calendarKey').equals(calendarKey).toArray();
}

/** Keeps the newest skip reasons within the schema's bound. */
export function boundSkipped(skipped: SyncState['skipped']): SyncState['skipped'] {
  return skipped.length > MAX_SKIPPED ? skipped.slice(skipped.length - MAX_SKIPPED) : skipped;
}

async function patchSyncState(db: MentoringDatabase, calendarKey: string, patch: SyncStatePatch): Promise<SyncState> {
  const current = await db.syncStates.get(calendarKey);
  if (!current && (!patch.source || !patch.calendarId || patch.label === undefined)) {
    throw new Error(`Calendar ${calendarKey} has no sync state yet: the first write must name its source, calendarId and label`);
  }
  const next: Record<string, unknown> = { skipped: [], ...current, calendarKey };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) delete next[field];
    else next[field] = value;
  }
  if (Array.isArray(next.skipped)) next.skipped = boundSkipped(next.skipped as SyncState['skipped']);
  // A state that does not fit its schema throws here, aborting the whole transaction.
  const state = validate(syncStateSchema, 'sync state', next);
  await db.syncStates.put(markValidated([state])[0]!);
  return state;
}

function assertAllBelongTo(calendarKey: string, copies: readonly CalendarEventCopy[]): void {
  const stray = copies.find((copy) => copy.calendarKey !== calendarKey || copy.key !== eventKeyOf(calendarKey, copy.eventId));
  if (stray) throw new Error(`Event ${stray.key} does not belong to calendar ${calendarKey}`);
}

import { getDatabase, markValidated, type MentoringDatabase } from '../../db/database';
import { validate } from '../../model/validation';
import { MAX_SYNC_NOTES, syncStateSchema, type CalendarEventCopy, type SyncNote, type SyncState } from '../../model';
import { eventKeyOf } from '../calendar-key';
import type { KeptWindow } from './sync-window';

/**
 * Changes to a calendar's sync state. A key present with the value `undefined` clears that field
 * (e.g. `{ pageToken: undefined }` once the last page is in). When the calendar has no state yet,
 * the patch must name `source`, `calendarId` and `label`.
 */
export type SyncStatePatch = Partial<Omit<SyncState, 'calendarKey'>>;

/** What a write really changed: a copy rewritten with the same content is not "updated". */
export interface StoreChangeCounts {
  added: number;
  updated: number;
  removed: number;
}

/**
 * Atomically replaces every event of one calendar with `copies` and applies `syncStatePatch`, in
 * one transaction: readers see the old calendar or the new one, never a mix, and a failed write
 * leaves both untouched. ICS calendars use this; Google's full sync writes page by page instead.
 */
export async function replaceCalendarEvents(
  calendarKey: string,
  copies: readonly CalendarEventCopy[],
  syncStatePatch: SyncStatePatch,
  db: MentoringDatabase = getDatabase(),
): Promise<StoreChangeCounts> {
  assertAllBelongTo(calendarKey, copies);
  return db.transaction('rw', db.events, db.syncStates, async () => {
    const counts = await countChanges(db, copies);
    const incoming = new Set(copies.map((copy) => copy.key));
    const gone = (await db.events.where('calendarKey').equals(calendarKey).primaryKeys()).filter((key) => !incoming.has(key));
    await db.events.bulkDelete(gone);
    await db.events.bulkPut([...copies]);
    await patchSyncState(db, calendarKey, syncStatePatch);
    return { ...counts, removed: gone.length };
  });
}

export interface EventPage {
  /** Validated copies to insert or overwrite (from `toEventCopy`). */
  upserts: readonly CalendarEventCopy[];
  /** Ids of events whose copy must go (now too broken to keep). */
  deletedEventIds: readonly string[];
  /**
   * Ids Google reports `cancelled`. The event's copy goes, and when the id is a recurring series'
   * (Google may send only `{ id: <series>, status: "cancelled" }` for a deleted series), every
   * stored occurrence of that series goes with it.
   */
  cancelledIds: readonly string[];
  /** The full sync this page belongs to: every upsert carries its mark (see `sweep`). */
  mark?: string;
  /** Nothing of this calendar was stored when the full sync began: no lookup can find an old copy. */
  storeWasEmpty?: boolean;
  /**
   * The last page of a full sync over this window: copies without `mark` were not listed, so they
   * are gone at Google. Only those that lay inside the listed window count as removed.
   */
  sweep?: KeptWindow;
  /** Copies wholly outside this window are dropped, uncounted: the calendar did not change (the last page of any sync). */
  keep?: KeptWindow;
}

/**
 * Writes one page of a sync together with the calendar's sync state in one transaction, so a
 * worker stopped between pages resumes from the last committed page with nothing lost or doubled.
 * A full sync's old copies stay until its last page commits (then the unseen ones are swept), so
 * the calendar is never shown half there. Upserts are idempotent: a page applied twice changes nothing.
 */
export async function applyEventPage(
  calendarKey: string,
  page: EventPage,
  syncStatePatch: SyncStatePatch,
  db: MentoringDatabase = getDatabase(),
): Promise<StoreChangeCounts> {
  assertAllBelongTo(calendarKey, page.upserts);
  const upserts = page.mark === undefined ? [...page.upserts] : page.upserts.map((copy) => ({ ...copy, syncMark: page.mark }));
  const upsertKeys = new Set(upserts.map((copy) => copy.key));
  return db.transaction('rw', db.events, db.syncStates, async () => {
    const counts = page.storeWasEmpty ? { added: upserts.length, updated: 0, removed: 0 } : await countChanges(db, upserts);
    const doomed = new Set(page.deletedEventIds.map((id) => eventKeyOf(calendarKey, id)));
    if (page.cancelledIds.length > 0) {
      for (const id of page.cancelledIds) doomed.add(eventKeyOf(calendarKey, id));
      const occurrences = await db.events.where('seriesId').anyOf([...page.cancelledIds]).filter((copy) => copy.calendarKey === calendarKey).primaryKeys();
      for (const key of occurrences) doomed.add(key);
    }
    for (const key of upsertKeys) doomed.delete(key);
    if (doomed.size > 0) {
      const present = await db.events.where('key').anyOf([...doomed]).primaryKeys();
      await db.events.bulkDelete(present);
      counts.removed += present.length;
    }
    // The copies were parsed by toEventCopy moments ago: skip the second parse on this hot path.
    await db.events.bulkPut(markValidated(upserts));
    if (page.sweep && page.mark !== undefined) counts.removed += await sweepUnmarked(db, calendarKey, page.mark, page.sweep);
    if (page.keep) await pruneOutside(db, calendarKey, page.keep);
    await patchSyncState(db, calendarKey, syncStatePatch);
    return counts;
  });
}

/** Removes the calendar's copies wholly outside `window`; returns how many went. */
export async function pruneCalendar(calendarKey: string, window: KeptWindow, db: MentoringDatabase = getDatabase()): Promise<number> {
  return db.transaction('rw', db.events, () => pruneOutside(db, calendarKey, window));
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

/** Keeps the newest notes within the schema's bound. */
function boundNotes(notes: readonly SyncNote[]): SyncNote[] {
  return notes.length > MAX_SYNC_NOTES ? notes.slice(notes.length - MAX_SYNC_NOTES) : [...notes];
}

/** New copies, and old ones whose event really changed (a rewrite with equal content is no change). */
async function countChanges(db: MentoringDatabase, copies: readonly CalendarEventCopy[]): Promise<StoreChangeCounts> {
  const counts = { added: 0, updated: 0, removed: 0 };
  const existing = await db.events.bulkGet(copies.map((copy) => copy.key));
  copies.forEach((copy, index) => {
    const old = existing[index];
    if (!old) counts.added += 1;
    else if (JSON.stringify(old.event) !== JSON.stringify(copy.event)) counts.updated += 1;
  });
  return counts;
}

/** Deletes the calendar's copies a full sync did not see; returns how many of them lay in its window. */
async function sweepUnmarked(db: MentoringDatabase, calendarKey: string, mark: string, listed: KeptWindow): Promise<number> {
  const seen = new Set(await db.events.where('[calendarKey+syncMark]').equals([calendarKey, mark]).primaryKeys());
  const unseen = (await db.events.where('calendarKey').equals(calendarKey).primaryKeys()).filter((key) => !seen.has(key));
  if (unseen.length === 0) return 0;
  const inWindow = (await db.events.bulkGet(unseen)).filter((copy) => copy && overlaps(copy, listed)).length;
  await db.events.bulkDelete(unseen);
  return inWindow;
}

function overlaps(copy: CalendarEventCopy, window: KeptWindow): boolean {
  return copy.endMs > window.startMs && copy.startMs < window.endMs;
}

async function pruneOutside(db: MentoringDatabase, calendarKey: string, window: KeptWindow): Promise<number> {
  const later = await db.events.where('[calendarKey+startMs]').between([calendarKey, window.endMs], [calendarKey, Infinity], true, true).primaryKeys();
  const earlier = await db.events
    .where('[calendarKey+startMs]')
    .between([calendarKey, -Infinity], [calendarKey, window.startMs], true, true)
    .filter((copy) => copy.endMs <= window.startMs)
    .primaryKeys();
  const outside = [...later, ...earlier];
  await db.events.bulkDelete(outside);
  return outside.length;
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
  if (Array.isArray(next.skipped)) next.skipped = boundNotes(next.skipped as SyncNote[]);
  if (Array.isArray(next.notices)) next.notices = boundNotes(next.notices as SyncNote[]);
  // A state that does not fit its schema throws here, aborting the whole transaction.
  const state = validate(syncStateSchema, 'sync state', next);
  await db.syncStates.put(markValidated([state])[0]!);
  return state;
}

function assertAllBelongTo(calendarKey: string, copies: readonly CalendarEventCopy[]): void {
  const stray = copies.find((copy) => copy.calendarKey !== calendarKey || copy.key !== eventKeyOf(calendarKey, copy.eventId));
  if (stray) throw new Error(`Event ${stray.key} does not belong to calendar ${calendarKey}`);
}

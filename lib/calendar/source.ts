import type { CalendarSourceKind } from '../model';

/**
 * One kind of calendar the extension syncs (Google Calendar, an ICS file, an ICS address...).
 * Each kind lives in its own folder under lib/calendar/ and is listed once in registry.ts; the
 * background starts them all, "Sync now" and the sync alarm sync them all, and "Remove calendar"
 * goes to the kind that owns the calendar.
 */
export interface CalendarSource<Handlers extends object = object> {
  readonly kind: CalendarSourceKind;
  /** The requests only this kind answers (sign-in, import...); the background registers them (lib/background). */
  readonly handlers: Handlers;
  /** Syncs every calendar of this kind that is still synced, then prunes what fell out of the window. Never rejects. */
  syncAll(): Promise<SyncSummary>;
  /** Stops syncing one calendar of this kind: its copies stay (kept, and removable later) or go with it. */
  remove(calendarKey: string, keepData: boolean): Promise<void>;
}

/** What a sync changed, for one calendar or many; errors are worded for the user. */
export interface SyncSummary {
  calendars: number;
  added: number;
  updated: number;
  removed: number;
  skipped: number;
  errors: string[];
}

export function emptySummary(): SyncSummary {
  return { calendars: 0, added: 0, updated: 0, removed: 0, skipped: 0, errors: [] };
}

/** Adds `part` into `total` (in place) and returns it. */
export function addToSummary(total: SyncSummary, part: Partial<SyncSummary>): SyncSummary {
  total.calendars += part.calendars ?? 0;
  total.added += part.added ?? 0;
  total.updated += part.updated ?? 0;
  total.removed += part.removed ?? 0;
  total.skipped += part.skipped ?? 0;
  total.errors.push(...(part.errors ?? []));
  return total;
}

import { toEventCopy } from '../event-copy';
import type { CalendarEventCopy, SyncState } from '../../model';

export type SkippedEvent = SyncState['skipped'][number];

export interface ReadPage {
  upserts: CalendarEventCopy[];
  /** Events now too broken to keep: their stale copy must not linger. */
  deletedEventIds: string[];
  /** Events Google reports cancelled; an id may be a whole series' (see EventPage.cancelledIds). */
  cancelledIds: string[];
  skipped: SkippedEvent[];
}

const MAX_ID = 1_024;
const MAX_REASON = 500;

/**
 * Sorts one page of untrusted API items into copies to store, ids to delete and skip reasons.
 * Each item is validated on its own: one bad event never costs the rest of its page.
 */
export function readEventPage(items: readonly unknown[], calendarKey: string): ReadPage {
  const upserts = new Map<string, CalendarEventCopy>();
  const deleted = new Set<string>();
  const cancelled = new Set<string>();
  const skipped: SkippedEvent[] = [];
  for (const raw of items) {
    const id = idOf(raw);
    if (id && (raw as { status?: unknown }).status === 'cancelled') {
      // Google sends deletions as bare `{ id, status: "cancelled" }`, without times: not a broken event.
      upserts.delete(id);
      cancelled.add(id);
      continue;
    }
    const result = toEventCopy(raw, calendarKey, 'google');
    if (result.ok) {
      deleted.delete(result.copy.eventId);
      cancelled.delete(result.copy.eventId);
      upserts.set(result.copy.eventId, result.copy);
      continue;
    }
    const eventId = (result.eventId || id || '(no id)').slice(0, MAX_ID);
    skipped.push({ eventId, reason: result.reason.slice(0, MAX_REASON) });
    if (id && !upserts.has(id)) deleted.add(id);
  }
  return { upserts: [...upserts.values()], deletedEventIds: [...deleted], cancelledIds: [...cancelled], skipped };
}

/** The skip list after a page: earlier reasons for events this page settled are dropped, new ones added. */
export function mergeSkipped(previous: readonly SkippedEvent[], page: ReadPage): SkippedEvent[] {
  const settled = new Set<string>([...page.upserts.map((copy) => copy.eventId), ...page.deletedEventIds, ...page.cancelledIds]);
  const fresh = new Set(page.skipped.map((entry) => entry.eventId));
  return [...previous.filter((entry) => !settled.has(entry.eventId) && !fresh.has(entry.eventId)), ...page.skipped];
}

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' && id.trim().length > 0 ? id.trim() : undefined;
}

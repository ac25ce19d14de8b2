import { toEventCopy } from '../event-copy';
import { MAX_SYNC_NOTE_LENGTH, type CalendarEventCopy, type SyncNote } from '../../model';

export type SkippedEvent = SyncNote;

export interface ReadPage {
  upserts: CalendarEventCopy[];
  /** Events now too broken to keep: their stale copy must not linger. */
  deletedEventIds: string[];
  /** Events Google reports cancelled; an id may be a whole series' (see EventPage.cancelledIds). */
  cancelledIds: string[];
  skipped: SkippedEvent[];
  /** Events kept with a field cut to fit, and what was cut. */
  notices: SyncNote[];
}

const MAX_ID = 1_024;

/**
 * Sorts one page of untrusted API items into copies to store, ids to delete and skip reasons.
 * Each item is validated on its own: one bad event never costs the rest of its page.
 */
export function readEventPage(items: readonly unknown[], calendarKey: string): ReadPage {
  const upserts = new Map<string, CalendarEventCopy>();
  const deleted = new Set<string>();
  const cancelled = new Set<string>();
  const skipped: SkippedEvent[] = [];
  const notices: SyncNote[] = [];
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
      for (const note of result.notes) notices.push(noteOn(result.copy.eventId, result.copy.event.summary, `it was kept, but ${note}`));
      continue;
    }
    const summary = (raw as { summary?: unknown } | null)?.summary;
    skipped.push(noteOn(result.eventId || id || '(no id)', typeof summary === 'string' ? summary : undefined, result.reason));
    if (id && !upserts.has(id)) deleted.add(id);
  }
  return { upserts: [...upserts.values()], deletedEventIds: [...deleted], cancelledIds: [...cancelled], skipped, notices };
}

/** A note the user reads: which event (by its title when it has one) and what happened to it. */
function noteOn(eventId: string, title: string | undefined, what: string): SyncNote {
  const named = title?.trim() ? `“${title.trim().slice(0, 80)}”: ${what}` : what;
  return { eventId: eventId.slice(0, MAX_ID), reason: named.length > MAX_SYNC_NOTE_LENGTH ? `${named.slice(0, MAX_SYNC_NOTE_LENGTH - 1)}…` : named };
}

/**
 * A list of notes after a page: earlier notes on events this page settled are dropped, `fresh` ones
 * added (for the skip list, `page.skipped`; for notices, `page.notices`).
 */
export function mergeNotes(previous: readonly SyncNote[], page: ReadPage, fresh: readonly SyncNote[]): SyncNote[] {
  const settled = new Set<string>([...page.upserts.map((copy) => copy.eventId), ...page.deletedEventIds, ...page.cancelledIds, ...page.skipped.map((entry) => entry.eventId)]);
  return [...previous.filter((entry) => !settled.has(entry.eventId)), ...fresh];
}

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' && id.trim().length > 0 ? id.trim() : undefined;
}

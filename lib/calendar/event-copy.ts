import { formatIssues } from '../db/validation';
import {
  calendarEventCopySchema,
  googleEventSchema,
  type CalendarEventCopy,
  type EventSource,
  type GoogleEvent,
} from '../model';
import { eventKeyOf } from './calendar-key';

export type EventCopyResult =
  | { ok: true; copy: CalendarEventCopy }
  | { ok: false; eventId: string; reason: string };

/**
 * Turns one untrusted API (or ICS-mapped) event into its local copy, or a reason to skip it.
 * One bad event never aborts its page: the caller records the reason and goes on.
 */
export function toEventCopy(raw: unknown, calendarKey: string, source: EventSource): EventCopyResult {
  const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : '';
  const parsed = googleEventSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = formatIssues(parsed.error)[0];
    return { ok: false, eventId: rawId, reason: issue ? `${issue.path || 'event'}: ${issue.message}` : 'invalid event' };
  }
  const event = parsed.data;
  const times = eventTimes(event);
  if (!times) return { ok: false, eventId: event.id, reason: 'has no valid start or end time' };
  const copy = calendarEventCopySchema.safeParse({
    key: eventKeyOf(calendarKey, event.id),
    calendarKey,
    source,
    eventId: event.id,
    seriesId: event.recurringEventId ?? event.id,
    ...times,
    event,
  });
  if (!copy.success) {
    const issue = formatIssues(copy.error)[0];
    return { ok: false, eventId: event.id, reason: issue ? `${issue.path}: ${issue.message}` : 'invalid event' };
  }
  return { ok: true, copy: copy.data };
}

/** Start and end in epoch ms; all-day events use midnight UTC of their dates. A missing end equals the start. */
export function eventTimes(event: GoogleEvent): { startMs: number; endMs: number; allDay: boolean } | undefined {
  const allDay = !event.start?.dateTime && Boolean(event.start?.date);
  const startMs = parseEventTime(event.start);
  if (startMs === undefined) return undefined;
  const endMs = parseEventTime(event.end) ?? startMs;
  if (endMs < startMs) return undefined;
  return { startMs, endMs, allDay };
}

function parseEventTime(time: GoogleEvent['start']): number | undefined {
  if (!time) return undefined;
  const text = time.dateTime ?? (time.date ? `${time.date}T00:00:00Z` : undefined);
  if (!text) return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

import { formatIssues } from '../model/validation';
import {
  calendarEventCopySchema,
  googleEventSchema,
  type CalendarEventCopy,
  type EventSource,
  type GoogleEvent,
} from '../model';
import { eventKeyOf } from './calendar-key';
import { fitEventToLimits } from './event-limits';

export type EventCopyResult =
  | { ok: true; copy: CalendarEventCopy; /** What was cut to fit, for the user. */ notes: string[] }
  | { ok: false; eventId: string; reason: string };

/**
 * Turns one untrusted API (or ICS-mapped) event into its local copy, or a reason to skip it,
 * worded for the user. An event Google accepted is kept where it can be, with a note for each field
 * cut to fit. One bad event never aborts its page: the caller records the reason and goes on.
 */
export function toEventCopy(raw: unknown, calendarKey: string, source: EventSource): EventCopyResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, eventId: '', reason: 'it is not an event at all' };
  const rawId = 'id' in raw ? String((raw as { id: unknown }).id) : '';
  const { event: fitted, notes } = fitEventToLimits(raw as Record<string, unknown>);
  const parsed = googleEventSchema.safeParse(fitted);
  if (!parsed.success) return { ok: false, eventId: rawId, reason: describeProblem(formatIssues(parsed.error)[0]?.path ?? '') };
  const event = parsed.data;
  const times = eventTimes(event);
  if (!times) {
    const reason = !event.start ? 'it has no start time' : parseEventTime(event.start) === undefined ? 'its start time is not a real date' : 'it ends before it starts';
    return { ok: false, eventId: event.id, reason };
  }
  const copy = calendarEventCopySchema.safeParse({
    key: eventKeyOf(calendarKey, event.id),
    calendarKey,
    source,
    eventId: event.id,
    seriesId: event.recurringEventId ?? event.id,
    ...times,
    event,
  });
  if (!copy.success) return { ok: false, eventId: event.id, reason: describeProblem(formatIssues(copy.error)[0]?.path ?? '') };
  return { ok: true, copy: copy.data, notes };
}

const FIELD_NAMES: Record<string, string> = {
  id: 'id',
  status: 'status',
  summary: 'title',
  description: 'description',
  location: 'location',
  start: 'start time',
  end: 'end time',
  originalStartTime: 'original start time',
  recurringEventId: 'series',
  organizer: 'organiser',
  creator: 'creator',
  conferenceData: 'call details',
  iCalUID: 'calendar identifier',
  updated: 'time of its last change',
};

/** "its start time could not be read", "the e-mail address of guest 3 could not be read": no schema paths. */
function describeProblem(path: string): string {
  const [field = '', index, part] = path.split('.');
  if (field === 'id' && !path.includes('.')) return 'it has no usable id';
  if (field === 'attendees') {
    const which = index === undefined ? 'its guest list' : `guest ${Number(index) + 1}`;
    return part === 'email' ? `the e-mail address of ${which} could not be read` : `${which} could not be read`;
  }
  if (field === 'event') return describeProblem(path.slice('event.'.length));
  return `its ${FIELD_NAMES[field] ?? 'details'} could not be read`;
}

/** Start and end in epoch ms; all-day events use midnight UTC of their dates. A missing end equals the start. */
function eventTimes(event: GoogleEvent): { startMs: number; endMs: number; allDay: boolean } | undefined {
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

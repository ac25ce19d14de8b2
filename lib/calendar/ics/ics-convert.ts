import type { CalendarEventCopy, CalendarSourceKind, Settings } from '../../model';
import { toEventCopy } from '../event-copy';
import { expandIcsEvents } from './ics-expand';
import { readIcs, type IcsCalendar, type IcsSkip } from './ics-reader';
import { isKnownTimeZone, runtimeTimeZone } from './zone-math';

const DAY_MS = 86_400_000;

export interface ConvertOptions {
  /** Which kind of ICS calendar the copies belong to. */
  source: Extract<CalendarSourceKind, 'ics-file' | 'ics-url'>;
  now: number;
  syncWindow: Settings['syncWindow'];
  selfEmail?: string;
  /** The user's zone, for floating times when the calendar names none (X-WR-TIMEZONE); the runtime's by default. */
  userTimeZone?: string;
}

export interface IcsConversion {
  /** The calendar's own name (X-WR-CALNAME), when it has one. */
  name?: string;
  copies: CalendarEventCopy[];
  skipped: IcsSkip[];
}

/**
 * Turns an iCalendar text into validated local event copies of `calendarKey` within the sync
 * window, plus the reasons for everything left out. Throws IcsFormatError when the file as a whole
 * is unusable. Pure: nothing is stored.
 */
export function convertIcsText(text: string, calendarKey: string, options: ConvertOptions): IcsConversion {
  return convertIcsCalendar(readIcs(text), calendarKey, options);
}

/** The same, for a calendar already read with `readIcs`. */
export function convertIcsCalendar(calendar: IcsCalendar, calendarKey: string, options: ConvertOptions): IcsConversion {
  const floatingZone = isKnownTimeZone(calendar.timeZone) ? calendar.timeZone : (options.userTimeZone ?? runtimeTimeZone());
  const expanded = expandIcsEvents(calendar, {
    windowStartMs: options.now - options.syncWindow.daysBack * DAY_MS,
    windowEndMs: options.now + options.syncWindow.daysAhead * DAY_MS,
    floatingZone,
    selfEmail: options.selfEmail?.trim().toLowerCase() || undefined,
  });
  const copies: CalendarEventCopy[] = [];
  const skipped = [...expanded.skipped];
  for (const event of expanded.events) {
    const result = toEventCopy(event, calendarKey, options.source);
    if (result.ok) copies.push(result.copy);
    else skipped.push({ eventId: result.eventId, reason: `"${event.summary ?? 'An untitled event'}": ${result.reason}` });
  }
  return {
    name: calendar.name,
    copies,
    skipped: skipped.map((skip) => ({ eventId: skip.eventId.slice(0, 1_024), reason: bounded(skip.reason, 500) })),
  };
}

function bounded(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

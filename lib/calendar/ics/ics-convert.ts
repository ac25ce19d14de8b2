import type { CalendarEventCopy, CalendarSourceKind, Settings } from '../../model';
import { toEventCopy } from '../event-copy';
import { expandIcsEvents } from './ics-expand';
import { readIcs, type IcsCalendar, type IcsSkip } from './ics-reader';
import { isKnownTimeZone, runtimeTimeZone } from './zone-math';
import { DAY_MS } from '../../time/units';


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
  /** What the user should know of what was kept: an unknown time zone (eventId ''), a field cut to fit. */
  notices: IcsSkip[];
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
  const unknownZones = new Set<string>();
  const expanded = expandIcsEvents(calendar, {
    windowStartMs: options.now - options.syncWindow.daysBack * DAY_MS,
    windowEndMs: options.now + options.syncWindow.daysAhead * DAY_MS,
    floatingZone,
    unknownZones,
    selfEmail: options.selfEmail?.trim().toLowerCase() || undefined,
  });
  const copies: CalendarEventCopy[] = [];
  const skipped = [...expanded.skipped];
  const notices: IcsSkip[] = [...unknownZones].map((zone) => ({
    eventId: '',
    reason: `The time zone “${zone}” is not one this browser knows, so times written in it were read as ${floatingZone} time.`,
  }));
  for (const event of expanded.events) {
    const result = toEventCopy(event, calendarKey, options.source);
    const title = `"${event.summary ?? 'An untitled event'}"`;
    if (result.ok) {
      copies.push(result.copy);
      notices.push(...result.notes.map((note) => ({ eventId: event.id, reason: `${title}: it was kept, but ${note}` })));
    } else {
      skipped.push({ eventId: result.eventId, reason: `${title}: ${result.reason}` });
    }
  }
  const bound = (notes: IcsSkip[]) => notes.map((note) => ({ eventId: note.eventId.slice(0, 1_024), reason: bounded(note.reason, 500) }));
  return { name: calendar.name, copies, skipped: bound(skipped), notices: bound(notices) };
}

function bounded(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

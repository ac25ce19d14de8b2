import { addDays, compactUtc, formatDate, formatDateTimeInZone, formatUtc, isoWeekday, wallTimeAt, wallTimeToMs } from './time';
import type { ApiEvent, ApiEventDateTime } from './types';

/**
 * Relative times in data files, so a sample calendar is always "around now":
 *
 *   "@+3d"             the date 3 days after today            (for `date` fields)
 *   "@-2d 14:30"       14:30 local time, 2 days ago           (for `dateTime` fields)
 *   "@-26w tue 10:00"  10:00 on the Tuesday 26 weeks before this week (weeks start on Monday)
 *   "@0w fri"          this week's Friday
 *
 * "Today" and local times are read in the event's time zone (start.timeZone, else the calendar's).
 * `created`/`updated` accept the same notation, and `UNTIL=@+4w sun` inside an RRULE ends the
 * series on that day. Absolute values pass through untouched.
 */
const RELATIVE = /^@\s*([+-]?\d+)\s*([dw])\s*(?:(mon|tue|wed|thu|fri|sat|sun)\s*)?(?:(\d{1,2}):(\d{2}))?$/i;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export class RelativeTimeError extends Error {}

interface ResolvedRelative {
  date: { year: number; month: number; day: number };
  time?: { hour: number; minute: number };
}

function parseRelative(value: string, anchorMs: number, timeZone: string): ResolvedRelative | undefined {
  if (!value.startsWith('@')) return undefined;
  const match = RELATIVE.exec(value.trim());
  if (!match) throw new RelativeTimeError(`Unreadable relative time "${value}" (expected e.g. "@-3d 10:00" or "@+2w tue 09:30")`);
  const amount = Number(match[1]);
  const unit = match[2]?.toLowerCase();
  const weekday = match[3]?.toLowerCase();
  const today = wallTimeAt(anchorMs, timeZone);
  let date;
  if (unit === 'd') {
    if (weekday) throw new RelativeTimeError(`"${value}": a weekday goes with weeks ("@-2w ${weekday}"), not days`);
    date = addDays(today, amount);
  } else {
    const monday = addDays(today, 1 - isoWeekday(today));
    const weekdayOffset = weekday ? WEEKDAYS.indexOf(weekday) : isoWeekday(today) - 1;
    date = addDays(monday, amount * 7 + weekdayOffset);
  }
  if (match[4] === undefined) return { date };
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  if (hour > 23 || minute > 59) throw new RelativeTimeError(`"${value}": no such time of day`);
  return { date, time: { hour, minute } };
}

function resolveDateTime(time: ApiEventDateTime, anchorMs: number, timeZone: string): ApiEventDateTime {
  const zone = time.timeZone ?? timeZone;
  const resolved: ApiEventDateTime = { ...time };
  if (time.date) {
    const relative = parseRelative(time.date, anchorMs, zone);
    if (relative?.time) throw new RelativeTimeError(`"${time.date}": an all-day date cannot have a time of day`);
    if (relative) resolved.date = formatDate(relative.date);
  }
  if (time.dateTime) {
    const relative = parseRelative(time.dateTime, anchorMs, zone);
    if (relative && !relative.time) throw new RelativeTimeError(`"${time.dateTime}": a dateTime needs a time of day, e.g. "@+1d 09:00"`);
    if (relative?.time) resolved.dateTime = formatDateTimeInZone(wallTimeToMs({ ...relative.date, ...relative.time, second: 0 }, zone), zone);
  }
  return resolved;
}

function resolveInstant(value: string | null | undefined, anchorMs: number, timeZone: string): string | null | undefined {
  if (!value) return value;
  const relative = parseRelative(value, anchorMs, timeZone);
  if (!relative) return value;
  return formatUtc(wallTimeToMs({ ...relative.date, ...(relative.time ?? { hour: 0, minute: 0 }), second: 0 }, timeZone));
}

function resolveUntil(line: string, anchorMs: number, timeZone: string, allDay: boolean): string {
  return line.replace(/UNTIL=(@[^;]+)/i, (_whole, relativeText: string) => {
    const relative = parseRelative(relativeText, anchorMs, timeZone);
    if (!relative) return `UNTIL=${relativeText}`;
    if (allDay) return `UNTIL=${formatDate(relative.date).replace(/-/g, '')}`;
    const endOfDay = wallTimeToMs({ ...relative.date, hour: 23, minute: 59, second: 59 }, timeZone);
    return `UNTIL=${compactUtc(endOfDay)}`;
  });
}

/** Returns a copy of the event with every relative time made absolute. */
export function resolveRelativeTimes(event: ApiEvent, anchorMs: number, calendarTimeZone: string): ApiEvent {
  const zone = event.start?.timeZone ?? calendarTimeZone;
  const resolved: ApiEvent = { ...event };
  if (event.start) resolved.start = resolveDateTime(event.start, anchorMs, zone);
  if (event.end) resolved.end = resolveDateTime(event.end, anchorMs, event.end.timeZone ?? zone);
  if (event.originalStartTime) resolved.originalStartTime = resolveDateTime(event.originalStartTime, anchorMs, zone);
  if (event.created) resolved.created = resolveInstant(event.created, anchorMs, zone);
  if (event.updated) resolved.updated = resolveInstant(event.updated, anchorMs, zone);
  if (event.recurrence) resolved.recurrence = event.recurrence.map((line) => resolveUntil(line, anchorMs, zone, Boolean(event.start?.date)));
  return resolved;
}

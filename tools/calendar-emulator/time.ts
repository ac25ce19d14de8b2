/**
 * Time arithmetic the emulator needs without a date library: RFC 3339 parsing, wall-clock time in
 * an IANA zone (for all-day events, recurrence expansion and offsets in responses), and Google's
 * compact instance-id timestamps. Zone offsets come from Intl, so DST follows the host's tz data.
 */

const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** Google requires an explicit offset on timeMin/timeMax/updatedMin; a bare local time is a 400. */
const RFC3339_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Epoch ms of an RFC 3339 timestamp that carries an offset, or undefined when it is not one. */
export function parseRfc3339(value: string): number | undefined {
  if (!RFC3339_WITH_OFFSET.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export function parseDateOnly(value: string): { year: number; month: number; day: number } | undefined {
  const match = DATE_ONLY.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatterCache.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatterCache.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    zoneFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function intlOffsetMs(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of zoneFormatter(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(parts['year'] ?? 1970, (parts['month'] ?? 1) - 1, parts['day'] ?? 1, parts['hour'] ?? 0, parts['minute'] ?? 0, parts['second'] ?? 0);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * Intl is slow (microseconds per call) and a 10,000-event calendar needs hundreds of thousands of
 * conversions, so offsets are cached per UTC day, or per quarter hour on a day with a transition
 * (zones change offset on quarter-hour boundaries).
 */
const QUARTER_HOUR_MS = 900_000;
const offsetCache = new Map<string, number>();

function cachedOffset(key: string, compute: () => number): number {
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    if (offsetCache.size > 500_000) offsetCache.clear();
    offset = compute();
    offsetCache.set(key, offset);
  }
  return offset;
}

/** Offset of `timeZone` from UTC at the instant `ms`, in ms (positive east of Greenwich). */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const dayStart = Math.floor(ms / DAY_MS) * DAY_MS;
  const atDayStart = cachedOffset(`${timeZone}|d${dayStart}`, () => intlOffsetMs(dayStart, timeZone));
  const atDayEnd = cachedOffset(`${timeZone}|d${dayStart + DAY_MS}`, () => intlOffsetMs(dayStart + DAY_MS, timeZone));
  if (atDayStart === atDayEnd) return atDayStart;
  const quarter = Math.floor(ms / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  return cachedOffset(`${timeZone}|q${quarter}`, () => intlOffsetMs(quarter, timeZone));
}

/** The wall-clock reading in `timeZone` at the instant `ms`. */
export function wallTimeAt(ms: number, timeZone: string): WallTime {
  const shifted = new Date(ms + zoneOffsetMs(ms, timeZone));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

function wallTimeAsUtcMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/**
 * The instant at which clocks in `timeZone` read `wall`. A wall time skipped by a DST jump is read
 * with the offset in force before the jump (02:30 on a 02:00→03:00 night gives 03:30); a time that
 * occurs twice resolves to the earlier instant.
 */
export function wallTimeToMs(wall: WallTime, timeZone: string): number {
  const naive = wallTimeAsUtcMs(wall);
  // The offsets half a day either side cover both sides of any transition near this wall time.
  const beforeTransition = naive - zoneOffsetMs(naive - DAY_MS / 2, timeZone);
  const afterTransition = naive - zoneOffsetMs(naive + DAY_MS / 2, timeZone);
  const valid = [beforeTransition, afterTransition].filter((ms) => wallTimeAsUtcMs(wallTimeAt(ms, timeZone)) === naive);
  return valid.length > 0 ? Math.min(...valid) : beforeTransition;
}

/** Midnight at the start of a calendar date in `timeZone`. */
function startOfDateMs(date: string, timeZone: string): number | undefined {
  const parsed = parseDateOnly(date);
  if (!parsed) return undefined;
  return wallTimeToMs({ ...parsed, hour: 0, minute: 0, second: 0 }, timeZone);
}

/**
 * Epoch ms of an Event's start/end. Timed values carry an offset in Google's responses; a local
 * value without one is read in the event's own zone, as Google does on insert.
 */
export function eventTimeToMs(
  time: { date?: string | null; dateTime?: string | null; timeZone?: string | null } | undefined | null,
  fallbackTimeZone: string,
): number | undefined {
  if (!time) return undefined;
  if (time.dateTime) {
    const withOffset = parseRfc3339(time.dateTime);
    if (withOffset !== undefined) return withOffset;
    const local = LOCAL_DATE_TIME.exec(time.dateTime);
    if (!local) return undefined;
    const wall: WallTime = {
      year: Number(local[1]),
      month: Number(local[2]),
      day: Number(local[3]),
      hour: Number(local[4]),
      minute: Number(local[5]),
      second: Number(local[6] ?? 0),
    };
    return wallTimeToMs(wall, time.timeZone ?? fallbackTimeZone);
  }
  if (time.date) return startOfDateMs(time.date, fallbackTimeZone);
  return undefined;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function formatDate(wall: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** `2024-03-05T10:00:00+01:00`: how Google writes a timed start/end in the event's zone. */
export function formatDateTimeInZone(ms: number, timeZone: string): string {
  const wall = wallTimeAt(ms, timeZone);
  const offsetMinutes = Math.round(zoneOffsetMs(ms, timeZone) / MINUTE_MS);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const offset = offsetMinutes === 0 ? 'Z' : `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
  return `${formatDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${offset}`;
}

/** `2024-03-05T09:00:00.000Z`: the format of `updated` and `created`. */
export function formatUtc(ms: number): string {
  return new Date(ms).toISOString();
}

/** `20240305T090000Z`, the suffix Google appends to a series id to name one timed instance. */
export function compactUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Adds whole days to a date, on the calendar rather than the clock (immune to DST). */
export function addDays(date: Pick<WallTime, 'year' | 'month' | 'day'>, days: number) {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: Pick<WallTime, 'year' | 'month' | 'day'>): number {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

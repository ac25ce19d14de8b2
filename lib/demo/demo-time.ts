import type { DemoSeries } from './demo-story';
import { MINUTE_MS } from '../time/units';

/**
 * Calendar arithmetic in the browser's own time zone, so the sample meetings sit at sensible local
 * hours wherever the user is (and across daylight-saving changes).
 */
export function addDays(date: Date, days: number): Date {
  const moved = new Date(date);
  moved.setDate(moved.getDate() + days);
  return moved;
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * MINUTE_MS);
}

export function atLocalTime(date: Date, [hour, minute]: readonly [number, number]): Date {
  const result = new Date(date);
  result.setHours(hour, minute, 0, 0);
  return result;
}

export function earliest(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((date) => date.getTime())));
}

function isWeekend(date: Date): boolean {
  return date.getDay() === 0 || date.getDay() === 6;
}

/** Moves a weekend day to the nearest working day in `direction` (-1: the Friday before, 1: the Monday after). */
export function toWorkingDay(date: Date, direction: -1 | 1): Date {
  let result = date;
  while (isWeekend(result)) result = addDays(result, direction);
  return result;
}

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

/** YYYY-MM-DD of the local day. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** RFC 3339 with the local offset, as Google writes event times (2026-11-25T15:00:00+01:00). */
export function localDateTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${zone}`;
}

/** The UTC stamp Google appends to a recurring event's id for one occurrence (20261125T140000Z). */
export function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Slots for the meeting that must start within a day of now, earliest first. */
const SOON_SLOTS: readonly (readonly [number, number])[] = [
  [9, 0],
  [11, 30],
  [14, 0],
  [16, 30],
];
/** Far enough ahead that "starting soon" has not fired yet when the sample is loaded. */
const SOON_LEAD_MINUTES = 45;

/** The first slot today or tomorrow at least SOON_LEAD_MINUTES ahead: always within 24 hours. */
export function soonestSlot(now: Date): Date {
  const earliestStart = addMinutes(now, SOON_LEAD_MINUTES);
  for (const day of [now, addDays(now, 1)]) {
    for (const slot of SOON_SLOTS) {
      const start = atLocalTime(day, slot);
      if (start >= earliestStart) return start;
    }
  }
  throw new Error('unreachable: tomorrow always has a slot');
}

export interface Occurrence {
  start: Date;
  /** Where the series had it before it was moved: the start that names the occurrence. */
  originalStart: Date;
}

export interface SeriesDates {
  /** Starts of the series' past meetings, oldest first. */
  past: Date[];
  /** The meetings from now until `aheadDays` (always at least one). */
  upcoming: Occurrence[];
}

/** Lays a series out around now: `pastCount` meetings every `cadenceDays` up to the last one, and the ones after. */
export function seriesDates(now: Date, series: DemoSeries, cadenceDays: number, pastCount: number, aheadDays: number): SeriesDates {
  const last = atLocalTime(toWorkingDay(addDays(now, -series.lastMeetingDaysAgo), -1), series.at);
  const past = Array.from({ length: pastCount }, (_, index) => addDays(last, -(pastCount - 1 - index) * cadenceDays));
  const horizon = addDays(now, aheadDays);
  const upcoming: Occurrence[] = [];
  for (let next = addDays(last, cadenceDays); upcoming.length === 0 || next <= horizon; next = addDays(next, cadenceDays)) {
    upcoming.push({ start: next, originalStart: next });
  }
  if (series.nextMovedToWithinADay) upcoming[0]!.start = soonestSlot(now);
  return { past, upcoming };
}

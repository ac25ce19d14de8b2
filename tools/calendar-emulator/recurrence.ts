import ICAL from 'ical.js';
import type { ApiEvent, ApiEventDateTime } from './types';
import {
  addDays,
  compactUtc,
  DAY_MS,
  eventTimeToMs,
  formatDate,
  formatDateTimeInZone,
  parseDateOnly,
  wallTimeAt,
  wallTimeToMs,
  type WallTime,
} from './time';

/** One occurrence of a series, ready to become a stored instance. */
export interface Occurrence {
  /** `${masterId}_20240305T090000Z` (timed) or `${masterId}_20240305` (all-day), as Google names instances. */
  id: string;
  originalStartTime: ApiEventDateTime;
  start: ApiEventDateTime;
  end: ApiEventDateTime;
}

/** Google expands unbounded series lazily; the emulator stops them at a horizon, and any series at a count. */
export interface ExpansionLimits {
  horizonMs: number;
  maxInstances: number;
}

export class RecurrenceError extends Error {}

const UNTIL_PATTERN = /;?UNTIL=([0-9TZ]+)/i;

function parseIcalStamp(value: string, timeZone: string): { ms: number; dateOnly: boolean } {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/i.exec(value);
  if (!match) throw new RecurrenceError(`Unreadable recurrence date "${value}"`);
  const wall: WallTime = {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: Number(match[4] ?? 0),
    minute: Number(match[5] ?? 0),
    second: Number(match[6] ?? 0),
  };
  if (match[4] === undefined) return { ms: wallTimeToMs(wall, timeZone), dateOnly: true };
  if (match[7]) return { ms: Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second), dateOnly: false };
  return { ms: wallTimeToMs(wall, timeZone), dateOnly: false };
}

/** EXDATE/RDATE lines: `EXDATE;TZID=Europe/London:20240305T100000,20240312T100000` or `EXDATE;VALUE=DATE:20240305`. */
function parseDateList(line: string, defaultTimeZone: string): { ms: number; dateOnly: boolean }[] {
  const colon = line.indexOf(':');
  const head = line.slice(0, colon);
  const zone = /TZID=([^;:]+)/i.exec(head)?.[1] ?? defaultTimeZone;
  return line
    .slice(colon + 1)
    .split(',')
    .filter((value) => value.length > 0)
    .map((value) => parseIcalStamp(value.trim(), zone));
}

/**
 * Expands a series master into its occurrences. Supports what Google writes into `recurrence`:
 * RRULE (any FREQ/BY* ical.js understands, COUNT, UNTIL), EXDATE and RDATE. Occurrences are
 * computed in wall-clock time of the event's zone, so a weekly 10:00 meeting stays at 10:00
 * across DST changes, as in Google Calendar.
 */
export function expandRecurrence(master: ApiEvent, calendarTimeZone: string, limits: ExpansionLimits): Occurrence[] {
  const masterId = master.id;
  if (!masterId) throw new RecurrenceError('A recurring event needs an id');
  const timeZone = master.start?.timeZone ?? calendarTimeZone;
  const allDay = Boolean(master.start?.date);
  const startMs = eventTimeToMs(master.start, timeZone);
  const endMs = eventTimeToMs(master.end, timeZone);
  if (startMs === undefined || endMs === undefined) throw new RecurrenceError(`Series ${masterId} needs a start and an end`);

  const startDate = allDay ? parseDateOnly(master.start?.date ?? '') : undefined;
  const endDate = allDay ? parseDateOnly(master.end?.date ?? '') : undefined;
  const lengthInDays =
    startDate && endDate ? Math.round((Date.UTC(endDate.year, endDate.month - 1, endDate.day) - Date.UTC(startDate.year, startDate.month - 1, startDate.day)) / DAY_MS) : 0;
  const durationMs = endMs - startMs;
  const firstWall = allDay && startDate ? { ...startDate, hour: 0, minute: 0, second: 0 } : wallTimeAt(startMs, timeZone);

  const starts = new Map<number, WallTime>();
  const excluded: { ms: number; dateOnly: boolean }[] = [];
  for (const line of master.recurrence ?? []) {
    const upper = line.toUpperCase();
    if (upper.startsWith('RRULE:')) {
      for (const wall of expandRule(line.slice('RRULE:'.length), firstWall, allDay, timeZone, limits)) {
        starts.set(wallTimeToMs(wall, timeZone), wall);
      }
    } else if (upper.startsWith('EXDATE')) {
      excluded.push(...parseDateList(line, timeZone));
    } else if (upper.startsWith('RDATE')) {
      for (const extra of parseDateList(line, timeZone)) {
        const wall = wallTimeAt(extra.ms, timeZone);
        const atTime = extra.dateOnly && !allDay ? { ...wall, hour: firstWall.hour, minute: firstWall.minute, second: firstWall.second } : wall;
        starts.set(wallTimeToMs(atTime, timeZone), atTime);
      }
    } else {
      throw new RecurrenceError(`Unsupported recurrence line "${line}"`);
    }
  }
  // RFC 5545: DTSTART is always the first occurrence, whether or not the rule matches it.
  if (!starts.has(startMs)) starts.set(startMs, firstWall);

  const isExcluded = (ms: number, wall: WallTime) =>
    excluded.some((exclusion) =>
      exclusion.dateOnly ? formatDate(wallTimeAt(exclusion.ms, timeZone)) === formatDate(wall) : exclusion.ms === ms,
    );

  return [...starts.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([ms, wall]) => !isExcluded(ms, wall))
    .slice(0, limits.maxInstances)
    .map(([ms, wall]) => {
      if (allDay) {
        const date = formatDate(wall);
        return {
          id: `${masterId}_${date.replace(/-/g, '')}`,
          originalStartTime: { date },
          start: { date },
          end: { date: formatDate(addDays(wall, lengthInDays)) },
        };
      }
      const zoneField = master.start?.timeZone ? { timeZone: master.start.timeZone } : {};
      const endZoneField = master.end?.timeZone ? { timeZone: master.end.timeZone } : zoneField;
      const start = { dateTime: formatDateTimeInZone(ms, timeZone), ...zoneField };
      return {
        id: `${masterId}_${compactUtc(ms)}`,
        originalStartTime: start,
        start,
        end: { dateTime: formatDateTimeInZone(ms + durationMs, timeZone), ...endZoneField },
      };
    });
}

function expandRule(rule: string, firstWall: WallTime, allDay: boolean, timeZone: string, limits: ExpansionLimits): WallTime[] {
  // ical.js compares UNTIL against floating local times, which is off by the zone offset; the
  // emulator applies UNTIL itself, in real instants.
  const until = UNTIL_PATTERN.exec(rule)?.[1];
  const untilMs = until === undefined ? Number.POSITIVE_INFINITY : untilInstant(until, timeZone);
  const ruleWithoutUntil = rule.replace(UNTIL_PATTERN, '').replace(/^;/, '');
  let recur: InstanceType<typeof ICAL.Recur>;
  try {
    recur = ICAL.Recur.fromString(ruleWithoutUntil);
  } catch (error) {
    throw new RecurrenceError(`Unreadable RRULE "${rule}": ${(error as Error).message}`);
  }
  // Only an unbounded series needs the horizon; COUNT/UNTIL series are expanded in full.
  const horizonMs = recur.count || until !== undefined ? Number.POSITIVE_INFINITY : limits.horizonMs;
  const iterator = recur.iterator(ICAL.Time.fromData({ ...firstWall, isDate: allDay }));
  const walls: WallTime[] = [];
  for (let next = iterator.next(); next; next = iterator.next()) {
    const wall: WallTime = { year: next.year, month: next.month, day: next.day, hour: next.hour, minute: next.minute, second: next.second };
    const ms = wallTimeToMs(wall, timeZone);
    if (ms > untilMs || ms > horizonMs || walls.length >= limits.maxInstances) break;
    walls.push(wall);
  }
  return walls;
}

/** A date-only UNTIL includes that whole local day; a date-time UNTIL is inclusive. */
function untilInstant(until: string, timeZone: string): number {
  const parsed = parseIcalStamp(until, timeZone);
  return parsed.dateOnly ? parsed.ms + DAY_MS - 1 : parsed.ms;
}

import { DAY_MS, MINUTE_MS } from '../../time/units';
/**
 * Wall-clock ↔ UTC arithmetic for IANA time zones through Intl, for the times ical.js cannot place:
 * floating times and TZIDs that the file names but does not define in a VTIMEZONE.
 */

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const validity = new Map<string, boolean>();

/** True for a zone name the runtime's Intl knows (IANA names such as "Europe/Berlin", "UTC"). */
export function isKnownTimeZone(name: string | undefined): name is string {
  if (!name) return false;
  let known = validity.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    validity.set(name, known);
  }
  return known;
}

/** The runtime's own zone: floating times mean "wherever the user is". */
export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC (ms, east positive) at the instant `utcMs`. */
function zoneOffsetMs(utcMs: number, zone: string): number {
  const parts = formatterFor(zone).formatToParts(new Date(utcMs));
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}


/**
 * The instant at which `zone`'s clocks show `wall`, following RFC 5545 §3.3.5: a time shown twice
 * (autumn) is its first occurrence; a time skipped (spring) uses the offset from before the gap,
 * so it lands just after it.
 */
export function wallClockToUtc(wall: WallClock, zone: string): { utcMs: number; offsetMs: number } {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const offsetBefore = zoneOffsetMs(asUtc - DAY_MS, zone);
  const offsetAfter = zoneOffsetMs(asUtc + DAY_MS, zone);
  const matching = [offsetBefore, offsetAfter]
    .map((offsetMs) => ({ utcMs: asUtc - offsetMs, offsetMs }))
    .filter((candidate) => zoneOffsetMs(candidate.utcMs, zone) === candidate.offsetMs)
    .sort((a, b) => a.utcMs - b.utcMs);
  const first = matching[0];
  if (first) return first;
  const utcMs = asUtc - offsetBefore;
  return { utcMs, offsetMs: zoneOffsetMs(utcMs, zone) };
}

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

/** "2026-03-30T10:00:00+02:00" (or "...Z" at offset zero): the instant written in the event's own zone. */
export function isoWithOffset(utcMs: number, offsetMs: number): string {
  const wall = new Date(utcMs + offsetMs);
  const date = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  if (offsetMs === 0) return `${date}T${time}Z`;
  const minutes = Math.round(Math.abs(offsetMs) / MINUTE_MS);
  const sign = offsetMs < 0 ? '-' : '+';
  return `${date}T${time}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "20260330T080000Z": a UTC instant in the compact form Google uses in instance ids. */
export function compactUtc(utcMs: number): string {
  return new Date(utcMs).toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

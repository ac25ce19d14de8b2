import { MINUTE_MS } from '../../lib/time/units';
/** Dates and times in the user's own locale and time zone. */
const dayTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const timeOnly = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayOnly = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export function formatSessionTime(startIso: string, endIso: string): string {
  return `${dayTime.format(new Date(startIso))} – ${timeOnly.format(new Date(endIso))}`;
}

export function formatTime(ms: number): string {
  return timeOnly.format(new Date(ms));
}

export function formatDateTime(iso: string): string {
  return dayTime.format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD) read as a local day, not midnight UTC. */
export function formatDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return dayOnly.format(new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

export function formatDayOf(iso: string): string {
  return dayOnly.format(new Date(iso));
}

/** "in 3 days", "in 20 minutes", "tomorrow". */
export function formatRelative(targetMs: number, nowMs: number): string {
  const minutes = Math.round((targetMs - nowMs) / MINUTE_MS);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
  return relative.format(Math.round(hours / 24), 'day');
}

export { sessionStatusLabels as statusLabels } from '../../lib/pairings/pairing-labels';

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

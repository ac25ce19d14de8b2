import { DAY_MS, MINUTE_MS } from '../time/units';
/** A session counts as current from this long before its start until its end. */
export const CURRENT_SESSION_LEAD_MS = 15 * MINUTE_MS;


export function toMs(time: number | Date): number {
  return typeof time === 'number' ? time : time.getTime();
}

/** The local calendar day of `ms` as YYYY-MM-DD (due dates are local days, not UTC days). */
export function localDateKey(ms: number): string {
  const date = new Date(ms);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Whole local calendar days from `fromMs` to `toMs` (yesterday evening to this morning is 1 day). */
export function calendarDaysBetween(fromMs: number, toMs: number): number {
  const from = new Date(fromMs);
  const to = new Date(toMs);
  const fromMidnight = new Date(from.getFullYear(), from.getMonth(), from.getDate()).getTime();
  const toMidnight = new Date(to.getFullYear(), to.getMonth(), to.getDate()).getTime();
  // Rounding absorbs the 23- and 25-hour days of daylight-saving changes.
  return Math.round((toMidnight - fromMidnight) / DAY_MS);
}

/** Stored times are ISO strings with offsets; compare them as instants, never as strings. */
export function instant(iso: string): number {
  return Date.parse(iso);
}

import type { EventSource } from '../model';

/** One key per calendar, whatever its source, so events of different calendars never collide. */
export function calendarKeyOf(source: EventSource, calendarId: string): string {
  return `${source}:${calendarId}`;
}

export function eventKeyOf(calendarKey: string, eventId: string): string {
  return `${calendarKey}|${eventId}`;
}

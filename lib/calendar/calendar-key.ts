import type { EventSource } from '../model';

/**
 * ICS files and addresses were one source, `ics`, when sessions first stored their events' keys:
 * both kinds keep that prefix, so those keys still name their events. New kinds use their own name.
 */
const KEY_PREFIXES: Partial<Record<EventSource, string>> = { 'ics-file': 'ics', 'ics-url': 'ics' };

/** One key per calendar, whatever its source, so events of different calendars never collide. */
export function calendarKeyOf(source: EventSource, calendarId: string): string {
  return `${KEY_PREFIXES[source] ?? source}:${calendarId}`;
}

export function eventKeyOf(calendarKey: string, eventId: string): string {
  return `${calendarKey}|${eventId}`;
}

import type { calendar_v3 } from '@googleapis/calendar';

/** Events travel in exactly the wire shape Google's own client library declares. */
export type ApiEvent = calendar_v3.Schema$Event;
export type ApiEventDateTime = calendar_v3.Schema$EventDateTime;
export type ApiEvents = calendar_v3.Schema$Events;
export type ApiCalendarListEntry = calendar_v3.Schema$CalendarListEntry;
export type ApiCalendarList = calendar_v3.Schema$CalendarList;

export type AccessRole = 'freeBusyReader' | 'reader' | 'writer' | 'owner';

/** One calendar of the emulated account, as written in a data file or passed to `load`. */
export interface CalendarDefinition {
  id: string;
  summary: string;
  description?: string;
  timeZone: string;
  primary?: boolean;
  accessRole?: AccessRole;
  backgroundColor?: string;
  foregroundColor?: string;
  colorId?: string;
  defaultReminders?: { method: string; minutes: number }[];
}

/**
 * The data-file format: calendars, and per calendar id the events in Google's API shape. Events may
 * be series masters (with `recurrence`), which the emulator expands into instances, and instance
 * overrides (`recurringEventId` + `originalStartTime`) that move or cancel one occurrence.
 * Times may be relative (`@+3d 10:00`, see relative-time.ts).
 */
export interface EmulatorData {
  calendars: CalendarDefinition[];
  events?: Record<string, ApiEvent[]>;
}

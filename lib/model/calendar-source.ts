import { z } from './common';

/**
 * Every kind of calendar source, written once, with the name the user sees for it. The schemas of
 * event copies, sync states and the settings derive from this list; lib/calendar/registry.ts maps
 * each kind to its implementation (TypeScript refuses a kind without one). An ICS file and an ICS
 * address are different kinds: one is imported once, the other polled.
 */
export const calendarSourceNames = {
  google: 'Google Calendar',
  'ics-file': 'Calendar file',
  'ics-url': 'iCal address',
} as const;

export type CalendarSourceKind = keyof typeof calendarSourceNames;

export const calendarSourceKinds = Object.keys(calendarSourceNames) as [CalendarSourceKind, ...CalendarSourceKind[]];

/** Where an event copy (or a sync state) came from: a calendar source, or the sample data. */
export const eventSourceSchema = z.enum([...calendarSourceKinds, 'demo']);

export type EventSource = z.infer<typeof eventSourceSchema>;

import { z } from 'zod';
import type { calendar_v3 } from '@googleapis/calendar';
import { idSchema, isoDateTimeSchema } from './common';

/**
 * The subset of a Google Calendar API v3 Event that the product reads. ICS events are mapped to this
 * same shape, so detection never cares where an event came from. Unknown fields are dropped, and
 * every text is bounded: calendar text is untrusted and only ever rendered as text.
 */
export const MAX_DESCRIPTION_LENGTH = 8_000;
const calendarText = (max: number) => z.string().transform((text) => (text.length > max ? text.slice(0, max) : text));

const eventTimeSchema = z.object({
  date: z.iso.date().optional(),
  dateTime: isoDateTimeSchema.optional(),
  timeZone: z.string().max(100).optional(),
});

const eventPersonSchema = z.object({
  email: z.string().max(320).optional(),
  displayName: calendarText(300).optional(),
  self: z.boolean().optional(),
  organizer: z.boolean().optional(),
  resource: z.boolean().optional(),
  optional: z.boolean().optional(),
  responseStatus: z.enum(['needsAction', 'declined', 'tentative', 'accepted']).optional(),
});

export const googleEventSchema = z.object({
  id: idSchema,
  status: z.enum(['confirmed', 'tentative', 'cancelled']).optional(),
  summary: calendarText(1_000).optional(),
  description: calendarText(MAX_DESCRIPTION_LENGTH).optional(),
  location: calendarText(1_000).optional(),
  htmlLink: z.string().max(2_000).optional(),
  hangoutLink: z.string().max(2_000).optional(),
  iCalUID: z.string().max(1_024).optional(),
  recurringEventId: z.string().max(1_024).optional(),
  originalStartTime: eventTimeSchema.optional(),
  updated: z.string().max(64).optional(),
  start: eventTimeSchema.optional(),
  end: eventTimeSchema.optional(),
  organizer: eventPersonSchema.optional(),
  creator: eventPersonSchema.optional(),
  attendees: z.array(eventPersonSchema).max(500).optional(),
});

export const eventSourceSchema = z.enum(['google', 'ics', 'demo']);

/** The local copy of one calendar event, keyed by calendar and event id. */
export const calendarEventCopySchema = z
  .object({
    /** `${calendarKey}|${event.id}`: unique across calendars. */
    key: idSchema,
    calendarKey: idSchema,
    source: eventSourceSchema,
    eventId: idSchema,
    /** The recurring series id, or the event's own id for a one-off event. */
    seriesId: idSchema,
    /** Start and end in epoch milliseconds (all-day events: midnight UTC of their dates). */
    startMs: z.number().int(),
    endMs: z.number().int(),
    allDay: z.boolean(),
    event: googleEventSchema,
  })
  .refine((copy) => copy.endMs >= copy.startMs, { path: ['endMs'], message: 'ends before it starts' });

export type GoogleEvent = z.infer<typeof googleEventSchema>;
export type EventSource = z.infer<typeof eventSourceSchema>;
export type CalendarEventCopy = z.infer<typeof calendarEventCopySchema>;
/** The wire type as Google's own client library declares it. */
export type ApiEvent = calendar_v3.Schema$Event;

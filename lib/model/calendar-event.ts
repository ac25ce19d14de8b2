import type { calendar_v3 } from '@googleapis/calendar';
import { eventSourceSchema } from './calendar-source';
import { idSchema, isoDateTimeSchema, z } from './common';

/**
 * The subset of a Google Calendar API v3 Event that the product reads. ICS events are mapped to this
 * same shape, so detection never cares where an event came from. Unknown fields are dropped, and
 * every text is bounded: calendar text is untrusted and only ever rendered as text.
 */
export const MAX_DESCRIPTION_LENGTH = 8_000;
/** Guests kept per event (the user and the organiser first); Google allows more on big events. */
export const MAX_ATTENDEES = 500;
/** Links longer than this are left out: a link cut short would lead somewhere else. */
export const MAX_LINK_LENGTH = 2_000;
/** Google's own bound for a conference entry point's uri. */
export const MAX_ENTRY_POINT_URI_LENGTH = 1_300;
export const MAX_ENTRY_POINTS = 50;

/** Over-long calendar text is cut rather than refused: one huge description must not lose the event. */
const calendarText = (max: number) =>
  z.pipe(
    z.string(),
    z.transform((text: string) => (text.length > max ? text.slice(0, max) : text)),
  );
const bounded = (max: number) => z.string().check(z.maxLength(max));

const eventTimeSchema = z.object({
  date: z.optional(z.iso.date()),
  dateTime: z.optional(isoDateTimeSchema),
  timeZone: z.optional(bounded(100)),
});

const eventPersonSchema = z.object({
  email: z.optional(bounded(320)),
  displayName: z.optional(calendarText(300)),
  self: z.optional(z.boolean()),
  organizer: z.optional(z.boolean()),
  resource: z.optional(z.boolean()),
  optional: z.optional(z.boolean()),
  responseStatus: z.optional(z.enum(['needsAction', 'declined', 'tentative', 'accepted'])),
});

/** One way to join a call, as the API describes it (video, phone, sip or more), free of secrets' bounds. */
const conferenceEntryPointSchema = z.object({
  entryPointType: z.optional(bounded(32)),
  uri: z.optional(bounded(MAX_ENTRY_POINT_URI_LENGTH)),
  label: z.optional(calendarText(512)),
  meetingCode: z.optional(calendarText(128)),
  accessCode: z.optional(calendarText(128)),
  passcode: z.optional(calendarText(128)),
  password: z.optional(calendarText(128)),
  pin: z.optional(calendarText(128)),
  regionCode: z.optional(bounded(16)),
});

/** The call attached to an event (Meet, Zoom, Teams...) in the API's own shape: how to join it lives in `entryPoints`. */
const conferenceDataSchema = z.object({
  conferenceId: z.optional(bounded(1_024)),
  conferenceSolution: z.optional(
    z.object({
      key: z.optional(z.object({ type: z.optional(bounded(100)) })),
      name: z.optional(calendarText(300)),
      iconUri: z.optional(bounded(MAX_LINK_LENGTH)),
    }),
  ),
  entryPoints: z.optional(z.array(conferenceEntryPointSchema).check(z.maxLength(MAX_ENTRY_POINTS))),
});

export const googleEventSchema = z.object({
  id: idSchema,
  status: z.optional(z.enum(['confirmed', 'tentative', 'cancelled'])),
  summary: z.optional(calendarText(1_000)),
  description: z.optional(calendarText(MAX_DESCRIPTION_LENGTH)),
  location: z.optional(calendarText(1_000)),
  htmlLink: z.optional(bounded(MAX_LINK_LENGTH)),
  hangoutLink: z.optional(bounded(MAX_LINK_LENGTH)),
  conferenceData: z.optional(conferenceDataSchema),
  iCalUID: z.optional(bounded(1_024)),
  recurringEventId: z.optional(bounded(1_024)),
  originalStartTime: z.optional(eventTimeSchema),
  updated: z.optional(bounded(64)),
  start: z.optional(eventTimeSchema),
  end: z.optional(eventTimeSchema),
  organizer: z.optional(eventPersonSchema),
  creator: z.optional(eventPersonSchema),
  attendees: z.optional(z.array(eventPersonSchema).check(z.maxLength(MAX_ATTENDEES))),
});

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
    startMs: z.number().check(z.int()),
    endMs: z.number().check(z.int()),
    allDay: z.boolean(),
    event: googleEventSchema,
    /**
     * The full sync that last saw this event (when it started). When a full sync completes, the
     * calendar's copies without its mark are gone at Google and are removed ("mark and sweep").
     */
    syncMark: z.optional(z.string().check(z.maxLength(64))),
  })
  .check(z.refine((copy) => copy.endMs >= copy.startMs, { path: ['endMs'], message: 'ends before it starts' }));

export type GoogleEvent = z.infer<typeof googleEventSchema>;
export type CalendarEventCopy = z.infer<typeof calendarEventCopySchema>;
/** The wire type as Google's own client library declares it. */
export type ApiEvent = calendar_v3.Schema$Event;

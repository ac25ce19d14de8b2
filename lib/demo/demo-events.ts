import { toEventCopy } from '../calendar/event-copy';
import { MEET_HOST, type ApiEvent, type CalendarEventCopy, type Person } from '../model';
import { DEMO_CALENDAR_KEY, DEMO_SELF } from './demo-people';
import { localDateTime } from './demo-time';

export interface DemoEventInput {
  id: string;
  /** Set for an occurrence of a recurring series. */
  recurringEventId?: string;
  summary: string;
  description?: string;
  start: Date;
  end: Date;
  /** For an occurrence the organizer moved: where the series had it. */
  originalStart?: Date;
  organizer: Person;
  /** Everyone invited besides the user (the organizer included when it is not the user). */
  guests: Person[];
  /** Guests who have not answered the invitation yet. */
  unanswered?: string[];
  meetCode?: string;
  /** When the event was last changed. */
  updated: Date;
}

/**
 * A sample event shaped as the Calendar API returns it with singleEvents=true, turned into its
 * local copy by the same code path as a real sync. A demo event that does not pass is a bug.
 */
export function demoEventCopy(input: DemoEventInput, timeZone: string): CalendarEventCopy {
  const result = toEventCopy(apiEvent(input, timeZone), DEMO_CALENDAR_KEY, 'demo');
  if (!result.ok) throw new Error(`demo event ${result.eventId}: ${result.reason}`);
  return result.copy;
}

function apiEvent(input: DemoEventInput, timeZone: string): ApiEvent {
  const selfOrganizes = input.organizer.email === DEMO_SELF.email;
  const organizer = selfOrganizes
    ? { email: DEMO_SELF.email, self: true }
    : { email: input.organizer.email, displayName: input.organizer.name };
  const event: ApiEvent = {
    kind: 'calendar#event',
    id: input.id,
    status: 'confirmed',
    htmlLink: `https://www.google.com/calendar/event?eid=${btoa(`${input.id} ${DEMO_SELF.email}`).replace(/=+$/, '')}`,
    created: input.updated.toISOString(),
    updated: input.updated.toISOString(),
    summary: input.summary,
    creator: organizer,
    organizer,
    start: { dateTime: localDateTime(input.start), timeZone },
    end: { dateTime: localDateTime(input.end), timeZone },
    iCalUID: `${input.recurringEventId ?? input.id}@google.com`,
    eventType: 'default',
  };
  if (input.description) event.description = input.description;
  if (input.recurringEventId) {
    event.recurringEventId = input.recurringEventId;
    event.originalStartTime = { dateTime: localDateTime(input.originalStart ?? input.start), timeZone };
  }
  if (input.meetCode) event.hangoutLink = `https://${MEET_HOST}/${input.meetCode}`;
  if (input.guests.length > 0) {
    const self = { email: DEMO_SELF.email, self: true, responseStatus: 'accepted', ...(selfOrganizes ? { organizer: true } : {}) };
    event.attendees = [
      self,
      ...input.guests.map((guest) => ({
        email: guest.email,
        displayName: guest.name,
        responseStatus: input.unanswered?.includes(guest.email) ? 'needsAction' : 'accepted',
        ...(guest.email === input.organizer.email ? { organizer: true } : {}),
      })),
    ];
  }
  return event;
}

import { isNonPersonAddress } from '../detection/event-fields';
import { personSchema, type GoogleEvent, type Person } from '../model';

type Attendee = NonNullable<GoogleEvent['attendees']>[number];

const MAX_NAME_LENGTH = 300;

/** Whether this attendee entry is the calendar owner. */
function isSelf(attendee: Attendee, selfEmail: string | undefined): boolean {
  if (attendee.self) return true;
  return Boolean(selfEmail && attendee.email && attendee.email.trim().toLowerCase() === selfEmail.toLowerCase());
}

/**
 * The people on an event besides the user, as the detector counts them: rooms and shared calendars
 * are never people, and the organizer attends even when the guest list leaves them out.
 */
export function otherPeople(event: GoogleEvent, selfEmail: string | undefined): Person[] {
  const people = new Map<string, Person>();
  const add = (person: Attendee) => {
    const email = person.email?.trim().toLowerCase();
    if (!email || people.has(email) || person.resource || isSelf(person, selfEmail) || isNonPersonAddress(email)) return;
    // Only addresses a pairing could hold: a suggestion turns these people into its participants.
    const parsed = personSchema.safeParse({ email, name: displayNameOf(person.displayName, email) });
    if (parsed.success) people.set(email, parsed.data);
  };
  for (const attendee of event.attendees ?? []) add(attendee);
  if (event.organizer) add(event.organizer);
  return [...people.values()];
}

/** True when the user declined: the meeting is not happening for them. */
export function userDeclined(event: GoogleEvent, selfEmail: string | undefined): boolean {
  return (event.attendees ?? []).some((attendee) => isSelf(attendee, selfEmail) && attendee.responseStatus === 'declined');
}

/** The calendar's display name, else a name read from the address ("lena.brandt@…" → "Lena Brandt"). */
function displayNameOf(displayName: string | undefined, email: string): string {
  const given = displayName?.trim();
  if (given) return given.slice(0, MAX_NAME_LENGTH);
  const local = email.split('@')[0] ?? email;
  const words = local
    .split(/[._\-+]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return (words.join(' ') || email).slice(0, MAX_NAME_LENGTH);
}

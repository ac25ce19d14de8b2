import { visitAttendees } from '../detection/attendees';
import type { UnknownRecord } from '../detection/event-fields';
import { personSchema, type GoogleEvent, type Person } from '../model';

const MAX_NAME_LENGTH = 300;

/**
 * The people on an event besides the user, by the detector's rule (`visitAttendees`), as pairing
 * participants: only addresses a pairing could hold, each once.
 */
export function otherPeople(event: GoogleEvent, selfEmail: string | undefined): Person[] {
  const people = new Map<string, Person>();
  visitAttendees(event as UnknownRecord, selfEmail ?? '', {
    self: () => undefined,
    person: (rawEmail, entry) => {
      const email = rawEmail.trim().toLowerCase();
      if (email === '' || people.has(email)) return;
      const displayName = typeof entry.displayName === 'string' ? entry.displayName : undefined;
      const parsed = personSchema.safeParse({ email, name: displayNameOf(displayName, email) });
      if (parsed.success) people.set(email, parsed.data);
    },
  });
  return [...people.values()];
}

/** True when the user declined: the meeting is not happening for them. */
export function userDeclined(event: GoogleEvent, selfEmail: string | undefined): boolean {
  let declined = false;
  visitAttendees(event as UnknownRecord, selfEmail ?? '', {
    self: (entry) => {
      if (entry.responseStatus === 'declined') declined = true;
    },
    person: () => undefined,
  });
  return declined;
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

import { MAX_ATTENDEES, MAX_ENTRY_POINTS, MAX_ENTRY_POINT_URI_LENGTH, MAX_LINK_LENGTH } from '../model';

type Json = Record<string, unknown>;
const RESPONSES = new Set(['needsAction', 'declined', 'tentative', 'accepted']);

/**
 * An event Google accepted is kept even where one field goes past our limits: the field is cut
 * (or left out) and a note says what happened, in words for the user. Texts are cut by the schema
 * itself; here: too many guests, links too long to keep whole, and values our schema cannot take.
 */
export function fitEventToLimits(raw: Json): { event: Json; notes: string[] } {
  const event: Json = { ...raw };
  const notes: string[] = [];
  for (const [field, what] of [['htmlLink', 'link to Google Calendar'], ['hangoutLink', 'Google Meet link']] as const) {
    const link = event[field];
    if (typeof link === 'string' && link.length > MAX_LINK_LENGTH) {
      delete event[field];
      notes.push(`its ${what} was ${link.length.toLocaleString('en')} characters long and was left out`);
    }
  }
  const attendees = event.attendees;
  if (Array.isArray(attendees)) {
    const people = attendees.map(fitPerson);
    if (people.length > MAX_ATTENDEES) {
      // The user and the organiser stay: detection needs to know who is who.
      const first = people.filter((person) => person?.self === true || person?.organizer === true);
      event.attendees = [...first, ...people.filter((person) => !first.includes(person))].slice(0, MAX_ATTENDEES);
      notes.push(`only ${MAX_ATTENDEES} of its ${people.length.toLocaleString('en')} guests were kept`);
    } else {
      event.attendees = people;
    }
  }
  for (const field of ['organizer', 'creator']) if (event[field]) event[field] = fitPerson(event[field]);
  const conference = event.conferenceData;
  if (conference && typeof conference === 'object') event.conferenceData = fitConference(conference as Json, notes);
  return { event, notes };
}

/** An answer Google adds after this version was written is no reason to lose the guest. */
function fitPerson(person: unknown): Json | undefined {
  if (!person || typeof person !== 'object') return person as undefined;
  const fitted: Json = { ...(person as Json) };
  if (fitted.responseStatus !== undefined && !RESPONSES.has(fitted.responseStatus as string)) delete fitted.responseStatus;
  return fitted;
}

function fitConference(conference: Json, notes: string[]): Json {
  const fitted: Json = { ...conference };
  const solution = fitted.conferenceSolution as Json | undefined;
  if (typeof solution?.iconUri === 'string' && solution.iconUri.length > MAX_LINK_LENGTH) fitted.conferenceSolution = { ...solution, iconUri: undefined };
  if (Array.isArray(fitted.entryPoints)) {
    const usable = fitted.entryPoints.filter((entry: Json | null) => !(typeof entry?.uri === 'string' && entry.uri.length > MAX_ENTRY_POINT_URI_LENGTH));
    const kept = usable.slice(0, MAX_ENTRY_POINTS);
    if (kept.length < fitted.entryPoints.length) {
      notes.push(`${fitted.entryPoints.length - kept.length} of the ways to join its call were left out (too many, or too long)`);
    }
    fitted.entryPoints = kept;
  }
  return fitted;
}

/**
 * Google Calendar marks each event element with `data-eventid`: the same `eid` as in the event's
 * `htmlLink`, that is base64 (often URL-safe, without padding) of "<event id> <calendar>", where the
 * calendar may be shortened the way Google does ("ana@m" for ana@gmail.com, "x@g" for
 * x@group.calendar.google.com). Tasks in the newer UI carry the same form behind a `ttb_` prefix.
 */
export interface EventElementRef {
  /** The event's id as the Calendar API has it; for an instance of a series, `<series id>_<stamp>`. */
  eventId: string;
  /** The calendar part, possibly abbreviated; absent when the element carries a bare id. */
  calendar?: string;
}

const MAX_LENGTH = 2_048;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
/** Event ids are base32hex for generated ones, letters, digits, `_` and `-` for others (imported ones). */
const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9_\-.]{0,1023}$/;
const CALENDAR = /^[^\s@]+@[^\s@]+$/;
/** A bare event id as the Calendar API writes generated ones (base32hex), maybe with an instance stamp. */
const BARE_EVENT_ID = /^[a-v0-9]{5,1024}(?:_\d{8}(?:T\d{6}Z?)?)?$/;
const KNOWN_PREFIXES = /^ttb_/;

/** The event id and calendar an element's `data-eventid` stands for, or undefined for anything else. */
export function decodeEventElementId(raw: string | null | undefined): EventElementRef | undefined {
  const text = raw?.trim().replace(KNOWN_PREFIXES, '');
  if (!text || text.length > MAX_LENGTH) return undefined;
  const decoded = decodeBase64(text);
  if (decoded !== undefined) {
    const [eventId, calendar, extra] = decoded.split(' ');
    if (eventId && EVENT_ID.test(eventId) && extra === undefined && (calendar === undefined || CALENDAR.test(calendar))) {
      return calendar ? { eventId, calendar: calendar.toLowerCase() } : { eventId };
    }
  }
  return BARE_EVENT_ID.test(text) ? { eventId: text } : undefined;
}

/** The eid of an event's htmlLink (`…/event?eid=…`), or undefined. */
export function eidOfHtmlLink(htmlLink: string | undefined): string | undefined {
  if (!htmlLink) return undefined;
  try {
    return new URL(htmlLink).searchParams.get('eid') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Standard or URL-safe base64, padded or not, decoded to printable ASCII; undefined otherwise. */
function decodeBase64(text: string): string | undefined {
  if (!BASE64.test(text)) return undefined;
  const unpadded = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (unpadded.length % 4 === 1) return undefined;
  let decoded: string;
  try {
    decoded = atob(unpadded.padEnd(Math.ceil(unpadded.length / 4) * 4, '='));
  } catch {
    return undefined;
  }
  return /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(decoded) ? decoded : undefined;
}

/** Google's short forms of calendar domains in an eid. */
const SHORT_DOMAINS: Record<string, string> = {
  m: 'gmail.com',
  g: 'group.calendar.google.com',
  v: 'group.v.calendar.google.com',
  i: 'import.calendar.google.com',
  r: 'resource.calendar.google.com',
};

/**
 * Whether an eid's calendar part names this calendar id. A short domain Google uses is expanded;
 * an unknown short form (no dot) matches on the part before the "@" alone.
 */
export function calendarMatches(hint: string, calendarId: string): boolean {
  const [hintLocal, hintDomain = ''] = hint.toLowerCase().split('@');
  const [local, domain = ''] = calendarId.toLowerCase().split('@');
  if (hintLocal !== local) return false;
  if (hintDomain === domain) return true;
  if (hintDomain.includes('.')) return false;
  const expanded = SHORT_DOMAINS[hintDomain];
  return expanded === undefined || expanded === domain || (hintDomain === 'm' && domain === 'googlemail.com');
}

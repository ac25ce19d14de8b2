import { isNonPersonAddress, isRecord, type UnknownRecord } from './event-fields';

const UPPER_CASE = /[A-Z]/;

/** What `visitAttendees` reports of each entry that counts. */
export interface AttendeeVisitor {
  /** The user's own entry: marked `self`, or with the user's address in any case. */
  self(entry: UnknownRecord): void;
  /** Another person; `email` as written, possibly '' (a guest without an address). */
  person(email: string, entry: UnknownRecord): void;
}

/**
 * Who attends an event besides the user: the one rule for detection, for the people a suggestion
 * proposes and for the names on the Calendar page. Every guest counts whatever their response,
 * except the user, rooms (`resource`) and calendar addresses. The organizer counts when the guest
 * list shows nobody else (a hidden guest list, or a copy without one: the other side of the meeting);
 * with other guests listed, an organizer left off the list is someone who only scheduled it.
 */
export function visitAttendees(event: UnknownRecord, selfEmail: string, visitor: AttendeeVisitor): void {
  let people = 0;
  const attendees = event.attendees;
  if (Array.isArray(attendees)) {
    for (const attendee of attendees as unknown[]) {
      if (!isRecord(attendee)) continue;
      const email = typeof attendee.email === 'string' ? attendee.email : '';
      if (attendee.self === true || (email !== '' && sameAddress(email, selfEmail))) {
        visitor.self(attendee);
        continue;
      }
      if (attendee.resource === true || isNonPersonAddress(email)) continue;
      people += 1;
      visitor.person(email, attendee);
    }
  }
  if (people > 0) return;
  const organizer = event.organizer;
  if (!isRecord(organizer) || organizer.self === true || typeof organizer.email !== 'string') return;
  const email = organizer.email;
  if (email.trim() !== '' && !sameAddress(email, selfEmail) && !isNonPersonAddress(email)) visitor.person(email, organizer);
}

/** Who attends an event, seen from the user's pairings. Valid until the reader's next `read`. */
export interface AttendeeSummary {
  selfDeclined: boolean;
  /** Other people: neither the user nor rooms or calendars. The organizer counts when the guest list shows nobody else. */
  humanCount: number;
  /** People in no pairing (the first few addresses as written, for reasons). */
  outsiderCount: number;
  outsiders: string[];
  /** Pairings (by index) with at least one participant attending, in order of first appearance. */
  attendingPairings: number[];
  /** How many of each pairing's participants attend, by pairing index. */
  attendingCounts: Int32Array;
  /** The first attending participant's address as written, by pairing index. */
  firstAttending: (string | undefined)[];
}

const MAX_OUTSIDERS_NAMED = 3;

/**
 * Reads guest lists against the pairings' participants. Holds its buffers across events so that
 * reading a guest list allocates nothing but the few lower-cased addresses.
 */
export class AttendeeReader {
  private readonly summary: AttendeeSummary;
  private readonly visitor: AttendeeVisitor = {
    self: (entry) => {
      if (entry.responseStatus === 'declined') this.summary.selfDeclined = true;
    },
    person: (email) => this.countPerson(email),
  };

  constructor(
    private readonly selfEmail: string,
    private readonly pairingsByEmail: ReadonlyMap<string, readonly number[]>,
    pairingCount: number,
  ) {
    this.summary = {
      selfDeclined: false,
      humanCount: 0,
      outsiderCount: 0,
      outsiders: [],
      attendingPairings: [],
      attendingCounts: new Int32Array(pairingCount),
      firstAttending: new Array<string | undefined>(pairingCount).fill(undefined),
    };
  }

  read(event: UnknownRecord): AttendeeSummary {
    const summary = this.reset();
    visitAttendees(event, this.selfEmail, this.visitor);
    return summary;
  }

  /** Google lists every address once, so a guest list needs no de-duplication. */
  private countPerson(rawEmail: string): void {
    const summary = this.summary;
    summary.humanCount += 1;
    // Addresses are nearly always lower case already: look them up as they are, lower-case only on a miss.
    let pairings = rawEmail === '' ? undefined : this.pairingsByEmail.get(rawEmail);
    if (pairings === undefined && UPPER_CASE.test(rawEmail)) pairings = this.pairingsByEmail.get(rawEmail.trim().toLowerCase());
    if (pairings === undefined) {
      summary.outsiderCount += 1;
      if (summary.outsiders.length < MAX_OUTSIDERS_NAMED) summary.outsiders.push(rawEmail === '' ? 'a guest without an address' : rawEmail);
      return;
    }
    for (const index of pairings) {
      if (summary.attendingCounts[index] === 0) {
        summary.attendingPairings.push(index);
        summary.firstAttending[index] = rawEmail;
      }
      summary.attendingCounts[index] = (summary.attendingCounts[index] ?? 0) + 1;
    }
  }

  private reset(): AttendeeSummary {
    const summary = this.summary;
    for (const index of summary.attendingPairings) {
      summary.attendingCounts[index] = 0;
      summary.firstAttending[index] = undefined;
    }
    summary.attendingPairings.length = 0;
    summary.outsiders.length = 0;
    summary.selfDeclined = false;
    summary.humanCount = 0;
    summary.outsiderCount = 0;
    return summary;
  }
}

/** Case-insensitive, surrounding spaces ignored; compares without allocating in the common case. */
function sameAddress(a: string, b: string): boolean {
  if (a === b) return a !== '';
  if (a === '' || b === '') return false;
  if (a.length !== b.length) {
    return hasEdgeSpace(a) || hasEdgeSpace(b) ? a.trim().toLowerCase() === b.trim().toLowerCase() : false;
  }
  for (let index = 0; index < a.length; index += 1) {
    let left = a.charCodeAt(index);
    let right = b.charCodeAt(index);
    if (left === right) continue;
    if (left >= 0x80 || right >= 0x80) return a.toLowerCase() === b.toLowerCase();
    if (left >= 65 && left <= 90) left += 32;
    if (right >= 65 && right <= 90) right += 32;
    if (left !== right) return false;
  }
  return true;
}

function hasEdgeSpace(text: string): boolean {
  return text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32;
}

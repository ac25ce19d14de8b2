import { seriesIdOf } from '../calendar/ics/ics-ids';
import { getDatabase, type MentoringDatabase } from '../db/database';
import type { CalendarEventCopy, Pairing, Session } from '../model';
import { packagedVocabulary } from '../detection/packaged';
import { detectStoredEvents } from '../sessions/detected-events';
import { otherPeople } from '../sessions/people';
import { calendarMatches, eidOfHtmlLink, type EventElementRef } from './event-element-id';

/** An event element of the page: its data-eventid, and what the page script decoded from it. */
export interface PageEvent extends EventElementRef {
  elementId: string;
}

/** What the Calendar page shows on one event: a session's badge, or the quieter mark of a suggestion. */
export interface CalendarMark {
  /** The element's `data-eventid`, as the page sent it. */
  elementId: string;
  kind: 'session' | 'suggestion';
  /** The id a "not a mentoring session" decision names. */
  seriesId: string;
  sessionId?: string;
  pairingTitle?: string;
  /** The other people: the pairing's, or the event's for a suggestion. */
  people: string[];
  /** Why, in words (the detector's reasons). */
  reasons: string[];
}

const MAX_REASONS = 3;
/** Sessions in these states are not (or no longer) mentoring meetings on the calendar. */
const UNMARKED: readonly Session['status'][] = ['cancelled'];

/**
 * The marks for the events the Calendar page shows, matched to the synced copies by event id in
 * every calendar (Google, the demo, and ICS copies of a Google calendar through their UID), the
 * calendar part of the eid choosing between copies of one event in several calendars. Events that
 * are sessions get a session mark; other events the detector reads as mentoring without a pairing,
 * and that the user has not ruled on, get a suggestion mark. Unknown events get nothing.
 */
export async function findCalendarMarks(events: readonly PageEvent[], db: MentoringDatabase = getDatabase(), now = Date.now()): Promise<CalendarMark[]> {
  const refs = events.map(({ elementId, ...ref }) => ({ elementId, ref }));
  if (refs.length === 0) return [];
  const calendarKeys = (await db.events.orderBy('calendarKey').uniqueKeys()).map(String);
  const keys = refs.flatMap(({ ref }) => calendarKeys.flatMap((calendarKey) => candidateKeys(calendarKey, ref)));
  const copies = new Map<string, CalendarEventCopy>();
  for (const copy of await db.events.bulkGet(keys)) if (copy) copies.set(copy.key, copy);
  const chosen = refs.flatMap(({ elementId, ref }) => {
    const candidates = calendarKeys.flatMap((calendarKey) => candidateKeys(calendarKey, ref)).flatMap((key) => copies.get(key) ?? []);
    const copy = pickCopy(candidates, elementId, ref);
    return copy ? [{ elementId, copy }] : [];
  });
  if (chosen.length === 0) return [];

  const sessions = await db.sessions.where('calendar.eventKey').anyOf(chosen.map(({ copy }) => copy.key)).toArray();
  const sessionByKey = new Map(sessions.map((session) => [session.calendar!.eventKey, session]));
  const unsessioned = chosen.filter(({ copy }) => !sessionByKey.has(copy.key)).map(({ copy }) => copy);
  const run = await detectStoredEvents(db, now, await packagedVocabulary(), unsessioned);
  const resultByKey = new Map(run.detected.map(({ copy, result }) => [copy.key, result]));
  const closedSeries = new Set([...run.pairingsById.values()].filter((p) => p.status === 'closed').flatMap((p) => p.seriesIds));
  const selfEmail = run.settings.selfEmail;

  return chosen.flatMap(({ elementId, copy }): CalendarMark[] => {
    const session = sessionByKey.get(copy.key);
    if (session) {
      if (UNMARKED.includes(session.status)) return [];
      const pairing = run.pairingsById.get(session.pairingId);
      return [sessionMark(elementId, copy, session, pairing)];
    }
    const result = resultByKey.get(copy.key);
    const ruledOn = [copy.seriesId, copy.eventId].some((id) => run.decidedSeriesIds.has(id) || closedSeries.has(id));
    if (!result?.isMentoring || result.pairingId !== null || ruledOn || copy.event.status === 'cancelled') return [];
    return [
      {
        elementId,
        kind: 'suggestion',
        seriesId: copy.seriesId,
        people: otherPeople(copy.event, selfEmail).map((person) => person.name),
        reasons: result.reasons.slice(0, MAX_REASONS),
      },
    ];
  });
}

function sessionMark(elementId: string, copy: CalendarEventCopy, session: Session, pairing: Pairing | undefined): CalendarMark {
  return {
    elementId,
    kind: 'session',
    seriesId: copy.seriesId,
    sessionId: session.id,
    ...(pairing ? { pairingTitle: pairing.title } : {}),
    people: pairing?.participants.map((person) => person.name) ?? [],
    reasons: session.detection.reasons.slice(0, MAX_REASONS),
  };
}

const GOOGLE_UID_DOMAIN = '@google.com';
const INSTANCE = /^(.+?)(_\d{8}(?:T\d{6}Z?)?)$/;

/**
 * Where a copy of this event may be stored in one calendar: under its Google id, and for ICS
 * calendars (a Google calendar's secret address) under the hash of its UID, which Google writes as
 * "<series id>@google.com", with the instance stamp appended as Google does.
 */
function candidateKeys(calendarKey: string, ref: EventElementRef): string[] {
  const keys = [`${calendarKey}|${ref.eventId}`];
  if (calendarKey.startsWith('ics:')) {
    const [, base = ref.eventId, stamp = ''] = INSTANCE.exec(ref.eventId) ?? [];
    keys.push(`${calendarKey}|${seriesIdOf(`${base}${GOOGLE_UID_DOMAIN}`)}${stamp}`);
  }
  return keys;
}

/**
 * One event can be on several of the user's calendars (the primary and a shared one): the copy
 * whose own htmlLink carries this very eid wins, then one in the calendar the eid names, then any.
 */
function pickCopy(candidates: CalendarEventCopy[], elementId: string, ref: EventElementRef): CalendarEventCopy | undefined {
  if (candidates.length <= 1) return candidates[0];
  const normalised = normaliseEid(elementId);
  const byLink = candidates.find((copy) => normaliseEid(eidOfHtmlLink(copy.event.htmlLink) ?? '') === normalised);
  if (byLink) return byLink;
  const hint = ref.calendar;
  const calendarIdOf = (copy: CalendarEventCopy) => copy.calendarKey.slice(copy.calendarKey.indexOf(':') + 1);
  return (hint && candidates.find((copy) => calendarMatches(hint, calendarIdOf(copy)))) || candidates[0];
}

function normaliseEid(eid: string): string {
  return eid.trim().replace(/^ttb_/, '').replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
}

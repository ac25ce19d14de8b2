import { getDatabase, type MentoringDatabase } from '../db/database';
import { newId, type Pairing, type Session, type SessionCall } from '../model';
import { meetCodeOf } from '../panel/meet-link';
import { CALL_SEARCH_WINDOW_MS, findSessionForCall, isCallTime } from '../panel/meet-session';
import { listPairingsForSwitcher } from '../panel/pairing-switcher';
import { sessionTitle } from '../sessions/session-title';
import { CALL_SILENCE_MS } from '../sessions/call-end';
import { refreshPrompts } from '../prompts/prompts';
import { decideDetection } from '../sessions/decisions';
import { setPanelFocus, withdrawMeetFocus } from './panel-focus';
import { HOUR_MS, MINUTE_MS } from '../time/units';

/** What the Meet page reports: the call's page is open, the user is in the call, or left it. */
export type MeetCallState = 'present' | 'in-call' | 'left';

export interface MeetCallReport {
  code: string;
  state: MeetCallState;
  /** When the page first showed this call (epoch ms). */
  openedAt: number;
}

export interface MeetCallAnswer {
  /** The session this call belongs to, if any. */
  session?: { id: string; title: string; pairingTitle: string };
  /** Without a session: the pairings the call can be linked to ("Title — people"). */
  pairings: { id: string; label: string }[];
}

/** Reports of an ongoing call closer together than this change nothing worth a write. */
const SEEN_AGAIN_MS = 2 * MINUTE_MS;
/** A call linked by hand has no calendar end: it is planned for an hour and ends when the user leaves. */
const LINKED_CALL_MS = HOUR_MS;

/**
 * Follows the call: the side panel shows its session while the call is on, the session records
 * when the user was in the call and when they left (the feedback prompt comes after the real end),
 * and a call without a session is offered the pairings to link it to.
 */
export async function reportMeetCall(report: MeetCallReport, db: MentoringDatabase = getDatabase(), now = Date.now()): Promise<MeetCallAnswer> {
  const session = await findSessionForCall(report.code, now, db);
  if (report.state === 'left') await withdrawMeetFocus(report.code);
  if (!session) return { pairings: report.state === 'left' ? [] : await linkablePairings(db) };
  const pairing = await db.pairings.get(session.pairingId);
  if (report.state !== 'left') {
    await setPanelFocus({ pairingId: session.pairingId, sessionId: session.id, source: 'meet', meetCode: report.code, at: now });
  }
  if (await recordCall(session.id, report, now, db)) await refreshPrompts(db, now);
  return { session: describe(session, pairing), pairings: [] };
}

/**
 * Links a call that matched no session to a pairing: when an event in the calendar has this Meet
 * link, its series becomes the pairing's (as confirming a suggestion does); otherwise the call
 * becomes a session of its own, starting now and ending when the user leaves.
 */
export async function linkMeetCall(
  { code, pairingId }: { code: string; pairingId: string },
  db: MentoringDatabase = getDatabase(),
  now = Date.now(),
): Promise<MeetCallAnswer> {
  const pairing = await db.pairings.get(pairingId);
  if (!pairing) throw new Error(`There is no pairing with id "${pairingId}"`);
  if (pairing.status === 'closed') throw new Error(`The pairing "${pairing.title}" is closed: reopen it before linking calls to it`);
  const nearby = await db.events.where('startMs').between(now - CALL_SEARCH_WINDOW_MS, now + CALL_SEARCH_WINDOW_MS, true, true).toArray();
  const events = nearby
    .filter((copy) => meetCodeOf(copy.event.hangoutLink) === code && copy.event.status !== 'cancelled')
    .sort((a, b) => Math.abs(a.startMs - now) - Math.abs(b.startMs - now));
  if (events[0]) await decideDetection({ seriesId: events[0].seriesId, verdict: 'mentoring', pairingId }, db, now);
  let session = await findSessionForCall(code, now, db);
  if (!session || session.pairingId !== pairingId || !isCallTime(session, now)) session = await createLinkedCall(code, pairing, db, now);
  await setPanelFocus({ pairingId, sessionId: session.id, source: 'meet', meetCode: code, at: now });
  await recordCall(session.id, { code, state: 'in-call', openedAt: now }, now, db);
  await refreshPrompts(db, now);
  return { session: describe(session, pairing), pairings: [] };
}

async function createLinkedCall(code: string, pairing: Pairing, db: MentoringDatabase, now: number): Promise<Session> {
  const stamp = new Date(now).toISOString();
  const session: Session = {
    id: newId(),
    pairingId: pairing.id,
    start: stamp,
    end: new Date(now + LINKED_CALL_MS).toISOString(),
    status: 'scheduled',
    agenda: [],
    notes: '',
    detection: { confidence: 1, reasons: ['You linked this Google Meet call to the pairing'] },
    call: { meetCode: code, joinedAt: stamp, lastSeenAt: stamp },
    isDemo: false,
    createdAt: stamp,
    updatedAt: stamp,
  };
  await db.sessions.add(session);
  return session;
}

/** Writes what the report says about the call; false when it changes nothing. */
async function recordCall(sessionId: string, report: MeetCallReport, now: number, db: MentoringDatabase): Promise<boolean> {
  return db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) return false;
    const next = nextCall(session, report, now);
    if (!next) return false;
    const stamp = new Date(now).toISOString();
    const linkedOnly = !session.calendar;
    // A call linked by hand has only the call's own times: it lasts while the user is in it.
    const end = !linkedOnly ? session.end : next.leftAt ?? new Date(Math.max(Date.parse(session.end), now + CALL_SILENCE_MS)).toISOString();
    await db.sessions.put({ ...session, call: next, end: Date.parse(end) < Date.parse(session.start) ? session.start : end, updatedAt: stamp });
    return true;
  });
}

function nextCall(session: Session, { code, state, openedAt }: MeetCallReport, now: number): SessionCall | undefined {
  const start = Date.parse(session.start);
  const call = session.call?.meetCode === code ? session.call : undefined;
  const stamp = new Date(now).toISOString();
  if (state === 'left') {
    // Leaving before the start was a look at the waiting room, not the end of the session.
    if (now <= start || (call && call.leftAt)) return undefined;
    return { meetCode: code, joinedAt: call?.joinedAt ?? new Date(Math.min(openedAt, now)).toISOString(), lastSeenAt: stamp, leftAt: stamp };
  }
  // In the call from shortly before the start; the call's page alone counts once the session has begun.
  // Only the call itself resumes a call the user left (the page alone may be the "you left" screen).
  if (!isCallTime(session, now) || (state === 'present' && (now < start || call?.leftAt))) return undefined;
  if (call && !call.leftAt && now - Date.parse(call.lastSeenAt) < SEEN_AGAIN_MS) return undefined;
  return { meetCode: code, joinedAt: call?.joinedAt ?? stamp, lastSeenAt: stamp };
}

function describe(session: Session, pairing: Pairing | undefined): NonNullable<MeetCallAnswer['session']> {
  return {
    id: session.id,
    title: pairing ? sessionTitle(session, pairing) : session.calendar?.title || 'Mentoring session',
    pairingTitle: pairing?.title ?? '',
  };
}

async function linkablePairings(db: MentoringDatabase): Promise<MeetCallAnswer['pairings']> {
  return (await listPairingsForSwitcher(db))
    .filter((option) => option.status !== 'closed')
    .map(({ id, title, people, status, isDemo }) => ({ id, label: `${title} — ${people}${status === 'paused' ? ' (paused)' : ''}${isDemo ? ' (demo)' : ''}` }));
}

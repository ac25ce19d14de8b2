import Dexie from 'dexie';
import type { MentoringDatabase } from '../db/database';
import type { Feedback, Pairing, Session } from '../model';
import { AWAITING_FEEDBACK_WINDOW_MS } from '../sessions/awaiting-feedback';
import { sortByStart } from './session-selection';
import { CURRENT_SESSION_LEAD_MS, instant } from './time';
import { DAY_MS, HOUR_MS } from '../time/units';

/**
 * How the side panel reads sessions: through the start indexes (session times are stored in UTC, so
 * they sort by time), a window or a page at a time. What it reads depends on the pairing's rhythm,
 * never on how many years of sessions are stored.
 */

/** Sessions shown per page of history. */
export const HISTORY_PAGE_SIZE = 10;
/**
 * The recent past the panel reads in full: ended sessions that may still await feedback. Older
 * sessions come a page at a time (history); the trends read their own six months (trends-query.ts).
 */
const RECENT_WINDOW_MS = AWAITING_FEEDBACK_WINDOW_MS;

const LOOK_BACK_MS = 36 * HOUR_MS;
const LOOK_AHEAD_MS = 400 * DAY_MS;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The sessions of open pairings that could make the panel's moment (moment.ts): running, just ended
 * or next. Walks the start index from 36 hours ago and stops at the first session that can only be
 * next (scheduled, more than 15 minutes ahead): no later one can make the moment.
 */
export async function findMomentCandidates(nowMs: number, pairings: readonly Pairing[], db: MentoringDatabase): Promise<Session[]> {
  const open = new Set(pairings.filter((pairing) => pairing.status !== 'closed').map((pairing) => pairing.id));
  if (open.size === 0) return [];
  const nearby = await db.sessions
    .where('start')
    .between(iso(nowMs - LOOK_BACK_MS), iso(nowMs + LOOK_AHEAD_MS), true, true)
    .until((session) => open.has(session.pairingId) && couldBeNext(session, nowMs), true)
    .toArray();
  return nearby.filter((session) => open.has(session.pairingId));
}

/** A scheduled session too far ahead to be current: no later one can be the focus. */
function couldBeNext(session: Session, nowMs: number): boolean {
  return session.status === 'scheduled' && instant(session.start) - CURRENT_SESSION_LEAD_MS > nowMs;
}

export interface PairingSessions {
  /** From the start of the recent window up to the next session (included), oldest first. */
  recent: Session[];
  /** The newest past sessions (started by now), newest first: the first page of history. */
  latestPast: Session[];
  /** How many sessions have started by now, in all. */
  pastCount: number;
  heldCount: number;
  /** The latest session that ended and took place, or may have (it still awaits feedback). */
  lastTookPlace?: Session;
}

/**
 * The sessions of one pairing the panel shows, read through [pairingId+start] and
 * [pairingId+status+start], all at once.
 */
export async function loadPairingSessions(pairingId: string, nowMs: number, db: MentoringDatabase): Promise<PairingSessions> {
  const byStart = () => db.sessions.where('[pairingId+start]');
  const nowIso = iso(nowMs);
  const [recent, latestPast, pastCount, heldCount] = await Promise.all([
    byStart()
      .between([pairingId, iso(nowMs - RECENT_WINDOW_MS)], [pairingId, Dexie.maxKey], true, true)
      .until((session) => couldBeNext(session, nowMs), true)
      .toArray(),
    byStart()
      .between([pairingId, Dexie.minKey], [pairingId, nowIso], true, true)
      .reverse()
      .limit(HISTORY_PAGE_SIZE + 1)
      .toArray(),
    byStart().between([pairingId, Dexie.minKey], [pairingId, nowIso], true, true).count(),
    db.sessions.where('[pairingId+status+start]').between([pairingId, 'held', Dexie.minKey], [pairingId, 'held', Dexie.maxKey]).count(),
  ]);
  const tookPlace = (session: Session) => (session.status === 'held' || session.status === 'scheduled') && instant(session.end) <= nowMs;
  const oldest = latestPast[latestPast.length - 1];
  // Beyond what was read, walk back further only when needed (a pairing that has not met for long).
  const lastTookPlace =
    latestOf([...recent, ...latestPast].filter(tookPlace)) ?? (oldest && (await latestBefore(db, pairingId, oldest.start, tookPlace)));
  return { recent, latestPast, pastCount, heldCount, lastTookPlace };
}

/** A page of history: past sessions that started before `before` (or at it, but not yet shown), newest first. */
export async function loadHistoryPage(
  pairingId: string,
  before: { start: string; shownIds: readonly string[] },
  db: MentoringDatabase,
  limit = HISTORY_PAGE_SIZE,
): Promise<Session[]> {
  const shown = new Set(before.shownIds);
  return db.sessions
    .where('[pairingId+start]')
    .between([pairingId, Dexie.minKey], [pairingId, before.start], true, true)
    .reverse()
    .filter((session) => !(session.start === before.start && shown.has(session.id)))
    .limit(limit)
    .toArray();
}

/** My feedback on these sessions, by session id; the other side's is not read. */
export async function loadMyFeedback(sessionIds: readonly string[], db: MentoringDatabase): Promise<Map<string, Feedback>> {
  const unique = [...new Set(sessionIds)];
  if (unique.length === 0) return new Map();
  const rows = await db.feedback
    .where('[sessionId+author]')
    .anyOf(unique.map((id) => [id, 'me']))
    .toArray();
  return new Map(rows.map((row) => [row.sessionId, row]));
}

function latestOf(sessions: readonly Session[]): Session | undefined {
  return sortByStart(sessions).pop();
}

async function latestBefore(db: MentoringDatabase, pairingId: string, startIso: string, accept: (session: Session) => boolean) {
  return db.sessions
    .where('[pairingId+start]')
    .between([pairingId, Dexie.minKey], [pairingId, startIso], true, false)
    .reverse()
    .filter(accept)
    .first();
}

import { getDatabase, type MentoringDatabase } from '../db/database';
import type { Session } from '../model';
import { meetCodeOf } from './meet-link';
import { CURRENT_SESSION_LEAD_MS } from './time';
import { HOUR_MS } from '../time/units';

/** Calls are matched to sessions (and events) starting within this much of now. */
export const CALL_SEARCH_WINDOW_MS = 36 * HOUR_MS;
/** A call this long past its calendar end may still be that session running over. */
const OVERRUN_MS = 4 * HOUR_MS;

/** Whether a call now can be this session: from shortly before its start until a few hours after its end. */
export function isCallTime(session: Session, nowMs: number): boolean {
  return Date.parse(session.start) - CURRENT_SESSION_LEAD_MS <= nowMs && nowMs <= Date.parse(session.end) + OVERRUN_MS;
}

/**
 * The session whose Meet link (or linked call) has this code: the one the call can be now (the
 * latest to start wins), else the next one. Cancelled sessions never match.
 */
export async function findSessionForCall(meetCode: string, nowMs: number = Date.now(), db: MentoringDatabase = getDatabase()): Promise<Session | undefined> {
  const code = meetCode.trim().toLowerCase();
  if (!code) return undefined;
  const nearby = await db.sessions
    .where('start')
    .between(new Date(nowMs - CALL_SEARCH_WINDOW_MS).toISOString(), new Date(nowMs + CALL_SEARCH_WINDOW_MS).toISOString(), true, true)
    .toArray();
  const matching = nearby.filter(
    (session) => session.status !== 'cancelled' && (meetCodeOf(session.calendar?.meetLink) === code || session.call?.meetCode === code),
  );
  const startOf = (session: Session) => Date.parse(session.start);
  const live = matching.filter((session) => isCallTime(session, nowMs)).sort((a, b) => startOf(b) - startOf(a));
  const upcoming = matching.filter((session) => startOf(session) > nowMs).sort((a, b) => startOf(a) - startOf(b));
  return live[0] ?? upcoming[0];
}

/** The pairing of the session the Meet call in the active tab belongs to, so the panel can follow it. */
export async function findPairingByMeetCode(
  meetCode: string,
  nowMs: number = Date.now(),
  db: MentoringDatabase = getDatabase(),
): Promise<string | undefined> {
  return (await findSessionForCall(meetCode, nowMs, db))?.pairingId;
}

import { getDatabase, type MentoringDatabase } from '../db/database';
import { meetCodeOf } from './meet-link';
import { pickCurrentOrNext } from './session-selection';

const WINDOW_MS = 36 * 3_600_000;

/**
 * The pairing whose session uses this Meet code today (the current one, else the next), so the
 * panel can follow the call in the active tab.
 */
export async function findPairingByMeetCode(
  meetCode: string,
  nowMs: number = Date.now(),
  db: MentoringDatabase = getDatabase(),
): Promise<string | undefined> {
  const code = meetCode.trim().toLowerCase();
  if (!code) return undefined;
  const nearby = await db.sessions
    .where('start')
    .between(new Date(nowMs - WINDOW_MS).toISOString(), new Date(nowMs + WINDOW_MS).toISOString(), true, true)
    .toArray();
  const matching = nearby.filter((session) => meetCodeOf(session.calendar?.meetLink) === code);
  return (pickCurrentOrNext(matching, nowMs)?.session ?? matching[0])?.pairingId;
}

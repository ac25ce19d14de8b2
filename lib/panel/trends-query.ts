import { getDatabase, type MentoringDatabase } from '../db/database';
import type { Goal } from '../model';
import { computeTrends, trendWindowStart, type Trends } from './trends';
import { DAY_MS } from '../time/units';

/** A day of slack on each side: stored starts carry offsets, so the string range is widened. */
const SLACK_MS = DAY_MS;

/**
 * What the trends of one pairing need, read by key range: its sessions of the last six months, my
 * feedback on those sessions only, and its goals (active and achieved).
 */
export async function loadTrends(
  pairingId: string,
  cadenceDays: number,
  nowMs: number,
  db: MentoringDatabase = getDatabase(),
): Promise<{ trends: Trends; goals: Goal[] }> {
  const from = new Date(trendWindowStart(nowMs) - SLACK_MS).toISOString();
  const to = new Date(nowMs + SLACK_MS).toISOString();
  const [sessions, goals] = await Promise.all([
    db.sessions.where('[pairingId+start]').between([pairingId, from], [pairingId, to], true, true).toArray(),
    db.goals
      .where('[pairingId+status]')
      .anyOf([
        [pairingId, 'active'],
        [pairingId, 'achieved'],
      ])
      .sortBy('createdAt'),
  ]);
  const feedback = await db.feedback
    .where('[sessionId+author]')
    .anyOf(sessions.map((session) => [session.id, 'me']))
    .toArray();
  const mine = new Map(feedback.map((entry) => [entry.sessionId, entry]));
  return { trends: computeTrends(sessions, mine, goals, cadenceDays, nowMs), goals };
}

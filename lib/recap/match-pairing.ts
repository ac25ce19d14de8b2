import { getDatabase, type MentoringDatabase } from '../db/database';
import type { Pairing } from '../model';
import type { RecapFile } from './recap-format';

export type RecapMatch =
  | { kind: 'matched'; pairing: Pairing }
  /** Several pairings know the sender equally well: the user chooses. */
  | { kind: 'ambiguous'; candidates: Pairing[] }
  | { kind: 'unknown' };

/**
 * The pairing a recap belongs to, by the people's addresses: it must list the sender; among several,
 * the one whose people best match the recap's (the sender and the others of a circle, minus me).
 */
export async function matchRecapPairing(recap: RecapFile, selfEmail: string | undefined, db: MentoringDatabase = getDatabase()): Promise<RecapMatch> {
  const sender = recap.from.email;
  const candidates = (await db.pairings.toArray()).filter((pairing) => pairing.participants.some((person) => person.email === sender));
  if (candidates.length === 0) return { kind: 'unknown' };
  if (candidates.length === 1) return { kind: 'matched', pairing: candidates[0]! };
  const people = new Set([sender, ...recap.pairing.participants.map((person) => person.email)].filter((email) => email !== selfEmail));
  const score = (pairing: Pairing) => {
    const emails = pairing.participants.map((person) => person.email);
    const shared = emails.filter((email) => people.has(email)).length;
    return shared * 2 - (emails.length - shared) + (pairing.status === 'active' ? 0.5 : 0) - (pairing.isDemo ? 1 : 0);
  };
  const ranked = [...candidates].sort((a, b) => score(b) - score(a));
  if (score(ranked[0]!) > score(ranked[1]!)) return { kind: 'matched', pairing: ranked[0]! };
  return { kind: 'ambiguous', candidates: ranked.filter((pairing) => score(pairing) === score(ranked[0]!)) };
}

import { getDatabase, type MentoringDatabase } from '../db/database';
import { newId, type DetectionDecision, type Pairing } from '../model';
import { reconcileSessions, type ReconcileSummary } from './reconcile';
import { storedSuggestion } from './suggestion-store';
import { listPairingSuggestions, type PairingSuggestion } from './suggestions';

/** The user's word as a page sends it: the decision without its title and time, which are filled in here. */
export type DetectionVerdict = Pick<DetectionDecision, 'seriesId' | 'verdict' | 'pairingId'>;

export interface DecisionOutcome {
  /** The pairing the series now belongs to (a new one when the user confirmed a suggestion), or null. */
  pairingId: string | null;
  reconciled: ReconcileSummary;
}

const DEFAULT_CADENCE_DAYS = 14;
const MAX_TITLE_LENGTH = 300;

/**
 * Records the user's word on an event or a series; it beats the detector from then on. Confirming
 * for a pairing adds the series to that pairing (and takes it from any other); confirming a
 * suggestion without a pairing creates one from the suggestion's people; rejecting stores a
 * not-mentoring decision. A decision on a suggestion covers all of its events. Sessions follow
 * at once: a rejected series loses its sessions, except those with user text (kept, cancelled).
 */
export async function decideDetection(
  verdict: DetectionVerdict,
  db: MentoringDatabase = getDatabase(),
  now = Date.now(),
): Promise<DecisionOutcome> {
  // The suggestion as the user saw it (stored after the last sync), else as detection reads it now.
  const suggestion =
    (await storedSuggestion(db, verdict.seriesId)) ??
    (await listPairingSuggestions(db, now)).find((candidate) => candidate.seriesId === verdict.seriesId);
  const members = suggestion?.memberSeriesIds ?? [verdict.seriesId];
  const title = suggestion?.title ?? (await titleOfSeries(db, verdict.seriesId));
  const stamp = new Date(now).toISOString();

  const pairingId = await db.transaction('rw', db.pairings, db.detectionDecisions, async () => {
    let target: string | null = null;
    if (verdict.verdict === 'mentoring') {
      target = verdict.pairingId
        ? await linkablePairingId(db, verdict.pairingId)
        : await createPairingFrom(db, suggestion, verdict.seriesId, stamp);
    }
    await assignSeries(db, members, target, stamp);
    const decisions: DetectionDecision[] = members.map((seriesId) => ({
      seriesId,
      verdict: verdict.verdict,
      ...(target ? { pairingId: target } : {}),
      title,
      decidedAt: stamp,
    }));
    await db.detectionDecisions.bulkPut(decisions);
    return target;
  });
  return { pairingId, reconciled: await reconcileSessions(db, now) };
}

async function linkablePairingId(db: MentoringDatabase, pairingId: string): Promise<string> {
  const pairing = await db.pairings.get(pairingId);
  if (!pairing) throw new Error(`There is no pairing with id "${pairingId}"`);
  if (pairing.status === 'closed') throw new Error(`The pairing "${pairing.title}" is closed: reopen it before linking events to it`);
  return pairing.id;
}

async function createPairingFrom(
  db: MentoringDatabase,
  suggestion: PairingSuggestion | undefined,
  seriesId: string,
  stamp: string,
): Promise<string> {
  if (!suggestion) {
    throw new Error(`"${seriesId}" is not a pending pairing suggestion: choose the pairing its events belong to`);
  }
  if (suggestion.people.length === 0) {
    throw new Error(
      `"${suggestion.title || seriesId}" has no other attendee to make a pairing with: create the pairing yourself, then link these events to it`,
    );
  }
  const names = suggestion.people.map((person) => person.name).join(', ');
  const pairing: Pairing = {
    id: newId(),
    title: (suggestion.title || `Mentoring with ${names}`).slice(0, MAX_TITLE_LENGTH),
    type: suggestion.people.length >= 2 ? 'group' : 'one-on-one',
    myRole: 'mentor',
    participants: suggestion.people,
    cadenceDays: suggestion.cadenceDays ?? DEFAULT_CADENCE_DAYS,
    status: 'active',
    seriesIds: [],
    keywords: [],
    isDemo: suggestion.isDemo,
    createdAt: stamp,
    updatedAt: stamp,
  };
  await db.pairings.add(pairing);
  return pairing.id;
}

/** A series belongs to one pairing at most: it leaves every other pairing's seriesIds. */
async function assignSeries(db: MentoringDatabase, seriesIds: readonly string[], pairingId: string | null, stamp: string) {
  const moving = new Set(seriesIds);
  const pairings = await db.pairings.toArray();
  const changed: Pairing[] = [];
  for (const pairing of pairings) {
    const kept = pairing.seriesIds.filter((id) => !moving.has(id));
    const next = pairing.id === pairingId ? [...kept, ...seriesIds] : kept;
    const same = next.length === pairing.seriesIds.length && next.every((id) => pairing.seriesIds.includes(id));
    if (!same) changed.push({ ...pairing, seriesIds: next, updatedAt: stamp });
  }
  await db.pairings.bulkPut(changed);
}

async function titleOfSeries(db: MentoringDatabase, seriesId: string): Promise<string> {
  const copy = (await db.events.where('seriesId').equals(seriesId).first()) ?? (await db.events.filter((event) => event.eventId === seriesId).first());
  return copy?.event.summary ?? '';
}

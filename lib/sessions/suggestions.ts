import { getDatabase, type MentoringDatabase } from '../db/database';
import type { PairingSuggestion } from '../model';
import { detectStoredEvents, type DetectedEvent, type DetectionRun } from './detected-events';
import { packagedVocabulary } from '../detection/packaged';
import { otherPeople } from './people';
import { DAY_MS } from '../time/units';

export type { PairingSuggestion };

const MAX_REASONS = 5;
const MAX_REASON_LENGTH = 500;

interface Group {
  detected: DetectedEvent[];
  recurring: boolean;
}

/**
 * Recurring series (or one-off events repeated with the same people) that the detector reads as
 * mentoring but that match no pairing, and that the user has not ruled on yet. Upcoming ones first.
 * A closed pairing is not suggested again: neither its series nor meetings with only its people.
 */
export async function listPairingSuggestions(db: MentoringDatabase = getDatabase(), now = Date.now()): Promise<PairingSuggestion[]> {
  // Called from live queries too: Dexie keeps their observation across a non-Dexie promise only when
  // it is wrapped in Promise.resolve() (see dexie.org, useLiveQuery).
  const vocabulary = await Promise.resolve(packagedVocabulary());
  return suggestionsFromRun(await detectStoredEvents(db, now, vocabulary), now);
}

/** The suggestions a detection run over the stored events makes (the background stores them after each sync). */
export function suggestionsFromRun(run: DetectionRun, now: number): PairingSuggestion[] {
  const selfEmail = run.settings.selfEmail;
  const closed = [...run.pairingsById.values()].filter((pairing) => pairing.status === 'closed');
  const closedSeries = new Set(closed.flatMap((pairing) => pairing.seriesIds));
  const formerPartners = new Set(closed.flatMap((pairing) => pairing.participants.map((person) => person.email)));
  const groups = new Map<string, Group>();
  for (const detected of run.detected) {
    const { copy, result } = detected;
    if (!result.isMentoring || result.pairingId !== null) continue;
    if (run.decidedSeriesIds.has(copy.seriesId) || run.decidedSeriesIds.has(copy.eventId)) continue;
    if (closedSeries.has(copy.seriesId) || closedSeries.has(copy.eventId)) continue;
    const key = groupKey(detected, selfEmail);
    const group = groups.get(key) ?? { detected: [], recurring: false };
    group.detected.push(detected);
    group.recurring ||= copy.event.recurringEventId !== undefined;
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((group) => group.recurring || group.detected.length >= 2)
    .map((group) => toSuggestion(group, selfEmail, now))
    .filter((suggestion) => !(suggestion.people.length > 0 && suggestion.people.every((person) => formerPartners.has(person.email))))
    .sort(byNextStartThenSize);
}

/** The same people make one suggestion, whether they meet in a series or in one-off events. */
function groupKey({ copy }: DetectedEvent, selfEmail: string | undefined): string {
  const emails = otherPeople(copy.event, selfEmail).map((person) => person.email);
  if (emails.length > 0) return `people:${emails.sort().join(',')}`;
  return `title:${(copy.event.summary ?? '').trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

function toSuggestion(group: Group, selfEmail: string | undefined, now: number): PairingSuggestion {
  const sorted = [...group.detected].sort((a, b) => a.copy.startMs - b.copy.startMs);
  const next = sorted.find(({ copy }) => copy.startMs > now);
  const representative = next ?? sorted[sorted.length - 1]!;
  const seriesCounts = new Map<string, number>();
  for (const { copy } of sorted) seriesCounts.set(copy.seriesId, (seriesCounts.get(copy.seriesId) ?? 0) + 1);
  const recurringSeries = sorted
    .filter(({ copy }) => copy.event.recurringEventId !== undefined)
    .map(({ copy }) => copy.seriesId)
    .sort((a, b) => (seriesCounts.get(b) ?? 0) - (seriesCounts.get(a) ?? 0));
  const suggestion: PairingSuggestion = {
    seriesId: recurringSeries[0] ?? sorted[0]!.copy.seriesId,
    memberSeriesIds: [...seriesCounts.keys()],
    title: (representative.copy.event.summary ?? '').trim(),
    people: otherPeople(representative.copy.event, selfEmail),
    eventCount: sorted.length,
    reasons: [...new Set(representative.result.reasons)].slice(0, MAX_REASONS).map((reason) => reason.slice(0, MAX_REASON_LENGTH)),
    isDemo: sorted.every(({ copy }) => copy.source === 'demo'),
  };
  if (next) suggestion.nextStart = new Date(next.copy.startMs).toISOString();
  const cadence = inferCadenceDays(sorted.map(({ copy }) => copy.startMs));
  if (cadence !== undefined) suggestion.cadenceDays = cadence;
  return suggestion;
}

/** The median spacing in whole days between meetings on different days (1–365), if there are two. */
export function inferCadenceDays(startsMs: readonly number[]): number | undefined {
  const days = [...new Set(startsMs.map((ms) => Math.floor(ms / DAY_MS)))].sort((a, b) => a - b);
  const gaps = days.slice(1).map((day, index) => day - days[index]!);
  if (gaps.length === 0) return undefined;
  gaps.sort((a, b) => a - b);
  const middle = Math.floor(gaps.length / 2);
  const median = gaps.length % 2 === 1 ? gaps[middle]! : (gaps[middle - 1]! + gaps[middle]!) / 2;
  return Math.min(365, Math.max(1, Math.round(median)));
}

function byNextStartThenSize(a: PairingSuggestion, b: PairingSuggestion): number {
  if (a.nextStart && b.nextStart) return Date.parse(a.nextStart) - Date.parse(b.nextStart);
  if (a.nextStart) return -1;
  if (b.nextStart) return 1;
  return b.eventCount - a.eventCount;
}

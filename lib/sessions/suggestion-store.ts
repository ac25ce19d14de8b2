import { packagedVocabulary } from '../detection/packaged';
import { getDatabase, type MentoringDatabase } from '../db/database';
import {
  MAX_STORED_SUGGESTIONS,
  type DetectionDecision,
  type Pairing,
  type PairingSuggestion,
  type Settings,
} from '../model';
import { getSettings } from '../settings/settings-store';
import { detectStoredEvents, type DetectionRun } from './detected-events';
import { suggestionsFromRun } from './suggestions';
import { HOUR_MS } from '../time/units';

const KEY = 'latest';
/** Past this age a page asks for the suggestions again: the sync window and "next meeting" move on. */
export const SUGGESTIONS_MAX_AGE_MS = 6 * HOUR_MS;

export interface SuggestionsView {
  /** The stored suggestions, less any the user has ruled on since they were computed. */
  suggestions: PairingSuggestion[];
  /** Whether they were ever computed. */
  computed: boolean;
  /** False when settings, pairings or decisions changed since, or they are old: ask the background again. */
  current: boolean;
  /** The fingerprint of today's inputs, so a page asks once per change. */
  inputs: string;
}

/**
 * Stores the suggestions of a detection run (run over every stored event, in the background: after
 * each sync, with the sessions' reconciliation, or when a page finds them out of date).
 */
export async function saveSuggestions(db: MentoringDatabase, run: DetectionRun, now: number): Promise<PairingSuggestion[]> {
  const decisions = await db.detectionDecisions.toArray();
  const suggestions = suggestionsFromRun(run, now).slice(0, MAX_STORED_SUGGESTIONS);
  await db.pairingSuggestions.put({
    key: KEY,
    computedAt: new Date(now).toISOString(),
    inputs: suggestionInputs(run.settings, [...run.pairingsById.values()], decisions),
    suggestions,
  });
  return suggestions;
}

/** Runs detection over the stored events and stores what it suggests. */
export async function refreshSuggestions(db: MentoringDatabase = getDatabase(), now = Date.now()): Promise<PairingSuggestion[]> {
  const vocabulary = await packagedVocabulary();
  return saveSuggestions(db, await detectStoredEvents(db, now, vocabulary), now);
}

/** What the options page shows: one stored row and the small tables, never the calendar events. */
export async function readSuggestions(db: MentoringDatabase = getDatabase(), now = Date.now()): Promise<SuggestionsView> {
  const [stored, settings, pairings, decisions] = await Promise.all([
    db.pairingSuggestions.get(KEY),
    getSettings(db),
    db.pairings.toArray(),
    db.detectionDecisions.toArray(),
  ]);
  const inputs = suggestionInputs(settings, pairings, decisions);
  const decided = new Set(decisions.map((decision) => decision.seriesId));
  return {
    suggestions: (stored?.suggestions ?? []).filter((suggestion) => !suggestion.memberSeriesIds.some((id) => decided.has(id))),
    computed: stored !== undefined,
    current: stored?.inputs === inputs && now - Date.parse(stored.computedAt) < SUGGESTIONS_MAX_AGE_MS,
    inputs,
  };
}

/** The suggestion the user acted on, as they saw it. */
export async function storedSuggestion(db: MentoringDatabase, seriesId: string): Promise<PairingSuggestion | undefined> {
  return (await db.pairingSuggestions.get(KEY))?.suggestions.find((suggestion) => suggestion.seriesId === seriesId);
}

/**
 * A fingerprint of everything besides the events that suggestions depend on. Pairings and decisions
 * come in primary-key order (toArray), so the same rows give the same fingerprint in every context.
 */
function suggestionInputs(settings: Settings, pairings: readonly Pairing[], decisions: readonly DetectionDecision[]): string {
  const text = JSON.stringify([settings.selfEmail, settings.detection, settings.syncWindow, pairings, decisions]);
  return `${text.length.toString(36)}-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193)}`;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash.toString(16);
}

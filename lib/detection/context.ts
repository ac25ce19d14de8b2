import { AttendeeReader } from './attendees';
import { isRecord } from './event-fields';
import { PhraseMatcher } from './match';
import { normalizeText, tokenize } from './normalize';
import { builtInWordingAnchors, keywordAnchor, TextProbe } from './probe';
import type { DetectionContext, DetectionPairing } from './types';
import type { Vocabulary } from './vocabulary';

export interface CompiledPairing {
  id: string;
  title: string;
  isGroup: boolean;
  /** Sentences written once per detector rather than once per event. */
  confirmedReason: string;
  /** "attendee … is in pairing …", by participant address. */
  attendeeReasons: Map<string, string>;
}

/** A keyword the user chose, as it was written (for reasons). */
export interface UserKeyword {
  text: string;
}

export interface PairingKeyword extends UserKeyword {
  pairingIndex: number;
}

export interface ParticipantName {
  pairingIndex: number;
  name: string;
}

/** Everything about one context that does not change from event to event, prepared once per detector. */
export interface CompiledContext {
  vocabulary: Vocabulary;
  enabled: boolean;
  minConfidence: number;
  pairings: CompiledPairing[];
  attendees: AttendeeReader;
  /** Confirmed series (and single event) ids, to the pairing index. */
  confirmedSeries: Map<string, number>;
  isConfirmed: (seriesId: string) => boolean;
  rejectedSeries: Set<string>;
  isRejected: (seriesId: string) => boolean;
  pairingKeywords: PhraseMatcher<PairingKeyword> | null;
  extraKeywords: PhraseMatcher<UserKeyword> | null;
  ignoreKeywords: PhraseMatcher<UserKeyword> | null;
  participantNames: PhraseMatcher<ParticipantName> | null;
  /** Participants' first names, normalised: "Mentor Ana" is a session with Ana, not a person called Mentor Ana. */
  participantFirstNames: Set<string>;
  /** Whether a normalised description may hold mentoring wording, a pairing's keyword, or an ignore keyword. */
  descriptionProbes: { wording: TextProbe; pairingKeywords: TextProbe; ignoreKeywords: TextProbe };
}

export function attendeeReason(email: string, pairingTitle: string): string {
  return `attendee ${email} is in pairing "${pairingTitle}"`;
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [];
}

function keywordMatcher(keywords: readonly string[]): PhraseMatcher<UserKeyword> | null {
  const matcher = new PhraseMatcher<UserKeyword>();
  for (const text of keywords) matcher.addLiteral(text, { text: text.trim() });
  return matcher.isEmpty ? null : matcher;
}

function orNull<Tag>(matcher: PhraseMatcher<Tag>): PhraseMatcher<Tag> | null {
  return matcher.isEmpty ? null : matcher;
}

/** Context objects come from storage and the UI: read them as defensively as events. */
export function compileContext(context: DetectionContext, vocabulary: Vocabulary): CompiledContext {
  const selfEmail = typeof context.selfEmail === 'string' ? context.selfEmail.trim().toLowerCase() : '';
  const rawPairings: readonly DetectionPairing[] = Array.isArray(context.pairings) ? context.pairings : [];
  const pairings: CompiledPairing[] = [];
  const pairingsByEmail = new Map<string, number[]>();
  const confirmedSeries = new Map<string, number>();
  const pairingKeywords = new PhraseMatcher<PairingKeyword>();
  const participantNames = new PhraseMatcher<ParticipantName>();
  const participantFirstNames = new Set<string>();

  for (const pairing of rawPairings) {
    if (!isRecord(pairing) || typeof pairing.id !== 'string') continue;
    const pairingIndex = pairings.length;
    const title = typeof pairing.title === 'string' ? pairing.title : pairing.id;
    const attendeeReasons = new Map<string, string>();
    pairings.push({
      id: pairing.id,
      title,
      isGroup: pairing.type === 'group',
      confirmedReason: `series confirmed for pairing "${title}"`,
      attendeeReasons,
    });
    const participants = Array.isArray(pairing.participants) ? pairing.participants : [];
    for (const participant of participants) {
      if (!isRecord(participant) || typeof participant.email !== 'string') continue;
      const email = participant.email.trim().toLowerCase();
      if (email === '' || email === selfEmail) continue;
      attendeeReasons.set(email, attendeeReason(email, title));
      const indices = pairingsByEmail.get(email) ?? [];
      if (!indices.includes(pairingIndex)) indices.push(pairingIndex);
      pairingsByEmail.set(email, indices);
      const name = typeof participant.name === 'string' ? participant.name.trim() : '';
      const words: string[] = [];
      tokenize(normalizeText(name), words, []);
      if (words[0] !== undefined) participantFirstNames.add(words[0]);
      // A full name has two words; a lone first name in a title names too many people.
      const isFullName = /\S\s+\S/.test(name) || /[\u0080-\uffff]{2,}/.test(name);
      if (isFullName) participantNames.addLiteral(name, { pairingIndex, name });
    }
    for (const seriesId of stringsOf(pairing.seriesIds)) {
      if (!confirmedSeries.has(seriesId)) confirmedSeries.set(seriesId, pairingIndex);
    }
    for (const keyword of stringsOf(pairing.keywords)) pairingKeywords.addLiteral(keyword, { text: keyword.trim(), pairingIndex });
  }

  const rejectedSeries = new Set(stringsOf(context.notMentoringSeriesIds));
  const settings = isRecord(context.settings) ? context.settings : undefined;
  const pairingKeywordAnchors = rawPairings.flatMap((pairing) => (isRecord(pairing) ? stringsOf(pairing.keywords) : [])).map(keywordAnchor);
  const extraKeywords = stringsOf(settings?.extraKeywords);
  const ignoreKeywords = stringsOf(settings?.ignoreKeywords);
  const minConfidence = typeof settings?.minConfidence === 'number' && Number.isFinite(settings.minConfidence) ? settings.minConfidence : 0;
  return {
    vocabulary,
    enabled: settings?.enabled !== false,
    minConfidence,
    pairings,
    attendees: new AttendeeReader(selfEmail, pairingsByEmail, pairings.length),
    confirmedSeries,
    isConfirmed: (seriesId) => confirmedSeries.has(seriesId),
    rejectedSeries,
    isRejected: (seriesId) => rejectedSeries.has(seriesId),
    pairingKeywords: orNull(pairingKeywords),
    extraKeywords: keywordMatcher(extraKeywords),
    ignoreKeywords: keywordMatcher(ignoreKeywords),
    participantNames: orNull(participantNames),
    participantFirstNames,
    descriptionProbes: {
      wording: TextProbe.of([...builtInWordingAnchors(vocabulary.wordingAnchors), ...pairingKeywordAnchors, ...extraKeywords.map(keywordAnchor)]),
      pairingKeywords: TextProbe.of(pairingKeywordAnchors),
      ignoreKeywords: TextProbe.of(ignoreKeywords.map(keywordAnchor)),
    },
  };
}


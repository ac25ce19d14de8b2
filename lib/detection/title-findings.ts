import type { ParticipantName } from './context';
import type { PhraseMatch, PhraseMatcher } from './match';
import { originalOf, type PreparedText } from './title';
import type { TermMatch, Vocabulary } from './vocabulary';

/** Everything the title says, gathered in one pass over its words. */
export interface TitleFindings {
  /** The first mentoring wording, or null. */
  mentoring: TermMatch | null;
  /** Every mentoring wording, in reading order (an attendee's name may rule some out per event). */
  wordings: TermMatch[];
  preparation: TermMatch | null;
  kickoff: TermMatch | null;
  programmeWord: TermMatch | null;
  /** Other purposes and programme activities, in reading order. */
  purposes: TermMatch[];
  /** Where words like "on", "about", "sobre" stand: what follows them may be a topic. */
  topicMarkers: number[];
  hasCircle: boolean;
  /** Words that make a title a conversation with someone: session, chat, check-in, with. */
  hasCue: boolean;
  hasGrowthTopic: boolean;
}

/** Words this close (in characters) stand together: "Career coaching", "coaching de carrera". */
const ADJACENT = 4;

function within(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && word.slice(1) !== word.slice(1).toUpperCase();
}

/**
 * "Mentor Krasniqi", "Mentor Graphics": the word mentor written as a name, capitalised and followed
 * by one space and a capitalised word that is no known word, and not a participant's first name
 * ("Mentor Ana" is a session with Ana).
 */
function isWrittenAsName(title: PreparedText, match: TermMatch, known: readonly TermMatch[], firstNames: ReadonlySet<string>): boolean {
  const { tokens, starts, text } = title.view;
  if (match.end - match.start !== 6 || !text.startsWith('mentor', match.start)) return false;
  const index = starts.indexOf(match.start);
  const next = tokens[index + 1];
  if (index < 0 || next === undefined) return false;
  const nextStart = starts[index + 1]!;
  if (nextStart !== match.end + 1 || text.charCodeAt(match.end) !== 32) return false;
  if (firstNames.has(next) || known.some((other) => other.start === nextStart)) return false;
  const written = originalOf(title, match.start, nextStart + next.length);
  const [word, name] = written === null ? [] : written.split(' ');
  return word !== undefined && name !== undefined && isCapitalised(word) && isCapitalised(name);
}

/** Scratch list for the matches of one title; the detector analyses one title at a time. */
const scratch: TermMatch[] = [];

export function analyseTitle(
  vocabulary: Vocabulary,
  title: PreparedText,
  participantNames: PhraseMatcher<ParticipantName> | null,
  participantFirstNames: ReadonlySet<string>,
): TitleFindings {
  const view = title.view;
  const findings: TitleFindings = {
    mentoring: null,
    wordings: [],
    preparation: null,
    kickoff: null,
    programmeWord: null,
    purposes: [],
    topicMarkers: [],
    hasCircle: false,
    hasCue: false,
    hasGrowthTopic: false,
  };
  const candidates: TermMatch[] = [];
  let unwording: { start: number; end: number }[] | null = null;
  let catchUps: TermMatch[] | null = null;
  let coaching: TermMatch | null = null;
  let session: TermMatch | null = null;
  scratch.length = 0;
  vocabulary.collectTitle(view, scratch);
  for (const match of scratch) {
    switch (match.tag.signal) {
      case 'mentoring':
        candidates.push(match);
        break;
      case 'coaching':
        coaching ??= match;
        break;
      case 'coachingSession':
        session ??= match;
        findings.hasCue = true;
        break;
      case 'notWording':
        (unwording ??= []).push(match);
        break;
      case 'circle':
        findings.hasCircle = true;
        break;
      case 'catchUp':
        (catchUps ??= []).push(match);
        findings.hasCue = true;
        break;
      case 'with':
        findings.hasCue = true;
        break;
      case 'preparation':
        findings.preparation ??= match;
        break;
      case 'growth':
        findings.hasGrowthTopic = true;
        break;
      case 'kickoff':
        findings.kickoff ??= match;
        break;
      case 'programme':
        findings.programmeWord ??= match;
        break;
      case 'topicMarker':
        findings.topicMarkers.push(match.start);
        break;
      default:
        // A generic word ("avstämning", check-in) is never read as another purpose's weak word.
        if (match.tag.strong || catchUps === null || !catchUps.some((catchUp) => within(match, catchUp))) findings.purposes.push(match);
    }
  }
  // A participant's name ("Mentor Berisha") is never wording.
  if (participantNames !== null && candidates.length > 0) {
    const names: PhraseMatch<ParticipantName>[] = [];
    participantNames.collect(view, names);
    if (names.length > 0) (unwording ??= []).push(...names);
  }
  for (const match of candidates) {
    if (unwording !== null && unwording.some((span) => within(match, span))) continue;
    if (isWrittenAsName(title, match, scratch, participantFirstNames)) continue;
    findings.wordings.push(match);
  }
  scratch.length = 0;
  if (coaching !== null && session !== null) findings.wordings.push(qualifiedCoaching(coaching, session));
  if (findings.wordings.length === 0) {
    const misspelt = vocabulary.findMisspelling(view);
    if (misspelt !== null) findings.wordings.push(misspelt);
  }
  if (findings.wordings.length > 1) findings.wordings.sort((a, b) => a.start - b.start);
  findings.mentoring = findings.wordings[0] ?? null;
  return findings;
}

/** Coaching with its qualifier as one span when they stand together ("Career coaching", "coaching de carrera"). */
function qualifiedCoaching(coaching: TermMatch, session: TermMatch): TermMatch {
  const adjacent = session.end + ADJACENT >= coaching.start && session.start <= coaching.end + ADJACENT;
  if (!adjacent) return coaching;
  return { tag: coaching.tag, start: Math.min(coaching.start, session.start), end: Math.max(coaching.end, session.end) };
}

/** The first mentoring wording of a description, or null. */
export function findDescriptionWording(vocabulary: Vocabulary, view: PreparedText['view']): TermMatch | null {
  scratch.length = 0;
  vocabulary.collectWording(view, scratch);
  let coaching: TermMatch | null = null;
  let session: TermMatch | null = null;
  const unwording = scratch.filter((match) => match.tag.signal === 'notWording');
  let mentoring: TermMatch | null = null;
  for (const match of scratch) {
    const signal = match.tag.signal;
    if (signal === 'mentoring' && !unwording.some((span) => within(match, span))) {
      mentoring = match;
      break;
    }
    if (signal === 'coaching') coaching ??= match;
    else if (signal === 'coachingSession') session ??= match;
  }
  scratch.length = 0;
  if (mentoring !== null) return mentoring;
  if (coaching !== null && session !== null) return qualifiedCoaching(coaching, session);
  return vocabulary.findMisspelling(view);
}

/**
 * The match that makes the title name something other than a mentoring conversation, or null.
 *
 * - Programme-only activities (info session, matching) always count.
 * - Strong purposes count, except career planning, and except as the topic of a title whose head is
 *   mentoring wording ("Mentoring: interview prep", "Mentoría – presupuesto personal").
 * - Weak purposes count only when the title carries no mentoring wording at all.
 */
export function otherPurposeOf(findings: TitleFindings, hasWording: boolean, headHasWording: boolean, topicOffset: number): TermMatch | null {
  let headIsMentoringOnly =
    headHasWording &&
    !(findings.programmeWord !== null && findings.programmeWord.start < topicOffset) &&
    !(findings.kickoff !== null && findings.kickoff.start < topicOffset);
  for (const match of findings.purposes) if (match.start < topicOffset) headIsMentoringOnly = false;
  for (const match of findings.purposes) {
    const term = match.tag;
    if (term.growthExempt && findings.hasGrowthTopic) continue;
    if (term.signal === 'programmeActivity' && term.programmeOnly) return match;
    const isTopic = headIsMentoringOnly && match.start >= topicOffset;
    if (term.signal === 'programmeActivity' || term.strong) {
      if (!isTopic) return match;
    } else if (!hasWording) {
      return match;
    }
  }
  return null;
}

import {
  CIRCLE_TERMS,
  COACHING_QUALIFIERS,
  COACHING_TERMS,
  CONVERSATION_CUES,
  MENTORING_TERMS,
  MENTORING_TYPO_TARGETS,
  PREPARATION_TERMS,
  TOPIC_MARKERS,
} from './lexicon-mentoring';
import { KICKOFF_TERMS, PROGRAMME_ACTIVITIES, PROGRAMME_WORDS } from './lexicon-programme';
import { GROWTH_TERMS, OTHER_PURPOSES } from './lexicon-purpose';
import { PhraseMatcher, withinOneEdit, type PhraseMatch, type TextView } from './match';

/** What a matched word tells the rules. */
export type Signal =
  | 'mentoring'
  | 'coaching'
  | 'coachingQualifier'
  | 'circle'
  | 'cue'
  | 'preparation'
  | 'growth'
  | 'kickoff'
  | 'programmeWord'
  | 'purpose'
  | 'programmeActivity'
  | 'topicMarker';

export interface Term {
  signal: Signal;
  /** For purposes and programme activities: the kind of meeting, used when no quote is at hand. */
  label: string;
  strong: boolean;
  exemptForGrowth: boolean;
  programmeOnly: boolean;
}

export type TermMatch = PhraseMatch<Term>;

function term(signal: Signal, label: string = signal, options: Partial<Pick<Term, 'strong' | 'exemptForGrowth' | 'programmeOnly'>> = {}): Term {
  return { signal, label, strong: options.strong ?? true, exemptForGrowth: options.exemptForGrowth ?? false, programmeOnly: options.programmeOnly ?? false };
}

function addAll(matcher: PhraseMatcher<Term>, patterns: readonly string[], tag: Term): void {
  for (const pattern of patterns) matcher.add(pattern, tag);
}

const MENTORING = term('mentoring', 'mentoring');
const COACHING = term('coaching', 'coaching');

function buildTitleMatcher(): PhraseMatcher<Term> {
  const matcher = new PhraseMatcher<Term>();
  addAll(matcher, MENTORING_TERMS, MENTORING);
  addAll(matcher, COACHING_TERMS, COACHING);
  addAll(matcher, COACHING_QUALIFIERS, term('coachingQualifier'));
  addAll(matcher, CIRCLE_TERMS, term('circle'));
  addAll(matcher, CONVERSATION_CUES, term('cue'));
  addAll(matcher, PREPARATION_TERMS, term('preparation'));
  addAll(matcher, GROWTH_TERMS, term('growth'));
  addAll(matcher, KICKOFF_TERMS, term('kickoff', 'kickoff'));
  addAll(matcher, PROGRAMME_WORDS, term('programmeWord', 'programme'));
  addAll(matcher, TOPIC_MARKERS, term('topicMarker'));
  for (const group of OTHER_PURPOSES) {
    addAll(matcher, group.patterns, term('purpose', group.label, { strong: group.strong, exemptForGrowth: group.exemptForGrowth ?? false }));
  }
  for (const activity of PROGRAMME_ACTIVITIES) {
    addAll(matcher, activity.patterns, term('programmeActivity', activity.label, { programmeOnly: activity.programmeOnly }));
  }
  return matcher;
}

/** Descriptions only ever add mentoring wording (the title decides every negative), so they need fewer words. */
function buildDescriptionMatcher(): PhraseMatcher<Term> {
  const matcher = new PhraseMatcher<Term>();
  addAll(matcher, MENTORING_TERMS, MENTORING);
  addAll(matcher, COACHING_TERMS, COACHING);
  addAll(matcher, COACHING_QUALIFIERS, term('coachingQualifier'));
  return matcher;
}

let titleMatcher: PhraseMatcher<Term> | null = null;
let descriptionMatcher: PhraseMatcher<Term> | null = null;
let preparationMatcher: PhraseMatcher<Term> | null = null;

/** Preparation or reflection wording ("prep", "notes", "Vorbereitung", "振り返り") in a text, or null. */
export function findPreparation(view: TextView): TermMatch | null {
  if (preparationMatcher === null) {
    preparationMatcher = new PhraseMatcher<Term>();
    addAll(preparationMatcher, PREPARATION_TERMS, term('preparation'));
  }
  return preparationMatcher.first(view);
}

/** Everything the title says, gathered in one pass over its words. */
export interface TitleFindings {
  mentoring: TermMatch | null;
  preparation: TermMatch | null;
  kickoff: TermMatch | null;
  programmeWord: TermMatch | null;
  /** Other purposes and programme activities, in reading order. */
  purposes: TermMatch[];
  /** Where words like "on", "about", "sobre" stand: what follows them may be a topic. */
  topicMarkers: number[];
  hasCircle: boolean;
  hasCue: boolean;
  hasGrowthTopic: boolean;
}

/** Coaching with its qualifier as one span when they stand together ("Career coaching", "coaching de carrera"). */
function qualifiedCoaching(coaching: TermMatch, qualifier: TermMatch): TermMatch {
  const adjacent = qualifier.end + 4 >= coaching.start && qualifier.start <= coaching.end + 4;
  if (!adjacent) return coaching;
  return { tag: coaching.tag, start: Math.min(coaching.start, qualifier.start), end: Math.max(coaching.end, qualifier.end) };
}

/** Scratch list for the matches of one text; the detector handles one event at a time. */
const scratch: TermMatch[] = [];

export function analyseTitle(view: TextView): TitleFindings {
  titleMatcher ??= buildTitleMatcher();
  const findings: TitleFindings = {
    mentoring: null,
    preparation: null,
    kickoff: null,
    programmeWord: null,
    purposes: [],
    topicMarkers: [],
    hasCircle: false,
    hasCue: false,
    hasGrowthTopic: false,
  };
  let coaching: TermMatch | null = null;
  let qualifier: TermMatch | null = null;
  scratch.length = 0;
  titleMatcher.collect(view, scratch);
  for (const match of scratch) {
    switch (match.tag.signal) {
      case 'mentoring':
        findings.mentoring ??= match;
        break;
      case 'coaching':
        coaching ??= match;
        break;
      case 'coachingQualifier':
        qualifier ??= match;
        break;
      case 'circle':
        findings.hasCircle = true;
        break;
      case 'cue':
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
      case 'programmeWord':
        findings.programmeWord ??= match;
        break;
      case 'topicMarker':
        findings.topicMarkers.push(match.start);
        break;
      default:
        findings.purposes.push(match);
    }
  }
  scratch.length = 0;
  if (findings.mentoring === null && coaching !== null && qualifier !== null) findings.mentoring = qualifiedCoaching(coaching, qualifier);
  findings.mentoring ??= findMentoringMisspelling(view);
  return findings;
}

/** The first mentoring wording of a description, or null. */
export function findMentoringWording(view: TextView): TermMatch | null {
  descriptionMatcher ??= buildDescriptionMatcher();
  scratch.length = 0;
  descriptionMatcher.collect(view, scratch);
  let coaching: TermMatch | null = null;
  let qualifier: TermMatch | null = null;
  let mentoring: TermMatch | null = null;
  for (const match of scratch) {
    if (match.tag.signal === 'mentoring') {
      mentoring = match;
      break;
    }
    if (match.tag.signal === 'coaching') coaching ??= match;
    else qualifier ??= match;
  }
  scratch.length = 0;
  if (mentoring !== null) return mentoring;
  if (coaching !== null && qualifier !== null) return qualifiedCoaching(coaching, qualifier);
  return findMentoringMisspelling(view);
}

const TYPO_TARGETS_BY_LENGTH = new Map<number, string[]>();
for (const target of MENTORING_TYPO_TARGETS) {
  for (const length of [target.length - 1, target.length, target.length + 1]) {
    const list = TYPO_TARGETS_BY_LENGTH.get(length) ?? [];
    list.push(target);
    TYPO_TARGETS_BY_LENGTH.set(length, list);
  }
}
const MIN_TYPO_LENGTH = 7;
const VOWEL = /[aeiouy]/;
const ABBREVIATION_TARGETS = ['mentoring', 'mentorship'];

function isMentoringMisspelling(token: string): boolean {
  const targets = token.length >= MIN_TYPO_LENGTH ? TYPO_TARGETS_BY_LENGTH.get(token.length) : undefined;
  if (targets === undefined) return false;
  for (const target of targets) if (withinOneEdit(token, target)) return true;
  return false;
}

/** "mntr", "mntrng": the consonant skeleton of mentoring or mentorship, as people abbreviate it. */
function isMentoringAbbreviation(token: string): boolean {
  if (token.length < 4 || token.length > 8 || VOWEL.test(token)) return false;
  if (!token.includes('t') || !token.includes('r') || !token.includes('n')) return false;
  return ABBREVIATION_TARGETS.some((target) => {
    let at = 0;
    for (const letter of target) if (letter === token[at]) at += 1;
    return at === token.length;
  });
}

/**
 * A word one typing slip away from a mentoring word ("mentorng", "metnoring", "mentroship"), or its
 * abbreviation. Same first letter and at most one edit: "monitoring", "mentions" and "momentum" stay
 * two or more edits away from every target.
 */
function findMentoringMisspelling(view: TextView): TermMatch | null {
  const { tokens, starts } = view;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.charCodeAt(0) !== 109 /* m */) continue;
    if (isMentoringMisspelling(token) || isMentoringAbbreviation(token)) {
      const start = starts[index]!;
      return { tag: MENTORING, start, end: start + token.length };
    }
  }
  return null;
}

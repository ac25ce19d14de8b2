import { PROGRAMME_KINDS, PURPOSE_KINDS, type Lexicon, type ProgrammeKind, type PurposeKind } from './lexicon/format';
import { loadLexicons, type PackagedFileReader } from './lexicon/load';
import { withinOneEdit } from './edit-distance';
import { PhraseMatcher, type PhraseMatch } from './match';
import type { TextView } from './text-view';
import { normalizeText, tokenize } from './normalize';

/** What a matched word tells the rules. */
export type Signal =
  | 'mentoring'
  | 'coaching'
  | 'coachingSession'
  | 'circle'
  | 'catchUp'
  | 'with'
  | 'preparation'
  | 'growth'
  | 'topicMarker'
  | 'purpose'
  | 'programme'
  | 'kickoff'
  | 'programmeActivity'
  | 'notWording';

export interface Term {
  signal: Signal;
  /** The purpose or programme kind (see lexicon/format.ts), else the signal. */
  kind: string;
  strong: boolean;
  growthExempt: boolean;
  programmeOnly: boolean;
  /** A word for the mentor or the mentee: it may also be someone's first name ("Mentor Krasniqi"). */
  role: boolean;
}

export type TermMatch = PhraseMatch<Term>;

function term(signal: Signal, kind: string = signal, options: Partial<Omit<Term, 'signal' | 'kind'>> = {}): Term {
  return {
    signal,
    kind,
    strong: options.strong ?? true,
    growthExempt: options.growthExempt ?? false,
    programmeOnly: options.programmeOnly ?? false,
    role: options.role ?? false,
  };
}

const MENTORING = term('mentoring');
/** A whole word for the mentor or mentee ("mentor", "adept"): such words are also people's first names. */
const ROLE = term('mentoring', 'role', { role: true });
const COACHING = term('coaching');
const COACHING_SESSION = term('coachingSession');
const PREPARATION = term('preparation');
const NOT_WORDING = term('notWording');

/** Categories that hold single terms, by their signal. */
const SIMPLE_CATEGORIES = {
  circle: term('circle'),
  catchUp: term('catchUp'),
  withWords: term('with'),
  growth: term('growth'),
  topicMarkers: term('topicMarker'),
} as const;

const PURPOSE_TERMS = Object.fromEntries(
  Object.entries(PURPOSE_KINDS).map(([kind, traits]) => [kind, term('purpose', kind, { strong: traits.strong, growthExempt: traits.growthExempt })]),
) as Record<PurposeKind, Term>;

function programmeTerm(kind: ProgrammeKind): Term {
  if (kind === 'programme') return term('programme', kind);
  if (kind === 'kickoff') return term('kickoff', kind);
  return term('programmeActivity', kind, { programmeOnly: PROGRAMME_KINDS[kind].programmeOnly });
}

const PROGRAMME_TERMS = Object.fromEntries(Object.keys(PROGRAMME_KINDS).map((kind) => [kind, programmeTerm(kind as ProgrammeKind)])) as Record<
  ProgrammeKind,
  Term
>;

function addAll(matcher: PhraseMatcher<Term>, patterns: readonly string[] | undefined, tag: Term): void {
  if (patterns !== undefined) for (const pattern of patterns) matcher.add(pattern, tag);
}

/** Misspellings are only looked for in words this long: shorter ones sit one edit from ordinary words. */
const MIN_TYPO_LENGTH = 7;
const VOWEL = /[aeiouy]/;
const ABBREVIATION_TARGETS = ['mentoring', 'mentorship'];

/**
 * Every lexicon compiled into the matchers the rules use. Built once per loaded set of lexicons
 * (once per service-worker start) and shared by every detector.
 */
export class Vocabulary {
  readonly titlePrefixes: ReadonlySet<string>;
  /** Normalised text that all built-in mentoring wording contains: a description without any says nothing. */
  readonly wordingAnchors: readonly string[];
  readonly languages: readonly string[];
  private readonly titleMatcher = new PhraseMatcher<Term>();
  private readonly descriptionMatcher = new PhraseMatcher<Term>();
  private readonly preparationMatcher = new PhraseMatcher<Term>();
  private readonly typoTargetsByLength = new Map<number, string[]>();

  constructor(lexicons: readonly Lexicon[]) {
    const prefixes = new Set<string>();
    const anchors = new Set<string>();
    for (const lexicon of lexicons) {
      for (const matcher of [this.titleMatcher, this.descriptionMatcher]) {
        addAll(matcher, lexicon.mentoring, MENTORING);
        for (const pattern of lexicon.roles) matcher.add(pattern, pattern.includes('*') ? MENTORING : ROLE);
        addAll(matcher, lexicon.coaching, COACHING);
        addAll(matcher, lexicon.coachingSessions, COACHING_SESSION);
        addAll(matcher, lexicon.notWording, NOT_WORDING);
      }
      addAll(this.titleMatcher, lexicon.preparation, PREPARATION);
      addAll(this.preparationMatcher, lexicon.preparation, PREPARATION);
      for (const [category, tag] of Object.entries(SIMPLE_CATEGORIES)) {
        addAll(this.titleMatcher, lexicon[category as keyof typeof SIMPLE_CATEGORIES], tag);
      }
      for (const [kind, patterns] of Object.entries(lexicon.purposes)) addAll(this.titleMatcher, patterns, PURPOSE_TERMS[kind as PurposeKind]);
      for (const [kind, patterns] of Object.entries(lexicon.programme)) addAll(this.titleMatcher, patterns, PROGRAMME_TERMS[kind as ProgrammeKind]);
      for (const prefix of lexicon.titlePrefixes) prefixes.add(normalizeText(prefix).replace(/\s+/g, ' ').trim());
      for (const target of lexicon.misspellingTargets) this.addTypoTarget(normalizeText(target));
      for (const pattern of [...lexicon.mentoring, ...lexicon.roles, ...lexicon.coaching]) anchors.add(anchorOf(pattern));
    }
    this.titlePrefixes = prefixes;
    this.wordingAnchors = minimalAnchors(anchors);
    this.languages = lexicons.map((lexicon) => lexicon.language);
  }

  /** Every vocabulary match in a title, in reading order of their first words. */
  collectTitle(view: TextView, out: TermMatch[]): void {
    this.titleMatcher.collect(view, out);
  }

  /** Mentoring, role and coaching words in a description (descriptions only ever add wording). */
  collectWording(view: TextView, out: TermMatch[]): void {
    this.descriptionMatcher.collect(view, out);
  }

  /** Preparation or reflection wording ("prep", "notes", "Vorbereitung", "振り返り") in a text, or null. */
  findPreparation(view: TextView): TermMatch | null {
    return this.preparationMatcher.first(view);
  }

  /**
   * A word one typing slip away from a long mentoring word ("mentorng", "metnoring", "mentroship"),
   * or its consonant skeleton ("mntrng"). Same first letter and at most one edit: "monitoring",
   * "mentions" and "momentum" stay two or more edits away from every target.
   */
  findMisspelling(view: TextView): TermMatch | null {
    const { tokens, starts } = view;
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index]!;
      if (token.charCodeAt(0) !== 109 /* m */) continue;
      if (this.isMisspelling(token) || isAbbreviation(token)) {
        const start = starts[index]!;
        return { tag: MENTORING, start, end: start + token.length };
      }
    }
    return null;
  }

  private isMisspelling(token: string): boolean {
    const targets = token.length >= MIN_TYPO_LENGTH ? this.typoTargetsByLength.get(token.length) : undefined;
    if (targets === undefined) return false;
    for (const target of targets) if (withinOneEdit(token, target)) return true;
    return false;
  }

  private addTypoTarget(target: string): void {
    for (const length of [target.length - 1, target.length, target.length + 1]) {
      const list = this.typoTargetsByLength.get(length) ?? [];
      if (!list.includes(target)) list.push(target);
      this.typoTargetsByLength.set(length, list);
    }
  }
}

/** "mntr", "mntrng": the consonant skeleton of mentoring or mentorship, as people abbreviate it. */
function isAbbreviation(token: string): boolean {
  if (token.length < 4 || token.length > 8 || VOWEL.test(token)) return false;
  if (!token.includes('t') || !token.includes('r') || !token.includes('n')) return false;
  return ABBREVIATION_TARGETS.some((target) => {
    let at = 0;
    for (const letter of target) if (letter === token[at]) at += 1;
    return at === token.length;
  });
}

/** The longest piece of a pattern's text that every match contains: its first word without marks. */
function anchorOf(pattern: string): string {
  const words: string[] = [];
  tokenize(normalizeText(pattern.replace(/[*_]/g, ' ')), words, []);
  return words[0] ?? '';
}

/** Anchors that no shorter anchor is part of ("mentor" makes "mentoring" redundant). */
function minimalAnchors(anchors: ReadonlySet<string>): string[] {
  const sorted = [...anchors].filter((anchor) => anchor !== '').sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const anchor of sorted) if (!kept.some((shorter) => anchor.includes(shorter))) kept.push(anchor);
  return kept;
}

/** Compiles lexicons once they are all loaded. */
function compileVocabulary(lexicons: readonly Lexicon[]): Vocabulary {
  return new Vocabulary(lexicons);
}

/** Loads every language's lexicon through `read` and compiles them; rejects if any is missing or malformed. */
export async function loadVocabulary(read: PackagedFileReader): Promise<Vocabulary> {
  return compileVocabulary(await loadLexicons(read));
}

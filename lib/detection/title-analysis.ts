import type { CompiledContext } from './context';
import { prepareTitle, topicStart, type PreparedText } from './title';
import { analyseTitle, otherPurposeOf, type TitleFindings } from './title-findings';
import type { TermMatch } from './vocabulary';
import { findWording, type Wording } from './wording';

/** Everything the rules need from a title, which depends on the title and the context only. */
export interface TitleAnalysis {
  title: PreparedText;
  findings: TitleFindings;
  wording: Wording | null;
  /** The word that makes the title name another purpose or a programme event, or null. */
  purpose: TermMatch | null;
  /** What the purpose would be if the title had no mentoring wording (an attendee's name may take it away). */
  purposeWithoutWording: TermMatch | null;
  /** Words for mentor or mentee in the wording, which may also be an attendee's name ("Mentor Gashi"). */
  roleWords: string[];
  /** An ignore keyword of the settings found in the title, as the user wrote it, or null. */
  ignored: string | null;
  /** Sentences about the title, made on first use and kept with the analysis. */
  reasons: Map<string, string>;
}

/** The sentence `make` writes about this title, written once per title. */
export function titleReason(analysis: TitleAnalysis, key: string, make: () => string): string {
  let reason = analysis.reasons.get(key);
  if (reason === undefined) {
    reason = make();
    analysis.reasons.set(key, reason);
  }
  return reason;
}

/**
 * Recurring meetings repeat their titles in every instance, and a calendar is mostly recurring
 * meetings: a detector keeps its title analyses. Bounded: a full cache starts afresh, which costs
 * less than tracking the oldest entry.
 */
const MAX_CACHED_TITLES = 4_096;
const NO_WORDS: string[] = [];

function wordsOfRoles(title: PreparedText, wordings: readonly TermMatch[]): string[] {
  let words: string[] = NO_WORDS;
  for (const match of wordings) {
    if (!match.tag.role) continue;
    const word = title.view.text.slice(match.start, match.end);
    if (!words.includes(word)) words = words === NO_WORDS ? [word] : [...words, word];
  }
  return words;
}

export class TitleAnalyses {
  private readonly cache = new Map<string, TitleAnalysis>();

  constructor(private readonly context: CompiledContext) {}

  of(summary: string): TitleAnalysis {
    const cached = this.cache.get(summary);
    if (cached !== undefined) return cached;
    const analysis = this.analyse(summary);
    if (this.cache.size >= MAX_CACHED_TITLES) this.cache.clear();
    this.cache.set(summary, analysis);
    return analysis;
  }

  private analyse(summary: string): TitleAnalysis {
    const context = this.context;
    const title = prepareTitle(summary, context.vocabulary);
    const findings = analyseTitle(context.vocabulary, title, context.participantNames, context.participantFirstNames);
    const wording = findWording(context, title, 'title', findings.mentoring);
    let topicOffset = topicStart(title);
    if (wording !== null) {
      for (const marker of findings.topicMarkers) {
        if (marker > wording.match.start && marker < topicOffset) topicOffset = marker;
      }
    }
    const headHasWording = wording !== null && wording.match.start < topicOffset;
    const ignoredMatch = context.ignoreKeywords?.first(title.view) ?? null;
    const purpose = otherPurposeOf(findings, wording !== null, headHasWording, topicOffset);
    const roleWords = wording === null ? NO_WORDS : wordsOfRoles(title, findings.wordings);
    return {
      title,
      findings,
      wording,
      purpose,
      // Only a word for mentor or mentee can turn out to be an attendee's name and take the wording away.
      purposeWithoutWording: roleWords.length === 0 ? purpose : otherPurposeOf(findings, false, false, topicStart(title)),
      roleWords,
      ignored: ignoredMatch === null ? null : ignoredMatch.tag.text,
      reasons: new Map(),
    };
  }
}

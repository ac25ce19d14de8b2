import { createTextView, type TextView } from './match';
import { descriptionToText, normalizeText, titlePrefixLength, topicSeparatorOffset } from './normalize';
import { quoteOriginal } from './quote';
import type { TermMatch, TitleFindings } from './vocabulary';

/** A title or description ready for matching, and what is needed to quote it back. */
export interface PreparedText {
  original: string;
  view: TextView;
  /** Length of the normalised prefix ("Fwd: Invitation: ") that the view leaves out. */
  prefixLength: number;
}

export function prepareTitle(title: string): PreparedText {
  const normalized = normalizeText(title);
  const prefixLength = titlePrefixLength(normalized);
  return { original: title, view: createTextView(prefixLength > 0 ? normalized.slice(prefixLength) : normalized), prefixLength };
}

export function prepareDescription(description: string): PreparedText {
  const plain = descriptionToText(description);
  return { original: plain, view: createTextView(normalizeText(plain)), prefixLength: 0 };
}

/** The words of the original text that a match covers. */
export function quote(text: PreparedText, match: { start: number; end: number }): string {
  return quoteOriginal(text.original, text.view.text, text.prefixLength, match.start, match.end);
}

/** Offset where a topic starts after a "Mentoring:" head, or the title's length when it has none. */
export function topicStart(title: PreparedText): number {
  return topicSeparatorOffset(title.view.text);
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
    if (term.exemptForGrowth && findings.hasGrowthTopic) continue;
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

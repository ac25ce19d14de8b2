import { createTextView, type TextView } from './text-view';
import { descriptionToText, normalizeText, titlePrefixLength, topicSeparatorOffset } from './normalize';
import { originalSlice, quoteOriginal } from './quote';
import type { Vocabulary } from './vocabulary';

/** A title or description ready for matching, and what is needed to quote it back. */
export interface PreparedText {
  original: string;
  view: TextView;
  /** Length of the normalised prefix ("Fwd: Invitation: ") that the view leaves out. */
  prefixLength: number;
}

export function prepareTitle(title: string, vocabulary: Vocabulary): PreparedText {
  const normalized = normalizeText(title);
  const prefixLength = titlePrefixLength(normalized, vocabulary.titlePrefixes);
  return { original: title, view: createTextView(prefixLength > 0 ? normalized.slice(prefixLength) : normalized), prefixLength };
}

/** A description as plain normalised text, before it is split into words (which only some need). */
export interface NormalizedDescription {
  plain: string;
  normalized: string;
}

export function normalizeDescription(description: string): NormalizedDescription {
  const plain = descriptionToText(description);
  return { plain, normalized: normalizeText(plain) };
}

export function prepareDescription(description: NormalizedDescription): PreparedText {
  return { original: description.plain, view: createTextView(description.normalized), prefixLength: 0 };
}

/** The words of the original text that a match covers. */
export function quote(text: PreparedText, match: { start: number; end: number }): string {
  return quoteOriginal(text.original, text.view.text, text.prefixLength, match.start, match.end);
}

/** The original characters behind a span of the view, as written (case and accents kept), or null. */
export function originalOf(text: PreparedText, start: number, end: number): string | null {
  return originalSlice(text.original, text.prefixLength + start, text.prefixLength + end);
}

/** Offset where a topic starts after a "Mentoring:" head, or the title's length when it has none. */
export function topicStart(title: PreparedText): number {
  return topicSeparatorOffset(title.view.text);
}

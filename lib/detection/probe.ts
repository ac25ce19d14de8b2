import { escapeRegExp } from './match';
import { normalizeText, tokenize } from './normalize';

/**
 * A cheap test on a normalised description that says whether some words *may* occur in it, before
 * it is split into words and matched: descriptions can be thousands of characters long and most say
 * nothing about mentoring. It may say yes wrongly (then the full reading decides), never no wrongly
 * for the words it covers, because it reads the same normalised text the matchers read.
 */
export class TextProbe {
  private constructor(private readonly expression: RegExp | null) {}

  /** `anchors` are regular-expression fragments over normalised text. */
  static of(anchors: readonly string[]): TextProbe {
    const unique = [...new Set(anchors.filter((anchor) => anchor !== ''))];
    return new TextProbe(unique.length === 0 ? null : new RegExp(unique.join('|')));
  }

  mayOccurIn(normalizedText: string): boolean {
    return this.expression !== null && this.expression.test(normalizedText);
  }
}

/** The anchor of a user's word: its first word, normalised as the text will be. */
export function keywordAnchor(keyword: string): string {
  const words: string[] = [];
  tokenize(normalizeText(keyword), words, []);
  return words[0] === undefined ? '' : escapeRegExp(words[0]);
}

/**
 * Where a word one edit from "mento…" can begin (a letter replaced, added, dropped or swapped among
 * its first four: "mantoring", "metnoring", "mnetoring", "mebtoring"), and consonant skeletons ("mntrng").
 */
const MISSPELLING_ANCHORS = ['\\bm[a-z]?[a-z]?n[a-z]?t', '\\bme[a-z]?to', '\\bmen[a-z]?o', '\\bmetn'];

/** Anchors for built-in wording: the vocabulary's own (normalised) plus the misspelling starts. */
export function builtInWordingAnchors(vocabularyAnchors: readonly string[]): string[] {
  return [...MISSPELLING_ANCHORS, ...vocabularyAnchors.map(escapeRegExp)];
}

import { COACHING_TERMS, MENTORING_TERMS } from './lexicon-mentoring';
import { escapeRegExp } from './match';

/**
 * A cheap test on raw text (no HTML stripping, no normalisation) that says whether some words *may*
 * occur in it. Descriptions can be thousands of characters long and most say nothing about
 * mentoring: one case-insensitive regular expression over the raw text spares them the full reading.
 * It may say yes wrongly (then the full reading decides), never no wrongly for the words it covers.
 */
export class RawProbe {
  private constructor(private readonly expression: RegExp | null) {}

  static of(anchors: readonly string[]): RawProbe {
    const unique = [...new Set(anchors.filter((anchor) => anchor !== ''))];
    return new RawProbe(unique.length === 0 ? null : new RegExp(unique.join('|'), 'i'));
  }

  mayOccurIn(text: string): boolean {
    if (this.expression === null) return false;
    // Full-width and other compatibility letters only match after normalisation.
    return this.expression.test(text) || COMPATIBILITY_FORMS.test(text);
  }
}

const COMPATIBILITY_FORMS = /[\uff00-\uffef\ufb00-\ufb4f]/;


/**
 * The anchor of a user's word: its first word, with every non-ASCII character free to be written
 * with or without its accent ("Café" also finds "cafe", and "Straße" finds "strasse").
 */
export function keywordAnchor(keyword: string): string {
  const firstWord = keyword.trim().split(/[\s\p{P}\p{S}]+/u).find((word) => word !== '') ?? '';
  let anchor = '';
  for (const character of firstWord) anchor += character.charCodeAt(0) < 0x80 ? escapeRegExp(character) : '.{1,2}';
  return anchor;
}

/**
 * Where built-in mentoring wording can begin in raw text. "ment" at the start of a word covers every
 * Latin stem (mentor, mentee, mentoring, Mentorin, mentoría, mentorat) and the misspellings that
 * keep its first letters, without passing every "agreement" and "document"; "mentor" and "mentee"
 * anywhere cover compounds (Gruppenmentoring); the rest cover letter swaps near the start.
 */
const LATIN_ANCHORS = [
  '\\bment', 'mentor', 'mentee', '\\bmnt', '\\bmetn', '\\bmnet', '\\bmeno', '\\bmebt', '\\bmemt', 'prot[eé]g', 'k[eè]m c[aặ]p', 'coach',
];

export function builtInWordingAnchors(): string[] {
  const otherScripts = [...MENTORING_TERMS, ...COACHING_TERMS]
    .filter((term) => !/^[\x00-\x7f]*$/.test(term))
    .map((term) => escapeRegExp(term.replace(/[*_]/g, '').trim()))
    // Greek and Cyrillic words inflect: their first four letters suffice (the expression ignores case).
    .map((term) => (/^[\u0370-\u04ff]/.test(term) ? term.slice(0, 4) : term));
  return [...LATIN_ANCHORS, ...otherScripts, 'μέντ', 'Μέντ'];
}

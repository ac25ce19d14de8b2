import { hasNonAscii, tokenize } from './normalize';

/**
 * A normalised text split into words once, for every matcher that reads it. Arabic and Hebrew write
 * the article and some conjunctions onto the next word: such words also get their bare reading.
 */

/** A text ready for matching: normalised, with its words and their offsets. */
export interface TextView {
  text: string;
  tokens: string[];
  starts: number[];
  /** Whether the text has characters of a script written without spaces (only then are substrings searched). */
  spaceless: boolean;
  /** Other readings of a word, by word index: Arabic and Hebrew words without their proclitics. Null when none has any. */
  variants: (readonly string[] | undefined)[] | null;
}

/** Scripts written without spaces between words: their words are found as substrings. */
export const SPACELESS_SCRIPT = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const CLITIC_SCRIPT = /[\u05d0-\u05ea\u0620-\u064a]/;
/** Article and conjunctions written onto an Arabic word (after normalisation: no hamza on alef). */
const ARABIC_PROCLITICS = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];
/** Hebrew letters that stand for a word when written before another: and, the, in, to, from, that, as. */
const HEBREW_PROCLITICS = 'והבלמשכ';
/** A word stripped of what stood before it keeps at least this many letters. */
const MIN_STEM = 3;

export function createTextView(normalizedText: string): TextView {
  const tokens: string[] = [];
  const starts: number[] = [];
  tokenize(normalizedText, tokens, starts);
  const nonAscii = hasNonAscii(normalizedText);
  const spaceless = nonAscii && SPACELESS_SCRIPT.test(normalizedText);
  let variants: (readonly string[] | undefined)[] | null = null;
  if (nonAscii && CLITIC_SCRIPT.test(normalizedText)) {
    tokens.forEach((token, index) => {
      const stems = stemsOf(token);
      if (stems.length > 0) (variants ??= [])[index] = stems;
    });
  }
  return { text: normalizedText, tokens, starts, spaceless, variants };
}

/** The word without the article or conjunctions that Arabic and Hebrew write onto it. */
function stemsOf(token: string): string[] {
  const stems: string[] = [];
  const code = token.charCodeAt(0);
  if (code >= 0x0620 && code <= 0x064a) {
    for (const clitic of ARABIC_PROCLITICS) {
      if (token.length - clitic.length >= MIN_STEM && token.startsWith(clitic)) {
        const stem = token.slice(clitic.length);
        if (!stems.includes(stem)) stems.push(stem);
      }
    }
  } else if (code >= 0x05d0 && code <= 0x05ea) {
    for (let length = 1; length <= 2 && token.length - length >= MIN_STEM; length += 1) {
      if (!HEBREW_PROCLITICS.includes(token.charAt(length - 1))) break;
      stems.push(token.slice(length));
    }
  }
  return stems;
}


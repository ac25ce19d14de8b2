/**
 * Text normalisation shared by the lexicons and the events, so that both sides of every comparison
 * went through exactly the same steps: lower case, no accents, compatibility forms folded
 * (full-width letters, ligatures), HTML and links removed from descriptions.
 */

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
/** Letters that carry their "accent" in the letter itself, so NFKD cannot take it off. */
const UNDECOMPOSABLE_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};
const UNDECOMPOSABLE = /[ßøæœłđðþıħŧ]/g;

/**
 * Letters that people of one script type in several forms: Arabic, Persian and Urdu yeh, kaf and heh,
 * teh marbuta, alef wasla; Hebrew final letters; Greek final sigma; Devanagari chandrabindu. Digits
 * and punctuation of those scripts become ASCII, so "۱:۱" is "1:1" and "،" separates words.
 */
const SCRIPT_FOLDS: Readonly<Record<string, string>> = {
  ة: 'ه', ى: 'ي', ی: 'ي', ې: 'ي', ے: 'ي', ک: 'ك', ڪ: 'ك', ہ: 'ه', ھ: 'ه', ە: 'ه', ں: 'ن', ٱ: 'ا', ـ: '',
  '،': ',', '؛': ';', '؟': '?', '۔': '.', '٪': '%', '٫': '.', '٬': ',',
  ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ', '־': '-', '׳': "'", '״': '"',
  ς: 'σ', 'ँ': 'ं', '।': '.', '॥': '.', '\u00ad': '', '\u200d': '',
};
// The chandrabindu (a combining mark) and the zero-width joiner stand alone: inside the class they would read
// as joined to their neighbours.
const SCRIPT_FOLDABLE = /[ةىیېےکڪہھەںٱـ،؛؟۔٪٫٬ךםןףץ־׳״ς।॥\u00ad\u0660-\u0669\u06f0-\u06f9]|\u0901|\u200d/g;
/** Vowel points and cantillation of Arabic and Hebrew, and the nukta of Devanagari and Bengali: optional in writing. */
const SCRIPT_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u093c\u09bc]/g;

function foldScriptLetter(letter: string): string {
  const code = letter.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  return SCRIPT_FOLDS[letter] ?? letter;
}

/** The full normalisation; exact for every script, but slow (two Unicode normalisation passes). */
export function normalizeFully(lower: string): string {
  return lower
    .normalize('NFKD')
    .replace(COMBINING_DIACRITICS, '')
    .replace(SCRIPT_MARKS, '')
    .replace(UNDECOMPOSABLE, (letter) => UNDECOMPOSABLE_LETTERS[letter] ?? letter)
    .replace(SCRIPT_FOLDABLE, foldScriptLetter)
    .normalize('NFC')
    .toLowerCase();
}

/**
 * Per-character results of `normalizeFully` for the characters where one character's normalisation
 * does not depend on its neighbours: Latin, Greek and Cyrillic letters, punctuation, symbols. `null`
 * means "unchanged". Built on first use.
 */
let foldedCharacters: (string | null)[] | null = null;
const FOLDED_RANGE_END = 0x2c00;

function foldTable(): (string | null)[] {
  if (foldedCharacters !== null) return foldedCharacters;
  const table: (string | null)[] = new Array<string | null>(FOLDED_RANGE_END).fill(null);
  for (let code = 0x80; code < FOLDED_RANGE_END; code += 1) {
    // Superscripts, letter-like symbols and number forms fold to letters and digits (² to 2, ℌ to h).
    const character = String.fromCharCode(code);
    const folded = normalizeFully(character.toLowerCase());
    if (folded !== character) table[code] = folded;
  }
  foldedCharacters = table;
  return table;
}

/** Scripts whose characters NFKD then NFC give back unchanged: kana, CJK ideographs, Hangul syllables. */
function isStableWideCharacter(code: number): boolean {
  return (
    // Kana, without the voicing marks (U+3099..U+309C) that combine with their neighbour.
    (code >= 0x3040 && code <= 0x3098) ||
    (code >= 0x30a0 && code <= 0x30fe) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    // Emoji and other astral characters, except the mathematical letters (high surrogate D835) that fold to ASCII.
    (code >= 0xd800 && code <= 0xdfff && code !== 0xd835)
  );
}

/**
 * Lower case without accents. Only the combining marks of Latin, Greek and Cyrillic letters are
 * dropped: the vowel signs of Devanagari or Thai are part of the letters, and kana voicing marks are
 * recomposed by the final NFC (as are Hangul syllables, which NFKD splits into jamo).
 * Most titles are ASCII or Latin with accents: those take a per-character table instead of the two
 * Unicode normalisation passes, which cost more than everything else the detector does.
 */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  const table = foldTable();
  let folded = '';
  let copiedUpTo = 0;
  for (let index = 0; index < lower.length; index += 1) {
    const code = lower.charCodeAt(index);
    if (code < 0x80) continue;
    // Conjoining Hangul jamo compose with their neighbours: only the full normalisation handles them.
    if (code < FOLDED_RANGE_END && (code < 0x1100 || code > 0x11ff)) {
      const replacement = table[code] ?? null;
      if (replacement === null) continue;
      folded += lower.slice(copiedUpTo, index) + replacement;
      copiedUpTo = index + 1;
    } else if (!isStableWideCharacter(code)) {
      return normalizeFully(lower);
    }
  }
  return copiedUpTo === 0 ? lower : folded + lower.slice(copiedUpTo);
}

export function hasNonAscii(text: string): boolean {
  return NON_ASCII.test(text);
}

const HTML_TAG = /<[^>]*>/g;
const HTML_ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  nbsp: ' ',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};
/** Links say where notes live, not what the meeting is: ".../mentoring/faq" is no mentoring wording. */
const LINK = /\b(?:https?:\/\/|www\.|mailto:)[^\s<>"]*/gi;

function decodeEntity(entity: string, body: string): string {
  if (body.charCodeAt(0) === 35 /* # */) {
    const isHex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88;
    const code = Number.parseInt(body.slice(isHex ? 2 : 1), isHex ? 16 : 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
}

/** Plain text of a calendar description, which Google stores as a small subset of HTML. */
export function descriptionToText(description: string): string {
  let text = description;
  if (text.indexOf('<') >= 0) text = text.replace(HTML_TAG, ' ');
  if (text.indexOf('&') >= 0) text = text.replace(HTML_ENTITY, decodeEntity);
  if (text.indexOf('://') >= 0 || text.indexOf('www.') >= 0 || text.indexOf('mailto:') >= 0) text = text.replace(LINK, ' ');
  return text;
}

const MAX_PREFIX_LENGTH = 40;
const TAG_CLOSERS: Readonly<Record<string, string>> = { '[': ']', '(': ')', '【': '】', '〔': '〕', '<': '>' };

/**
 * Length of what mail and calendar clients put before a title ("Fwd:", "Invitation:", "[EXT]",
 * "Hatırlatma:") at the start of a normalised title, 0 when none. `prefixes` holds them normalised,
 * without their colon or brackets.
 */
export function titlePrefixLength(normalizedTitle: string, prefixes: ReadonlySet<string>): number {
  let consumed = 0;
  for (;;) {
    const closer = TAG_CLOSERS[normalizedTitle.charAt(consumed)];
    const end = closer === undefined ? normalizedTitle.indexOf(':', consumed) : normalizedTitle.indexOf(closer, consumed + 1);
    if (end < 0 || end - consumed > MAX_PREFIX_LENGTH) return consumed;
    let candidate = normalizedTitle.slice(closer === undefined ? consumed : consumed + 1, end).trim();
    if (candidate.includes('  ')) candidate = candidate.replace(/\s+/g, ' ');
    if (!prefixes.has(candidate)) return consumed;
    consumed = end + 1;
    while (normalizedTitle.charCodeAt(consumed) === 32) consumed += 1;
  }
}

/**
 * Which kind of word a code unit (of normalised text) belongs to, 0 for none. Words end where the
 * kind changes, so "mentor会议" is two words and "Zoom-اجتماع" too: ASCII letters and digits, other
 * letters of alphabets written with spaces (Latin, Greek, Cyrillic...), Hebrew, Arabic script, the
 * Indic scripts, Thai and Lao, Hangul, Chinese and Japanese.
 */
function wordClass(code: number): number {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? 1 : 0;
  // Punctuation, symbols, emoji (surrogates), variation selectors and joiners separate words.
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return 0;
  if (code < 0x0590) return 2;
  if (code < 0x0600) return 3;
  if (code < 0x0900) return code < 0x0780 || code >= 0x08a0 ? 4 : 2;
  if (code < 0x0e00) return 5;
  if (code < 0x0f00) return 6;
  if (code >= 0x1100 && code <= 0x11ff) return 7;
  if (code < 0x2000) return 2;
  if (code <= 0x2bff) return 0;
  if (code >= 0x3000 && code <= 0x303f) return 0;
  if (code >= 0x3130 && code <= 0x318f) return 7;
  if (code >= 0x3040 && code <= 0x9fff) return 8;
  if (code >= 0xac00 && code <= 0xd7af) return 7;
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  if (code >= 0xf900 && code <= 0xfaff) return 8;
  if (code >= 0xfe00 && code <= 0xfe0f) return 0;
  if (code >= 0xff00 && code <= 0xff0f) return 0;
  return 2;
}

/**
 * Words of a normalised text with their offsets. ASCII words and runs of other scripts become separate
 * tokens ("mentor会议" gives "mentor" and "会议"), so Latin words keep their boundaries inside
 * Chinese or Japanese titles.
 */
export function tokenize(text: string, tokens: string[], starts: number[]): void {
  let start = -1;
  let previousClass = 0;
  for (let index = 0; index < text.length; index += 1) {
    const currentClass = wordClass(text.charCodeAt(index));
    if (currentClass !== previousClass) {
      if (previousClass !== 0) {
        tokens.push(text.slice(start, index));
        starts.push(start);
      }
      start = index;
      previousClass = currentClass;
    }
  }
  if (previousClass !== 0) {
    tokens.push(text.slice(start));
    starts.push(start);
  }
}

/**
 * Offset in a normalised title where a topic begins: after "Mentoring:", "[Mentoring]", "Mentoría –".
 * A colon between digits ("1:1", "10:30") separates nothing. Returns the text's length when there is none.
 */
export function topicSeparatorOffset(text: string): number {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 58 /* : */) {
      const before = text.charCodeAt(index - 1);
      const after = text.charCodeAt(index + 1);
      const isDigit = (value: number) => value >= 48 && value <= 57;
      if (!(isDigit(before) && isDigit(after))) return index;
    } else if (code === 124 /* | */ || code === 93 /* ] */ || code === 0x2013 || code === 0x2014) {
      return index;
    } else if (code === 45 /* - */ && text.charCodeAt(index - 1) === 32 && text.charCodeAt(index + 1) === 32) {
      return index;
    }
  }
  return text.length;
}

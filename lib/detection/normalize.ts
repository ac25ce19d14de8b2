/**
 * Text normalisation shared by the lexicons and the events, so that both sides of every comparison
 * went through exactly the same steps: lower case, no accents, compatibility forms folded
 * (full-width letters, ligatures), HTML and links removed from descriptions.
 */

const NON_ASCII = /[^\x00-\x7f]/;
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

/** The full normalisation; exact for every script, but slow (two Unicode normalisation passes). */
function normalizeFully(lower: string): string {
  return lower
    .normalize('NFKD')
    .replace(COMBINING_DIACRITICS, '')
    .replace(UNDECOMPOSABLE, (letter) => UNDECOMPOSABLE_LETTERS[letter] ?? letter)
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

/**
 * What mail and calendar clients put before a title when they forward, answer, update or cancel an
 * invitation, in the normalised form (lower case, no accents). The status field, not the title,
 * says whether an event is cancelled, so "Canceled event:" is only noise here.
 */
const TITLE_PREFIXES = [
  'fw', 'fwd', 're', 'aw', 'wg', 'tr', 'sv', 'vs', 'antw', 'doorst', 'rv', 'enc', 'res', 'odp', 'pd', 'i', 'r', 'ynt', 'ilt',
  'invitation', 'updated invitation', 'invitation updated', 'new event', 'reminder', 'notification',
  'canceled event', 'cancelled event', 'canceled', 'cancelled', 'accepted', 'declined', 'tentative', 'tentatively accepted',
  'einladung', 'aktualisierte einladung', 'neuer termin', 'abgesagt', 'abgesagter termin', 'angenommen', 'abgelehnt', 'erinnerung',
  'invitation mise a jour', 'nouvel evenement', 'evenement annule', 'annule', 'accepte', 'refuse', 'rappel',
  'invitacion', 'invitacion actualizada', 'nuevo evento', 'evento cancelado', 'cancelado', 'aceptado', 'rechazado', 'recordatorio',
  'convite', 'convite atualizado', 'novo evento', 'aceito', 'recusado', 'lembrete',
  'uitnodiging', 'bijgewerkte uitnodiging', 'nieuw evenement', 'geannuleerd', 'geaccepteerd', 'afgewezen', 'herinnering',
  'invito', 'invito aggiornato', 'nuovo evento', 'evento annullato', 'annullato', 'accettato', 'rifiutato', 'promemoria',
  'zaproszenie', 'zaktualizowane zaproszenie', 'odwolane', 'zaakceptowane', 'odrzucone', 'przypomnienie',
  'inbjudan', 'uppdaterad inbjudan', 'invitasjon', 'oppdatert invitasjon', 'kutsu', 'pozvanka',
  'приглашение', 'обновленное приглашение', 'отменено',
  '招待', '更新された招待', '招待状', '転送', '返信', 'キャンセル',
  '邀请', '已更新邀请', '更新的邀请', '转发', '回复', '已取消', '邀請', '轉寄', '回覆',
  '초대', '업데이트된 초대', '전달', '답장', '취소됨',
];

const TITLE_PREFIX_SET: ReadonlySet<string> = new Set(TITLE_PREFIXES.map(normalizeText));
const MAX_PREFIX_LENGTH = 40;

/** Length of the forwarding/invitation prefixes at the start of a normalised title (0 when none). */
export function titlePrefixLength(normalizedTitle: string): number {
  let consumed = 0;
  for (;;) {
    const colon = normalizedTitle.indexOf(':', consumed);
    if (colon < 0 || colon - consumed > MAX_PREFIX_LENGTH) return consumed;
    let candidate = normalizedTitle.slice(consumed, colon).trim();
    if (candidate.includes('  ')) candidate = candidate.replace(/\s+/g, ' ');
    if (!TITLE_PREFIX_SET.has(candidate)) return consumed;
    consumed = colon + 1;
    while (normalizedTitle.charCodeAt(consumed) === 32) consumed += 1;
  }
}

/** Whether a code unit (of normalised text) is part of a word: ASCII letters and digits, or another script's letters. */
function wordClass(code: number): 0 | 1 | 2 {
  if (code < 0x80) {
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return 1;
    return (code >= 65 && code <= 90) ? 1 : 0;
  }
  // Punctuation, symbols, emoji (surrogates), variation selectors and joiners separate words.
  if (code < 0xc0) return 0;
  if (code >= 0x2000 && code <= 0x2bff) return 0;
  if (code >= 0x3000 && code <= 0x303f) return 0;
  if (code >= 0xd800 && code <= 0xdfff) return 0;
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

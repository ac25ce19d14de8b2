import { normalizeText, tokenize } from './normalize';
import { SPACELESS_SCRIPT, type TextView } from './text-view';

/**
 * Phrase matching over normalised, tokenised text.
 *
 * A pattern is written as words separated by spaces, each word optionally marked:
 *   `mentor*`   a word starting with "mentor" (inflections: mentoring, mentorin, mentoria, mentorship)
 *   `*planung*` a word containing "planung" (compounds: sprintplanung, quartalsplanung)
 *   `*retro`    a word ending with "retro" (sprintretro)
 *   `_`         up to two short filler words ("semana _ mentoria" matches "semana de la mentoria")
 * Patterns in scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
 * Burmese) are matched as substrings of the whole text. Every other script keeps its word boundaries;
 * Arabic and Hebrew words are also read without the article and conjunctions written onto them
 * ("والميزانية" is also "ميزانية"), so a lexicon lists bare words.
 */

const enum Kind {
  Exact,
  Prefix,
  Suffix,
  Contains,
  Gap,
}

interface Element {
  kind: Kind;
  value: string;
}

interface CompiledPattern<Tag> {
  elements: Element[];
  tag: Tag;
}

interface PrefixGroup<Tag> {
  prefix: string;
  patterns: CompiledPattern<Tag>[];
}

export interface PhraseMatch<Tag> {
  tag: Tag;
  /** Offsets of the matched words in the normalised text. */
  start: number;
  end: number;
}

const MAX_GAP_WORDS = 2;
const MAX_GAP_WORD_LENGTH = 4;

/** Elements of a normalised pattern. */
function parseElements(normalizedPattern: string): Element[] {
  const elements: Element[] = [];
  for (const word of normalizedPattern.split(' ')) {
    if (word === '') continue;
    if (word === '_') {
      elements.push({ kind: Kind.Gap, value: '' });
      continue;
    }
    const leadingStar = word.charCodeAt(0) === 42;
    const trailingStar = word.length > 1 && word.charCodeAt(word.length - 1) === 42;
    const core = word.slice(leadingStar ? 1 : 0, trailingStar ? -1 : undefined);
    // "stand-up" or "1:1" in a pattern are several words, as they are in the text.
    const parts: string[] = [];
    tokenize(core, parts, []);
    parts.forEach((part, index) => {
      const isFirst = index === 0;
      const isLast = index === parts.length - 1;
      const open = isFirst && leadingStar;
      const openEnd = isLast && trailingStar;
      const kind = open && openEnd ? Kind.Contains : open ? Kind.Suffix : openEnd ? Kind.Prefix : Kind.Exact;
      elements.push({ kind, value: part });
    });
  }
  return elements;
}

function elementMatches(element: Element, token: string): boolean {
  switch (element.kind) {
    case Kind.Exact:
      return token === element.value;
    case Kind.Prefix:
      return token.startsWith(element.value);
    case Kind.Suffix:
      return token.endsWith(element.value);
    case Kind.Contains:
      return token.includes(element.value);
    default:
      return false;
  }
}

/** Whether the word at `index`, or one of its other readings, matches the element. */
function wordMatches(element: Element, view: TextView, index: number): boolean {
  const token = view.tokens[index];
  if (token === undefined) return false;
  if (elementMatches(element, token)) return true;
  const stems = view.variants?.[index];
  return stems !== undefined && stems.some((stem) => elementMatches(element, stem));
}

/** Token index after a match of elements[from..] starting at token `at`, or -1. */
function matchRest(elements: readonly Element[], from: number, view: TextView, at: number): number {
  if (from === elements.length) return at;
  const element = elements[from]!;
  if (element.kind === Kind.Gap) {
    for (let skipped = 0; skipped <= MAX_GAP_WORDS; skipped += 1) {
      if (skipped > 0) {
        const filler = view.tokens[at + skipped - 1];
        if (filler === undefined || filler.length > MAX_GAP_WORD_LENGTH) return -1;
      }
      const end = matchRest(elements, from + 1, view, at + skipped);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (!wordMatches(element, view, at)) return -1;
  return matchRest(elements, from + 1, view, at + 1);
}

/**
 * Many patterns compiled into indexes, so one pass over a text's words finds every match: exact
 * first words by hash, prefixes by their first two letters, compound parts by one regular
 * expression over the whole text, substrings by their first character.
 */
export class PhraseMatcher<Tag> {
  private readonly exactFirst = new Map<string, CompiledPattern<Tag>[]>();
  /**
   * Prefix patterns by the first three letters of their prefix (fewer for shorter prefixes), grouped
   * by prefix so that "mentor*" is tested once for all the patterns that start with it.
   */
  private readonly prefixFirst = new Map<number, PrefixGroup<Tag>[]>();
  /** Compound patterns (`*part*`, `*part`) by their part. */
  private readonly partFirst = new Map<string, CompiledPattern<Tag>[]>();
  /** Every compound part in one expression, built on first use: one pass over a text finds the words that contain any. */
  private partFinder: RegExp | null = null;
  /** Substring patterns by their first character. */
  private readonly substrings = new Map<number, { needle: string; tag: Tag }[]>();
  private readonly firstMatch: PhraseMatch<Tag>[] = [];

  get isEmpty(): boolean {
    return this.exactFirst.size === 0 && this.prefixFirst.size === 0 && this.partFirst.size === 0 && this.substrings.size === 0;
  }

  add(pattern: string, tag: Tag): this {
    const normalized = normalizeText(pattern).trim();
    if (normalized === '') return this;
    if (SPACELESS_SCRIPT.test(normalized)) {
      const needle = normalized.replace(/[*_]/g, '').trim();
      if (needle !== '') pushTo(this.substrings, needle.charCodeAt(0), { needle, tag });
      return this;
    }
    const elements = parseElements(normalized.replace(/\s+/g, ' '));
    const first = elements[0];
    if (!first || first.kind === Kind.Gap || first.value === '') return this;
    const compiled: CompiledPattern<Tag> = { elements, tag };
    if (first.kind === Kind.Exact) pushTo(this.exactFirst, first.value, compiled);
    else if (first.kind === Kind.Prefix) this.addPrefixPattern(first.value, compiled);
    else {
      pushTo(this.partFirst, first.value, compiled);
      this.partFinder = null;
    }
    return this;
  }

  /** Adds user-written words (pairing keywords, settings): taken literally, no pattern marks. */
  addLiteral(phrase: string, tag: Tag): this {
    const literal = phrase.replace(/[*_]/g, ' ').trim();
    return literal === '' ? this : this.add(literal, tag);
  }

  /**
   * Appends the matches in the text to `out`, in reading order of their first words (substring
   * matches last), until `out` holds `limit` matches.
   */
  collect(view: TextView, out: PhraseMatch<Tag>[], limit = Number.POSITIVE_INFINITY): void {
    const { tokens, starts } = view;
    const parts = this.partFirst.size === 0 ? null : this.findParts(view);
    let nextPart = 0;
    for (let index = 0; index < tokens.length && out.length < limit; index += 1) {
      const token = tokens[index]!;
      this.tryReading(token, view, index, out, limit);
      const stems = view.variants?.[index];
      if (stems !== undefined) for (const stem of stems) this.tryReading(stem, view, index, out, limit);
      if (parts === null) continue;
      const tokenEnd = starts[index]! + token.length;
      while (nextPart < parts.length && parts[nextPart]!.at < tokenEnd) {
        const part = parts[nextPart]!;
        nextPart += 1;
        if (part.at >= starts[index]!) this.tryAll(this.partFirst.get(part.value), view, index, out, limit, false);
      }
    }
    if (!view.spaceless || this.substrings.size === 0) return;
    const text = view.text;
    for (let at = 0; at < text.length && out.length < limit; at += 1) {
      const code = text.charCodeAt(at);
      if (code < 0x80) continue;
      const candidates = this.substrings.get(code);
      if (candidates === undefined) continue;
      for (const { needle, tag } of candidates) {
        if (out.length < limit && text.startsWith(needle, at)) out.push({ tag, start: at, end: at + needle.length });
      }
    }
  }

  /** The first match, or null. */
  first(view: TextView): PhraseMatch<Tag> | null {
    const out = this.firstMatch;
    out.length = 0;
    this.collect(view, out, 1);
    const match = out[0] ?? null;
    out.length = 0;
    return match;
  }

  /** Patterns whose first word is this reading of the word at `index`, or starts it. */
  private tryReading(reading: string, view: TextView, index: number, out: PhraseMatch<Tag>[], limit: number): void {
    this.tryAll(this.exactFirst.get(reading), view, index, out, limit, true);
    for (let keyLength = Math.min(reading.length, PREFIX_KEY_LENGTH); keyLength > 0; keyLength -= 1) {
      const groups = this.prefixFirst.get(prefixKey(reading, keyLength));
      if (groups === undefined) continue;
      for (const group of groups) {
        if (reading.startsWith(group.prefix)) this.tryAll(group.patterns, view, index, out, limit, true);
      }
    }
  }

  private addPrefixPattern(prefix: string, pattern: CompiledPattern<Tag>): void {
    const key = prefixKey(prefix, Math.min(prefix.length, PREFIX_KEY_LENGTH));
    const groups = this.prefixFirst.get(key) ?? [];
    const group = groups.find((candidate) => candidate.prefix === prefix);
    if (group) group.patterns.push(pattern);
    else groups.push({ prefix, patterns: [pattern] });
    this.prefixFirst.set(key, groups);
  }

  /** Where compound parts occur in the text, in order. */
  private findParts(view: TextView): { at: number; value: string }[] | null {
    // Longest parts first, so that "mentoring" is found inside "gruppenmentoring" rather than a shorter part of it.
    const finder = (this.partFinder ??= new RegExp(
      [...this.partFirst.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'),
      'g',
    ));
    finder.lastIndex = 0;
    let found: { at: number; value: string }[] | null = null;
    for (let hit = finder.exec(view.text); hit !== null; hit = finder.exec(view.text)) {
      (found ??= []).push({ at: hit.index, value: hit[0] });
    }
    return found;
  }

  /** Tries patterns whose first word may match the word at `index` (`firstMatches`: it is known to). */
  private tryAll(
    candidates: readonly CompiledPattern<Tag>[] | undefined,
    view: TextView,
    index: number,
    out: PhraseMatch<Tag>[],
    limit: number,
    firstMatches: boolean,
  ): void {
    if (candidates === undefined) return;
    const { tokens, starts } = view;
    for (const pattern of candidates) {
      if (out.length >= limit) return;
      const elements = pattern.elements;
      if (!firstMatches && !wordMatches(elements[0]!, view, index)) continue;
      const end = elements.length === 1 ? index + 1 : matchRest(elements, 1, view, index + 1);
      if (end < 0) continue;
      const start = starts[index]!;
      const stop = starts[end - 1]! + tokens[end - 1]!.length;
      // Many languages share a stem ("mentor*", "mentoring*"): one match per meaning and span is enough.
      if (hasMatch(out, pattern.tag, start, stop)) continue;
      out.push({ tag: pattern.tag, start, end: stop });
    }
  }
}

/** Whether `out` already ends with matches at `start` that include this tag and end. */
function hasMatch<Tag>(out: readonly PhraseMatch<Tag>[], tag: Tag, start: number, end: number): boolean {
  for (let at = out.length - 1; at >= 0; at -= 1) {
    const match = out[at]!;
    if (match.start !== start) return false;
    if (match.tag === tag && match.end === end) return true;
  }
  return false;
}

const PREFIX_KEY_LENGTH = 3;

/**
 * Index key of a word's first `length` (1 to 3) letters: a small integer hash, which the engine keys
 * a Map by far faster than by a string or a large number. Colliding prefixes share a bucket, and
 * every group in a bucket still checks its own prefix.
 */
function prefixKey(word: string, length: number): number {
  let key = length;
  for (let index = 0; index < length; index += 1) key = (key * 31 + word.charCodeAt(index)) & 0x3fffffff;
  return key;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pushTo<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

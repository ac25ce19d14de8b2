import type { CompiledContext } from './context';
import { isNonPersonAddress, isRecord, type UnknownRecord } from './event-fields';
import { createTextView } from './text-view';
import { normalizeText } from './normalize';
import type { TitleAnalysis } from './title-analysis';
import type { TermMatch } from './vocabulary';
import { findWording, type Wording } from './wording';

const MAX_NAME_WORDS = 4;
const NAME_SEPARATORS = /[._-]+/g;

/**
 * Whether the matched word is a word of this person's name: a name of two to four words, none of
 * them other vocabulary ("Mentor Gashi" is a person; "Mentoring Circle" is a group's name).
 */
function isWordOfName(context: CompiledContext, name: string, word: string): boolean {
  const view = createTextView(normalizeText(name.replace(NAME_SEPARATORS, ' ')));
  if (view.tokens.length < 2 || view.tokens.length > MAX_NAME_WORDS || !view.tokens.includes(word)) return false;
  const matches: TermMatch[] = [];
  context.vocabulary.collectTitle(view, matches);
  return matches.every((match) => view.text.slice(match.start, match.end) === word);
}

/** Whether `text` holds the lower-case `word`, ignoring ASCII case; allocates nothing in the common case. */
function holds(text: string, word: string, end: number): boolean {
  const first = word.charCodeAt(0);
  if (first >= 0x80) return normalizeText(text).includes(word);
  search: for (let at = 0; at + word.length <= end; at += 1) {
    for (let offset = 0; offset < word.length; offset += 1) {
      let code = text.charCodeAt(at + offset);
      if (code >= 65 && code <= 90) code += 32;
      if (code !== word.charCodeAt(offset)) continue search;
    }
    return true;
  }
  return false;
}

/** The display names and "first.last" addresses of the other people that may hold one of `words`. */
function namesHolding(event: UnknownRecord, words: readonly string[]): string[] | null {
  let found: string[] | null = null;
  const people: unknown[] = Array.isArray(event.attendees) ? (event.attendees as unknown[]) : [];
  for (let index = 0; index <= people.length; index += 1) {
    const person = index < people.length ? people[index] : event.organizer;
    if (!isRecord(person) || person.self === true || person.resource === true) continue;
    const email = typeof person.email === 'string' ? person.email : '';
    if (email !== '' && isNonPersonAddress(email)) continue;
    const display = typeof person.displayName === 'string' ? person.displayName : '';
    const at = email.indexOf('@');
    for (const word of words) {
      if (display !== '' && holds(display, word, display.length)) (found ??= []).push(display);
      if (at > 0 && holds(email, word, at)) (found ??= []).push(email.slice(0, at));
    }
  }
  return found;
}

/**
 * The title's mentoring wording once the attendees' names are set aside: an attendee's name never
 * counts as wording, so "Coffee with Mentor" is no mentoring session when Mentor Gashi is the guest.
 * Only words for the mentor or mentee are also first names; titles without them are left as they are.
 */
export function wordingBesideNames(context: CompiledContext, analysis: TitleAnalysis, event: UnknownRecord): Wording | null {
  const wording = analysis.wording;
  const roleWords = analysis.roleWords;
  if (wording === null || wording.keyword !== null || roleWords.length === 0) return wording;
  const names = namesHolding(event, roleWords);
  if (names === null) return wording;
  const text = analysis.title.view.text;
  const remaining = analysis.findings.wordings.filter((match) => {
    const word = text.slice(match.start, match.end);
    return !names.some((name) => isWordOfName(context, name, word));
  });
  if (remaining.length === analysis.findings.wordings.length) return wording;
  return findWording(context, analysis.title, 'title', remaining[0] ?? null);
}

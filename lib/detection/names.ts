import type { CompiledContext } from './context';
import { isNonPersonAddress, isRecord, type UnknownRecord } from './event-fields';
import { createTextView, type TextView } from './match';
import { normalizeText } from './normalize';
import type { TitleAnalysis } from './title-analysis';
import type { TermMatch } from './vocabulary';
import { findWording, type Wording } from './wording';

const MAX_NAME_WORDS = 4;

/** What the event calls its other people: display names, and "first.last" addresses read as "first last". */
function personNames(event: UnknownRecord): string[] {
  const names: string[] = [];
  const people = Array.isArray(event.attendees) ? [...(event.attendees as unknown[]), event.organizer] : [event.organizer];
  for (const person of people) {
    if (!isRecord(person) || person.self === true || person.resource === true) continue;
    const email = typeof person.email === 'string' ? person.email : '';
    if (email !== '' && isNonPersonAddress(email)) continue;
    if (typeof person.displayName === 'string' && person.displayName.trim() !== '') names.push(person.displayName);
    const local = email.slice(0, Math.max(0, email.indexOf('@')));
    if (/[._-]/.test(local)) names.push(local.replace(/[._-]+/g, ' '));
  }
  return names;
}

/**
 * Whether the matched word is a word of this person's name: a name of two to four words, none of
 * them other vocabulary ("Mentor Gashi" is a person; "Mentoring Circle" is a group's name).
 */
function isWordOfName(context: CompiledContext, name: string, word: string): boolean {
  const normalized = normalizeText(name);
  if (!normalized.includes(word)) return false;
  const view: TextView = createTextView(normalized);
  if (view.tokens.length < 2 || view.tokens.length > MAX_NAME_WORDS || !view.tokens.includes(word)) return false;
  const matches: TermMatch[] = [];
  context.vocabulary.collectTitle(view, matches);
  return matches.every((match) => normalized.slice(match.start, match.end) === word);
}

/**
 * The title's mentoring wording once the attendees' names are set aside: an attendee's name never
 * counts as wording, so "Coffee with Mentor" is no mentoring session when Mentor Gashi is the guest.
 * Only the words for mentor and mentee are also first names; titles without them are left as they are.
 */
export function wordingBesideNames(context: CompiledContext, analysis: TitleAnalysis, event: UnknownRecord): Wording | null {
  const wording = analysis.wording;
  const wordings = analysis.findings.wordings;
  if (wording === null || wording.keyword !== null || !wordings.some((match) => match.tag.role)) return wording;
  const names = personNames(event);
  if (names.length === 0) return wording;
  const text = analysis.title.view.text;
  const remaining = wordings.filter((match) => {
    const word = text.slice(match.start, match.end);
    return !names.some((name) => isWordOfName(context, name, word));
  });
  if (remaining.length === wordings.length) return wording;
  return findWording(context, analysis.title, 'title', remaining[0] ?? null);
}

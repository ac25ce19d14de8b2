import type { AttendeeSummary } from './attendees';
import { attendeeReason, type CompiledContext, type PairingKeyword, type ParticipantName } from './context';
import type { PhraseMatch, PhraseMatcher } from './match';
import type { TextProbe } from './probe';
import type { PreparedText } from './title';

/** The pairing an event belongs to, with the sentence that says why; `index` -1 means none. */
export interface PairingChoice {
  index: number;
  /** What decided it: how sure the detector can be grows with it. */
  basis: 'keyword' | 'attendance' | 'name' | 'none';
  reason: string;
}

const NO_PAIRING = -1;

export function attendanceReason(context: CompiledContext, people: AttendeeSummary, index: number): string {
  const pairing = context.pairings[index]!;
  const count = people.attendingCounts[index] ?? 0;
  if (count !== 1) return `${count} participants of pairing "${pairing.title}" attend`;
  const email = people.firstAttending[index] ?? '';
  return pairing.attendeeReasons.get(email) ?? attendeeReason(email.trim().toLowerCase(), pairing.title);
}

/**
 * Rule 2: every other person is a participant of one single pairing, and enough of them attend (one,
 * or two for a group pairing). Returns the pairing index or -1.
 */
export function pairThatMeets(context: CompiledContext, people: AttendeeSummary): number {
  if (people.humanCount === 0 || people.outsiderCount > 0) return NO_PAIRING;
  let chosen = NO_PAIRING;
  let tied = false;
  for (const index of people.attendingPairings) {
    const count = people.attendingCounts[index] ?? 0;
    if (count !== people.humanCount) continue;
    if (context.pairings[index]!.isGroup && count < 2) continue;
    if (chosen === NO_PAIRING) chosen = index;
    else tied = true;
  }
  // The same people make up two pairings: "the same single pairing" does not hold.
  return tied ? NO_PAIRING : chosen;
}

/** Distinct pairing indices that a matcher's matches point at, in order. */
function matchedPairings<Tag extends { pairingIndex: number }>(matcher: PhraseMatcher<Tag>, texts: readonly (PreparedText | null)[]): Tag[] {
  const found: Tag[] = [];
  const matches: PhraseMatch<Tag>[] = [];
  for (const text of texts) {
    if (text !== null) matcher.collect(text.view, matches);
  }
  for (const { tag } of matches) {
    if (!found.some((known) => known.pairingIndex === tag.pairingIndex)) found.push(tag);
  }
  return found;
}

/** Among several candidate pairings, the one with the most participants attending; none (-1) on a tie. */
function mostAttended(people: AttendeeSummary, candidates: readonly number[]): number {
  let best = NO_PAIRING;
  let bestCount = -1;
  let tied = false;
  for (const index of candidates) {
    const count = people.attendingCounts[index] ?? 0;
    if (count > bestCount) {
      best = index;
      bestCount = count;
      tied = false;
    } else if (count === bestCount) {
      tied = true;
    }
  }
  return tied ? NO_PAIRING : best;
}

/**
 * Which pairing, after rules 1 and 2 (detect.ts): a pairing keyword, else the pairing whose participants
 * attend (most attending wins, a tie gives none), else the pairing whose participant the title names
 * by full name.
 */
export function choosePairing(
  context: CompiledContext,
  people: AttendeeSummary,
  title: PreparedText,
  event: { description(probe: TextProbe): PreparedText | null },
): PairingChoice {
  if (context.pairingKeywords !== null) {
    const keywords = matchedPairings<PairingKeyword>(context.pairingKeywords, [title, event.description(context.descriptionProbes.pairingKeywords)]);
    if (keywords.length > 0) {
      const index = keywords.length === 1 ? keywords[0]!.pairingIndex : mostAttended(people, keywords.map((tag) => tag.pairingIndex));
      const keyword = keywords.find((tag) => tag.pairingIndex === index);
      if (index !== NO_PAIRING && keyword) {
        return { index, basis: 'keyword', reason: `"${keyword.text}" is a keyword of pairing "${context.pairings[index]!.title}"` };
      }
      return { index: NO_PAIRING, basis: 'none', reason: 'keywords of several pairings appear, so no pairing is chosen' };
    }
  }
  if (people.attendingPairings.length > 0) {
    const index = mostAttended(people, people.attendingPairings);
    if (index === NO_PAIRING) return { index, basis: 'none', reason: 'participants of several pairings attend in equal numbers, so no pairing is chosen' };
    return { index, basis: 'attendance', reason: attendanceReason(context, people, index) };
  }
  if (context.participantNames !== null) {
    const named = matchedPairings<ParticipantName>(context.participantNames, [title]);
    const first = named[0];
    if (first !== undefined && named.length === 1) {
      return { index: first.pairingIndex, basis: 'name', reason: `title names ${first.name} of pairing "${context.pairings[first.pairingIndex]!.title}"` };
    }
    if (named.length > 1) return { index: NO_PAIRING, basis: 'none', reason: 'the title names people of several pairings, so no pairing is chosen' };
  }
  if (people.humanCount === 0) return { index: NO_PAIRING, basis: 'none', reason: 'no other attendee (some people do not invite the other side)' };
  return { index: NO_PAIRING, basis: 'none', reason: `${namesOf(people.outsiders)} ${people.outsiderCount === 1 ? 'is' : 'are'} in no pairing yet` };
}

/** Addresses for a sentence: lower case, as the pairings store them. */
export function namesOf(addresses: readonly string[]): string {
  return addresses.map((address) => address.trim().toLowerCase()).join(', ');
}

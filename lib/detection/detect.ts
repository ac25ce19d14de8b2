import type { AttendeeSummary } from './attendees';
import { compileContext, type CompiledContext } from './context';
import { findSeriesKey, isAllDay, isCancelled, isRecord, notMeetingType, type UnknownRecord } from './event-fields';
import { attendanceReason, choosePairing, namesOf, pairThatMeets, type PairingChoice } from './pairing-choice';
import { wordingBesideNames } from './names';
import type { TextProbe } from './probe';
import { normalizeDescription, prepareDescription, quote, type NormalizedDescription, type PreparedText } from './title';
import { TitleAnalyses, titleReason, type TitleAnalysis } from './title-analysis';
import { findDescriptionWording, type TitleFindings } from './title-findings';
import type { DetectableEvent, DetectionContext, DetectionResult, Detector } from './types';
import type { TermMatch, Vocabulary } from './vocabulary';
import { findWording, wordingReason, type Wording } from './wording';

/** A kickoff or launch with this many other people is a programme event, not a first conversation. */
const KICKOFF_CROWD = 4;
/** Mentoring wording with this many other people (and no circle) is a programme event. */
const PROGRAMME_CROWD = 15;
/** Words this close belong to one quoted phrase ("revue de sprint"). */
const NEIGHBOUR_GAP = 5;

const CONFIDENCE = {
  confirmedSeries: 1,
  pairMeetsWithWording: 0.95,
  pairMeets: 0.8,
  wordingWithKeyword: 0.9,
  wordingWithParticipant: 0.85,
  wordingWithNamedParticipant: 0.8,
  wordingWithUnknownPeople: 0.7,
  wordingAlone: 0.6,
  descriptionOnlyPenalty: 0.1,
  notHappening: 0.02,
  notAMeeting: 0.03,
  otherPurpose: 0.1,
  partialPair: 0.25,
  nothing: 0.05,
} as const;

const CONFIDENCE_BY_BASIS: Readonly<Record<PairingChoice['basis'], number>> = {
  keyword: CONFIDENCE.wordingWithKeyword,
  attendance: CONFIDENCE.wordingWithParticipant,
  name: CONFIDENCE.wordingWithNamedParticipant,
  none: CONFIDENCE.wordingWithUnknownPeople,
};

function negative(confidence: number, ...reasons: string[]): DetectionResult {
  return { isMentoring: false, pairingId: null, confidence, reasons };
}

/**
 * Why the title makes the event negative, quoting the purpose with the purpose words right next to
 * it ("Q2 budget review" gives "budget review"); a programme event when mentoring or programme
 * words are in the title too.
 */
function purposeReason(title: PreparedText, findings: TitleFindings, purpose: TermMatch): string {
  const aboutProgramme = purpose.tag.signal === 'programmeActivity' || findings.mentoring !== null || findings.programmeWord !== null;
  const neighbours = [...findings.purposes, findings.programmeWord, findings.kickoff, aboutProgramme ? findings.mentoring : null];
  let start = purpose.start;
  let end = purpose.end;
  for (let grown = true; grown; ) {
    grown = false;
    for (const match of neighbours) {
      if (match === null || match.end < start - NEIGHBOUR_GAP || match.start > end + NEIGHBOUR_GAP) continue;
      if (match.start < start || match.end > end) {
        start = Math.min(start, match.start);
        end = Math.max(end, match.end);
        grown = true;
      }
    }
  }
  const quoted = quote(title, { start, end });
  return aboutProgramme
    ? `title is about the mentoring programme, not a conversation: "${quoted}"`
    : `title names another purpose: "${quoted}"`;
}

class EventDetection {
  private normalizedDescription: NormalizedDescription | null | undefined;
  private descriptionText: PreparedText | undefined;

  constructor(
    private readonly context: CompiledContext,
    private readonly titles: TitleAnalyses,
    private readonly event: UnknownRecord,
  ) {}

  /**
   * The description, split into words only when the title and the guest list leave the question open
   * and a quick look at its normalised text finds what is asked for: descriptions can be long.
   */
  description(probe: TextProbe): PreparedText | null {
    if (this.normalizedDescription === undefined) {
      const raw = typeof this.event.description === 'string' ? this.event.description : '';
      this.normalizedDescription = raw.trim() === '' ? null : normalizeDescription(raw);
    }
    const normalized = this.normalizedDescription;
    if (normalized === null || !probe.mayOccurIn(normalized.normalized)) return null;
    this.descriptionText ??= prepareDescription(normalized);
    return this.descriptionText;
  }

  positive(pairingIndex: number, confidence: number, reasons: string[]): DetectionResult {
    const minimum = this.context.minConfidence;
    if (confidence < minimum) {
      return negative(confidence, ...reasons, `confidence ${confidence.toFixed(2)} is below your threshold ${minimum.toFixed(2)}`);
    }
    const pairing = pairingIndex >= 0 ? this.context.pairings[pairingIndex] : undefined;
    return { isMentoring: true, pairingId: pairing ? pairing.id : null, confidence, reasons };
  }

  run(): DetectionResult {
    const { context, event } = this;
    if (!context.enabled) return negative(0, 'automatic detection is turned off');
    if (context.rejectedSeries.size > 0 && findSeriesKey(event, context.isRejected) !== null) {
      return negative(0, 'you marked this event as not mentoring');
    }
    if (isCancelled(event)) return negative(CONFIDENCE.notHappening, 'cancelled');

    const analysis = this.titles.of(typeof event.summary === 'string' ? event.summary : '');
    const { title, findings } = analysis;
    const titleWording = wordingBesideNames(context, analysis, event);
    const purpose = titleWording === analysis.wording ? analysis.purpose : analysis.purposeWithoutWording;
    const ignoredReason = this.ignoredKeyword(analysis.ignored);
    if (ignoredReason !== null) return negative(CONFIDENCE.notHappening, ignoredReason);

    const confirmedKey = context.confirmedSeries.size > 0 ? findSeriesKey(event, context.isConfirmed) : null;
    // Another purpose is negative whatever the times and the guest list say: large meetings
    // (standups, all-hands) mostly end here without their guest list being read.
    if (confirmedKey === null && purpose !== null) {
      const key = purpose === analysis.purpose ? 'purpose' : 'purposeWithoutWording';
      return negative(CONFIDENCE.otherPurpose, titleReason(analysis, key, () => purposeReason(title, findings, purpose)));
    }
    if (isAllDay(event)) return negative(CONFIDENCE.notAMeeting, 'all-day event');
    const notMeeting = notMeetingType(event);
    if (notMeeting !== null) return negative(CONFIDENCE.notAMeeting, `not a meeting (${notMeeting})`);
    const people = context.attendees.read(event);
    if (people.selfDeclined) return negative(CONFIDENCE.notHappening, 'you declined this event');
    if (confirmedKey !== null) {
      const index = context.confirmedSeries.get(confirmedKey)!;
      return this.positive(index, CONFIDENCE.confirmedSeries, [context.pairings[index]!.confirmedReason]);
    }

    const meetingPair = pairThatMeets(context, people);
    if (meetingPair >= 0) {
      const reasons = [this.pairMeetsReason(people, meetingPair)];
      if (titleWording !== null) reasons.push(this.titleWordingReason(analysis, titleWording));
      return this.positive(meetingPair, titleWording !== null ? CONFIDENCE.pairMeetsWithWording : CONFIDENCE.pairMeets, reasons);
    }

    const programmeReason = this.programmeGathering(analysis, people);
    if (programmeReason !== null) return negative(CONFIDENCE.otherPurpose, programmeReason);

    const wording = titleWording ?? this.descriptionWording();
    if (wording === null) return negative(...this.noWording(people));
    if (people.humanCount === 0) {
      const blockReason = this.preparationBlock(analysis, wording);
      if (blockReason !== null) return negative(CONFIDENCE.otherPurpose, blockReason);
    }
    if (people.humanCount >= PROGRAMME_CROWD && !findings.hasCircle) {
      return negative(CONFIDENCE.otherPurpose, `${people.humanCount} people are invited: a programme event, not a mentoring conversation`);
    }

    const choice = choosePairing(context, people, title, this);
    let confidence: number = people.humanCount === 0 ? CONFIDENCE.wordingAlone : CONFIDENCE_BY_BASIS[choice.basis];
    if (wording.place === 'description') confidence -= CONFIDENCE.descriptionOnlyPenalty;
    const said = wording === titleWording ? this.titleWordingReason(analysis, wording) : wordingReason(wording);
    return this.positive(choice.index, Math.round(confidence * 100) / 100, [said, choice.reason]);
  }

  /** The sentence about the title's wording, written once per title unless an attendee's name changed it. */
  private titleWordingReason(analysis: TitleAnalysis, wording: Wording): string {
    return wording === analysis.wording ? titleReason(analysis, 'wording', () => wordingReason(wording)) : wordingReason(wording);
  }

  private ignoredKeyword(inTitle: string | null): string | null {
    const matcher = this.context.ignoreKeywords;
    if (matcher === null) return null;
    if (inTitle !== null) return `title says "${inTitle}", which you chose to ignore`;
    const description = this.description(this.context.descriptionProbes.ignoreKeywords);
    const inDescription = description === null ? null : matcher.first(description.view);
    return inDescription === null ? null : `description says "${inDescription.tag.text}", which you chose to ignore`;
  }

  private descriptionWording(): Wording | null {
    const description = this.description(this.context.descriptionProbes.wording);
    if (description === null) return null;
    return findWording(this.context, description, 'description', findDescriptionWording(this.context.vocabulary, description.view));
  }

  /**
   * Why an event with no other attendee is a preparation or reflection block, or null. The title
   * says so; when only the description carries the mentoring wording, the description may say so.
   */
  private preparationBlock(analysis: TitleAnalysis, wording: Wording): string | null {
    const { title, findings } = analysis;
    const inTitle = findings.preparation;
    if (inTitle !== null) {
      return titleReason(analysis, 'preparation', () => `a preparation or reflection block with no other attendee: "${quote(title, inTitle)}"`);
    }
    if (wording.place !== 'description') return null;
    const inDescription = this.context.vocabulary.findPreparation(wording.text.view);
    return inDescription === null ? null : `a preparation or reflection block with no other attendee: "${quote(wording.text, inDescription)}"`;
  }

  private pairMeetsReason(people: AttendeeSummary, index: number): string {
    const pairing = this.context.pairings[index]!;
    return pairing.isGroup ? `${people.humanCount} participants of pairing "${pairing.title}" attend, and no one else` : attendanceReason(this.context, people, index);
  }

  /** A title naming only the programme, or a kickoff or launch for many people. */
  private programmeGathering(analysis: TitleAnalysis, people: AttendeeSummary): string | null {
    const { title, findings } = analysis;
    if (findings.hasCircle) return null;
    const programmeWord = findings.programmeWord;
    if (programmeWord !== null && !findings.hasCue) {
      return titleReason(analysis, 'programme', () => purposeReason(title, findings, programmeWord));
    }
    const kickoff = findings.kickoff;
    if (kickoff !== null && (programmeWord !== null || people.humanCount >= KICKOFF_CROWD)) {
      return `a kickoff for ${people.humanCount} people is a programme event, not a conversation: "${quote(title, kickoff)}"`;
    }
    return null;
  }

  private noWording(people: AttendeeSummary): [number, ...string[]] {
    if (people.humanCount === 0) return [CONFIDENCE.nothing, 'no other attendee and no mentoring wording'];
    const because = 'and the event has no mentoring wording';
    if (people.outsiderCount > 0 && people.attendingPairings.length > 0) {
      return [CONFIDENCE.partialPair, `${namesOf(people.outsiders)} ${people.outsiderCount === 1 ? 'is' : 'are'} in no pairing, ${because}`];
    }
    if (people.outsiderCount > 0) return [CONFIDENCE.nothing, `no attendee is in a pairing, ${because}`];
    if (people.attendingPairings.length > 1) return [CONFIDENCE.partialPair, `people from different pairings attend together, ${because}`];
    const index = people.attendingPairings[0] ?? -1;
    const pairing = this.context.pairings[index];
    return pairing?.isGroup
      ? [CONFIDENCE.partialPair, `only one participant of group pairing "${pairing.title}" attends, ${because}`]
      : [CONFIDENCE.nothing, `the attendees do not make up one pairing, ${because}`];
  }
}

/**
 * Prepares the context once (addresses, keywords, names) and returns a fast per-event detector.
 * `vocabulary` is every lexicon, loaded and compiled (see packaged.ts, or loadVocabulary in tests).
 */
export function createDetector(context: DetectionContext, vocabulary: Vocabulary): Detector {
  const compiled = compileContext(context, vocabulary);
  const titles = new TitleAnalyses(compiled);
  return (event: DetectableEvent): DetectionResult => {
    const record: unknown = event;
    if (!isRecord(record)) return negative(0, 'not a calendar event');
    try {
      return new EventDetection(compiled, titles, record).run();
    } catch {
      // Detection must never stop a sync: an unreadable event is simply not a session.
      return negative(0, 'this event could not be read');
    }
  };
}

export function detectMentoring(event: DetectableEvent, context: DetectionContext, vocabulary: Vocabulary): DetectionResult {
  return createDetector(context, vocabulary)(event);
}

import * as z from 'zod/mini';

/**
 * The shared format of the detection lexicons: one JSON file per language in public/lexicons/,
 * each with the same categories. Patterns use the syntax of match.ts (`word*` a prefix, `*word*` a
 * part of a compound, `_` up to two short filler words); they are normalised when compiled, so they
 * may keep their accents and capitals.
 */

/**
 * Kinds of work that make a title name another purpose. Strong kinds name a different meeting
 * outright (standup, interview, training): negative whatever else the title says, except as the topic
 * after a mentoring head ("Mentoring: interview prep"). Weak kinds are also ordinary topics and labels
 * (review, sync, project): negative only when the title has no mentoring wording. Growth-exempt kinds
 * about a person's growth ("career planning", "goal review") are mentoring topics.
 */
export const PURPOSE_KINDS = {
  standup: { strong: true, growthExempt: false },
  sprint: { strong: true, growthExempt: false },
  budget: { strong: true, growthExempt: false },
  interview: { strong: true, growthExempt: false },
  demo: { strong: true, growthExempt: false },
  planning: { strong: true, growthExempt: true },
  retro: { strong: true, growthExempt: false },
  calibration: { strong: true, growthExempt: false },
  performanceReview: { strong: true, growthExempt: false },
  allHands: { strong: true, growthExempt: false },
  offsite: { strong: true, growthExempt: false },
  training: { strong: true, growthExempt: false },
  workshop: { strong: true, growthExempt: false },
  incident: { strong: true, growthExempt: false },
  designReview: { strong: true, growthExempt: false },
  pairProgramming: { strong: true, growthExempt: false },
  onboarding: { strong: true, growthExempt: false },
  committee: { strong: true, growthExempt: false },
  teamMeeting: { strong: true, growthExempt: false },
  report: { strong: true, growthExempt: false },
  audit: { strong: true, growthExempt: false },
  sync: { strong: false, growthExempt: false },
  review: { strong: false, growthExempt: true },
  quarterly: { strong: false, growthExempt: true },
  project: { strong: false, growthExempt: false },
  status: { strong: false, growthExempt: false },
  presentation: { strong: false, growthExempt: false },
  evaluation: { strong: false, growthExempt: true },
  roadmap: { strong: false, growthExempt: true },
  customer: { strong: false, growthExempt: false },
  team: { strong: false, growthExempt: false },
  release: { strong: false, growthExempt: false },
} as const;

export type PurposeKind = keyof typeof PURPOSE_KINDS;

/**
 * Events about a mentoring programme rather than a conversation. `programme` names the programme
 * itself and `kickoff` a start or launch (both weigh the guest list and the rest of the title);
 * the others are activities, and only a programme holds the `programmeOnly` ones.
 */
export const PROGRAMME_KINDS = {
  programme: { programmeOnly: false },
  kickoff: { programmeOnly: false },
  infoSession: { programmeOnly: true },
  matching: { programmeOnly: true },
  community: { programmeOnly: false },
  orientation: { programmeOnly: false },
  event: { programmeOnly: false },
} as const;

export type ProgrammeKind = keyof typeof PROGRAMME_KINDS;

const patterns = z.array(z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(120)));

function kindRecord<Kind extends string>(kinds: Record<Kind, unknown>) {
  return z.partialRecord(z.enum(Object.keys(kinds) as [Kind, ...Kind[]]), patterns);
}

export const lexiconSchema = z.strictObject({
  /** BCP 47 code; also the file name. */
  language: z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)?$/, 'must be a language code such as "sv" or "zh-Hant"')),
  name: z.string().check(z.minLength(1)),
  /** The activity: mentoring, mentorship, mentorat, Mentorengespräch. */
  mentoring: patterns,
  /** The people: mentor, mentee, protégé, adept, наставник. */
  roles: patterns,
  /** Coaching words: mentoring wording only with a qualifier of `coachingSessions`. */
  coaching: patterns,
  /** What makes coaching a mentoring conversation: career, leadership, session, one-on-one. */
  coachingSessions: patterns,
  /** Generic conversation words: catch-up, check-in, coffee, avstämning, fika. Never another purpose. */
  catchUp: patterns,
  /** Words that bring in the other person ("with", "mit", "ile", "dengan", "với"): a conversation, not a programme. */
  withWords: patterns,
  /** Blocks to prepare a session or reflect on it: prep, notes, Vorbereitung, 振り返り. */
  preparation: patterns,
  /** Group mentoring: circle, group, Kreis. */
  circle: patterns,
  /** A person's growth as the subject: career, goals. Turns "planning" and "review" into topics. */
  growth: patterns,
  /** Words after which a topic follows: about, on, sobre, über. */
  topicMarkers: patterns,
  purposes: kindRecord(PURPOSE_KINDS),
  programme: kindRecord(PROGRAMME_KINDS),
  /** Look like mentoring wording and are not: company and product names ("Mentor Graphics"). */
  notWording: patterns,
  /** What mail and calendar clients put before a title, without the colon: fwd, invitation, [ext]. */
  titlePrefixes: patterns,
  /** Long mentoring words that misspellings are compared with, one edit away. */
  misspellingTargets: patterns,
});

export type Lexicon = z.infer<typeof lexiconSchema>;

import { idSchema, integer, isoDateTimeSchema, z } from './common';
import { CADENCE_DAYS, personSchema } from './pairing';

/** A mentoring series that belongs to no pairing yet: "Create a pairing with Lena Brandt?" */
export const pairingSuggestionSchema = z.object({
  /** The id a decision names: the recurring series, else the earliest of the repeated one-off events. */
  seriesId: idSchema,
  /** Every series or one-off event id this suggestion stands for; a decision applies to all of them. */
  memberSeriesIds: z.array(idSchema).check(z.minLength(1), z.maxLength(10_000)),
  title: z.string().check(z.maxLength(1_000)),
  /** The other human attendees (never the user, never rooms). */
  people: z.array(personSchema).check(z.maxLength(500)),
  eventCount: integer({ min: 1, max: 10_000_000 }),
  nextStart: z.optional(isoDateTimeSchema),
  reasons: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(20)),
  /** The usual spacing of its meetings in days, when there are at least two. */
  cadenceDays: z.optional(integer(CADENCE_DAYS)),
  /** Built from the demo calendar only. */
  isDemo: z.boolean(),
});

/** The stored list is cut here (upcoming ones first): more suggestions than this help no one. */
export const MAX_STORED_SUGGESTIONS = 100;

/**
 * Suggestions as the background last computed them (after a sync, a decision, or when a page asked),
 * so the options page reads one row instead of running detection over every calendar event.
 */
export const storedSuggestionsSchema = z.object({
  key: z.literal('latest'),
  computedAt: isoDateTimeSchema,
  /** A fingerprint of the settings, pairings and decisions they were computed from (suggestionInputs, lib/sessions/suggestion-store.ts). */
  inputs: z.string().check(z.maxLength(200)),
  suggestions: z.array(pairingSuggestionSchema).check(z.maxLength(MAX_STORED_SUGGESTIONS)),
});

export type PairingSuggestion = z.infer<typeof pairingSuggestionSchema>;
export type StoredSuggestions = z.infer<typeof storedSuggestionsSchema>;

import { eventSourceSchema } from './calendar-source';
import { idSchema, isoDateTimeSchema, z } from './common';

const text = (max: number) => z.string().check(z.maxLength(max));

const syncErrorSchema = z.object({
  at: isoDateTimeSchema,
  message: text(2_000),
  /** HTTP status when the error came from the server. */
  status: z.optional(z.number().check(z.int())),
});

/** At most this many skip reasons (and as many notices) are kept per calendar; the newest win. */
export const MAX_SYNC_NOTES = 200;
export const MAX_SYNC_NOTE_LENGTH = 500;

const syncNoteSchema = z.object({ eventId: text(1_024), reason: text(MAX_SYNC_NOTE_LENGTH) });

/** Per-calendar progress of synchronisation; written in the same transaction as each page of events. */
export const syncStateSchema = z.object({
  calendarKey: idSchema,
  source: eventSourceSchema,
  /** Google calendar id, or the ICS address / file name. */
  calendarId: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(2_000)),
  label: text(300),
  syncToken: z.optional(text(4_000)),
  /** Set while a full sync is between pages, so a restarted worker resumes from the last committed page. */
  pageToken: z.optional(text(4_000)),
  fullSyncStartedAt: z.optional(isoDateTimeSchema),
  /** Set with fullSyncStartedAt: the mark this full sync puts on every copy it sees (see the event copy's `syncMark`). */
  fullSyncMark: z.optional(text(64)),
  lastFullSyncAt: z.optional(isoDateTimeSchema),
  lastSyncAt: z.optional(isoDateTimeSchema),
  lastError: z.optional(syncErrorSchema),
  /** Events skipped because they could not be used, with the reason worded for the user. */
  skipped: z.array(syncNoteSchema).check(z.maxLength(MAX_SYNC_NOTES)),
  /**
   * Events kept with a change the user should know of (a field cut to our limits), and notes on the
   * calendar as a whole (eventId ''), such as a time zone that could not be recognised.
   */
  notices: z.optional(z.array(syncNoteSchema).check(z.maxLength(MAX_SYNC_NOTES))),
  /**
   * Set when the user stopped syncing the calendar but kept its events ("sign out, keep data"):
   * nothing updates them any more, and the options page offers to delete them.
   */
  stoppedAt: z.optional(isoDateTimeSchema),
});

export type SyncState = z.infer<typeof syncStateSchema>;
export type SyncNote = z.infer<typeof syncNoteSchema>;

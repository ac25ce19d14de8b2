import { idSchema, isoDateTimeSchema, z } from './common';

const text = (max: number) => z.string().check(z.maxLength(max));

export const syncErrorSchema = z.object({
  at: isoDateTimeSchema,
  message: text(2_000),
  /** HTTP status when the error came from the server. */
  status: z.optional(z.number().check(z.int())),
});

/** Per-calendar progress of synchronisation; written in the same transaction as each page of events. */
export const syncStateSchema = z.object({
  calendarKey: idSchema,
  source: z.enum(['google', 'ics', 'demo']),
  /** Google calendar id, or the ICS address / file name. */
  calendarId: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(2_000)),
  label: text(300),
  syncToken: z.optional(text(4_000)),
  /** Set while a full sync is between pages, so a restarted worker resumes from the last committed page. */
  pageToken: z.optional(text(4_000)),
  fullSyncStartedAt: z.optional(isoDateTimeSchema),
  lastFullSyncAt: z.optional(isoDateTimeSchema),
  lastSyncAt: z.optional(isoDateTimeSchema),
  lastError: z.optional(syncErrorSchema),
  /** Events skipped because they failed validation, with the reason, so the user can see why. */
  skipped: z.array(z.object({ eventId: text(1_024), reason: text(500) })).check(z.maxLength(200)),
});

export type SyncError = z.infer<typeof syncErrorSchema>;
export type SyncState = z.infer<typeof syncStateSchema>;

import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';

export const syncErrorSchema = z.object({
  at: isoDateTimeSchema,
  message: z.string().max(2_000),
  /** HTTP status when the error came from the server. */
  status: z.number().int().optional(),
});

/** Per-calendar progress of synchronisation; written in the same transaction as each page of events. */
export const syncStateSchema = z.object({
  calendarKey: idSchema,
  source: z.enum(['google', 'ics', 'demo']),
  /** Google calendar id, or the ICS address / file name. */
  calendarId: z.string().min(1).max(2_000),
  label: z.string().max(300),
  syncToken: z.string().max(4_000).optional(),
  /** Set while a full sync is between pages, so a restarted worker resumes from the last committed page. */
  pageToken: z.string().max(4_000).optional(),
  /** Event keys seen by the full sync in progress; the rest are removed when it completes. */
  fullSyncStartedAt: isoDateTimeSchema.optional(),
  lastFullSyncAt: isoDateTimeSchema.optional(),
  lastSyncAt: isoDateTimeSchema.optional(),
  lastError: syncErrorSchema.optional(),
  /** Events skipped because they failed validation, with the reason, so the user can see why. */
  skipped: z.array(z.object({ eventId: z.string().max(1_024), reason: z.string().max(500) })).max(200),
});

export type SyncError = z.infer<typeof syncErrorSchema>;
export type SyncState = z.infer<typeof syncStateSchema>;

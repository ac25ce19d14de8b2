import { emailSchema, integer, isoDateTimeSchema, shortText, z } from './common';

const keywordList = () => z.array(shortText({ required: true })).check(z.maxLength(100));

export const detectionSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Below this confidence an event is not treated as a session. */
  minConfidence: z.number().check(z.minimum(0), z.maximum(1)),
  /** Words that mark an event as mentoring for every pairing (added to the built-in lexicon). */
  extraKeywords: keywordList(),
  /** Words that mark an event as not mentoring, whatever else it says. */
  ignoreKeywords: keywordList(),
});

export const backupReminderSchema = z.object({
  lastBackupAt: z.optional(isoDateTimeSchema),
  /** "Remind me later": no reminder before this moment. */
  snoozedUntil: z.optional(isoDateTimeSchema),
  /** Off with one click, on again from the Data section. */
  remind: z.boolean(),
});

export const settingsSchema = z.object({
  /** The calendar owner's address; detection needs it to tell the user apart from the others. */
  selfEmail: z.optional(emailSchema),
  calendarSource: z.enum(['none', 'google', 'ics', 'demo']),
  syncWindow: z.object({ daysBack: integer(1, 3_650), daysAhead: integer(1, 3_650) }),
  syncIntervalMinutes: integer(1, 1_440),
  detection: detectionSettingsSchema,
  notifications: z.object({
    startingSoonMinutes: integer(0, 120),
    feedbackDelayMinutes: integer(0, 24 * 60),
    enabled: z.boolean(),
  }),
  theme: z.enum(['system', 'light', 'dark']),
  /** Set once the first-run setup (built-in templates, demo data on a fresh install) has happened. */
  firstRunDone: z.optional(z.boolean()),
  /** The monthly "back up your data" reminder; absent until the first backup or reminder choice. */
  backup: z.optional(backupReminderSchema),
});

export const defaultSettings: Settings = {
  calendarSource: 'none',
  syncWindow: { daysBack: 180, daysAhead: 365 },
  syncIntervalMinutes: 5,
  detection: { enabled: true, minConfidence: 0.5, extraKeywords: [], ignoreKeywords: [] },
  notifications: { startingSoonMinutes: 5, feedbackDelayMinutes: 5, enabled: true },
  theme: 'system',
};

export type DetectionSettings = z.infer<typeof detectionSettingsSchema>;
export type BackupReminder = z.infer<typeof backupReminderSchema>;
export type Settings = z.infer<typeof settingsSchema>;

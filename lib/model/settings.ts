import { calendarSourceKinds } from './calendar-source';
import { emailSchema, integer, isoDateTimeSchema, shortTextSchema, z, type Bounds } from './common';

/** How many days of the calendar are kept, back and ahead. */
export const SYNC_WINDOW_DAYS: Bounds = { min: 1, max: 3_650 };
/** How often the calendar is read again. */
export const SYNC_INTERVAL_MINUTES: Bounds = { min: 1, max: 1_440 };
/** How long before a session the "starting soon" reminder comes. */
export const STARTING_SOON_MINUTES: Bounds = { min: 0, max: 120 };
/** How long after a session ends the "how did it go?" prompt comes. */
export const FEEDBACK_DELAY_MINUTES: Bounds = { min: 0, max: 24 * 60 };
/**
 * The most words in each detection keyword list.
 * @public a bound of the model, exported like the others for forms to read (knip: nothing outside imports it yet)
 */
export const MAX_KEYWORDS = 100;
const themes = ['system', 'light', 'dark'] as const;

const keywordList = () => z.array(shortTextSchema).check(z.maxLength(MAX_KEYWORDS));

export const detectionSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Below this confidence an event is not treated as a session. */
  minConfidence: z.number().check(z.minimum(0), z.maximum(1)),
  /** Words that mark an event as mentoring for every pairing (added to the built-in lexicon). */
  extraKeywords: keywordList(),
  /** Words that mark an event as not mentoring, whatever else it says. */
  ignoreKeywords: keywordList(),
});

export const syncWindowSchema = z.object({ daysBack: integer(SYNC_WINDOW_DAYS), daysAhead: integer(SYNC_WINDOW_DAYS) });

export const notificationSettingsSchema = z.object({
  startingSoonMinutes: integer(STARTING_SOON_MINUTES),
  feedbackDelayMinutes: integer(FEEDBACK_DELAY_MINUTES),
  enabled: z.boolean(),
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
  /** The source the user set up first (`none` until then), so a fresh install can offer the sample data. */
  calendarSource: z.enum(['none', ...calendarSourceKinds, 'demo']),
  syncWindow: syncWindowSchema,
  syncIntervalMinutes: integer(SYNC_INTERVAL_MINUTES),
  detection: detectionSettingsSchema,
  notifications: notificationSettingsSchema,
  theme: z.enum(themes),
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
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;
export type BackupReminder = z.infer<typeof backupReminderSchema>;
export type Settings = z.infer<typeof settingsSchema>;

import { z } from 'zod';
import { emailSchema, shortTextSchema } from './common';

export const detectionSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Below this confidence an event is not treated as a session. */
  minConfidence: z.number().min(0).max(1),
  /** Words that mark an event as mentoring for every pairing (added to the built-in lexicon). */
  extraKeywords: z.array(shortTextSchema.min(1)).max(100),
  /** Words that mark an event as not mentoring, whatever else it says. */
  ignoreKeywords: z.array(shortTextSchema.min(1)).max(100),
});

export const settingsSchema = z.object({
  /** The calendar owner's address; detection needs it to tell the user apart from the others. */
  selfEmail: emailSchema.optional(),
  calendarSource: z.enum(['none', 'google', 'ics', 'demo']),
  syncWindow: z.object({
    daysBack: z.number().int().min(1).max(3_650),
    daysAhead: z.number().int().min(1).max(3_650),
  }),
  syncIntervalMinutes: z.number().int().min(1).max(1_440),
  detection: detectionSettingsSchema,
  notifications: z.object({
    startingSoonMinutes: z.number().int().min(0).max(120),
    feedbackDelayMinutes: z.number().int().min(0).max(24 * 60),
    enabled: z.boolean(),
  }),
  theme: z.enum(['system', 'light', 'dark']),
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
export type Settings = z.infer<typeof settingsSchema>;

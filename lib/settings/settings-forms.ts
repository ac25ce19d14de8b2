import { keywordsOf, type FormResult } from '../forms/field-errors';
import { labelledFields, parseForm, percentInput, wholeNumberInput } from '../forms/parse-form';
import {
  detectionSettingsSchema,
  notificationSettingsSchema,
  settingsSchema,
  syncWindowSchema,
  SYNC_INTERVAL_MINUTES,
  SYNC_WINDOW_DAYS,
  FEEDBACK_DELAY_MINUTES,
  STARTING_SOON_MINUTES,
  z,
  type DetectionSettings,
  type NotificationSettings,
  type Settings,
} from '../model';

/** The options page's settings forms: what each holds as typed, and its parse through the model's schema. */

export interface SyncSettingsForm {
  daysBack: string;
  daysAhead: string;
  syncIntervalMinutes: string;
}

export const syncSettingsLabels = {
  daysBack: 'Days back',
  daysAhead: 'Days ahead',
  syncIntervalMinutes: 'Sync every (minutes)',
} as const;

const syncSettingsFormSchema = z.extend(syncWindowSchema, {
  daysBack: wholeNumberInput(SYNC_WINDOW_DAYS),
  daysAhead: wholeNumberInput(SYNC_WINDOW_DAYS),
  syncIntervalMinutes: wholeNumberInput(SYNC_INTERVAL_MINUTES),
});

export function syncSettingsToForm(settings: Settings): SyncSettingsForm {
  return {
    daysBack: String(settings.syncWindow.daysBack),
    daysAhead: String(settings.syncWindow.daysAhead),
    syncIntervalMinutes: String(settings.syncIntervalMinutes),
  };
}

export function parseSyncSettingsForm(form: SyncSettingsForm): FormResult<Pick<Settings, 'syncWindow' | 'syncIntervalMinutes'>> {
  const parsed = parseForm(syncSettingsFormSchema, form, labelledFields(syncSettingsLabels));
  if (!parsed.ok) return parsed;
  const { daysBack, daysAhead, syncIntervalMinutes } = parsed.value;
  return { ok: true, value: { syncWindow: { daysBack, daysAhead }, syncIntervalMinutes } };
}

export interface NotificationsForm {
  enabled: boolean;
  startingSoonMinutes: string;
  feedbackDelayMinutes: string;
}

export const notificationLabels = {
  enabled: 'Show notifications',
  startingSoonMinutes: 'Starting-soon reminder (minutes before)',
  feedbackDelayMinutes: 'Feedback prompt (minutes after the end)',
} as const;

const notificationsFormSchema = z.extend(z.pick(notificationSettingsSchema, { enabled: true }), {
  startingSoonMinutes: wholeNumberInput(STARTING_SOON_MINUTES),
  feedbackDelayMinutes: wholeNumberInput(FEEDBACK_DELAY_MINUTES),
});

export function notificationsToForm(settings: Settings): NotificationsForm {
  const { enabled, startingSoonMinutes, feedbackDelayMinutes } = settings.notifications;
  return { enabled, startingSoonMinutes: String(startingSoonMinutes), feedbackDelayMinutes: String(feedbackDelayMinutes) };
}

export function parseNotificationsForm(form: NotificationsForm): FormResult<NotificationSettings> {
  return parseForm(notificationsFormSchema, form, labelledFields(notificationLabels));
}

export interface DetectionSettingsForm {
  enabled: boolean;
  /** Whole percent, as typed. */
  minConfidence: string;
  /** Comma- or line-separated, as typed. */
  extraKeywords: string;
  ignoreKeywords: string;
}

export const detectionSettingsLabels = {
  enabled: 'Find mentoring sessions in my calendar',
  minConfidence: 'Minimum confidence (%)',
  extraKeywords: 'Extra mentoring keywords',
  ignoreKeywords: 'Ignore keywords',
} as const;

const detectionFormSchema = z.extend(detectionSettingsSchema, {
  minConfidence: percentInput(detectionSettingsSchema.shape.minConfidence),
});

export function detectionSettingsToForm(detection: DetectionSettings): DetectionSettingsForm {
  return {
    enabled: detection.enabled,
    minConfidence: String(Math.round(detection.minConfidence * 100)),
    extraKeywords: detection.extraKeywords.join(', '),
    ignoreKeywords: detection.ignoreKeywords.join(', '),
  };
}

export function parseDetectionSettingsForm(form: DetectionSettingsForm): FormResult<DetectionSettings> {
  const input = { ...form, extraKeywords: keywordsOf(form.extraKeywords), ignoreKeywords: keywordsOf(form.ignoreKeywords) };
  return parseForm(
    detectionFormSchema,
    input,
    labelledFields(detectionSettingsLabels, {
      entry: (label, index) => `${label}, word ${index + 1},`,
    }),
  );
}

export const selfEmailLabel = 'Your e-mail address';

const selfEmailFormSchema = z.pick(settingsSchema, { selfEmail: true });

/** The user's address, or none: an empty box removes it. */
export function parseSelfEmailForm(text: string): FormResult<string | undefined> {
  const trimmed = text.trim();
  const parsed = parseForm(selfEmailFormSchema, trimmed ? { selfEmail: trimmed } : {}, labelledFields({ selfEmail: selfEmailLabel }));
  return parsed.ok ? { ok: true, value: parsed.value.selfEmail } : parsed;
}

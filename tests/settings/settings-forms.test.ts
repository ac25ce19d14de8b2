import { describe, expect, it } from 'vitest';
import { describeFieldError } from '../../lib/forms/field-errors';
import { defaultSettings, SYNC_WINDOW_DAYS } from '../../lib/model';
import {
  detectionSettingsToForm,
  notificationsToForm,
  parseDetectionSettingsForm,
  parseNotificationsForm,
  parseSelfEmailForm,
  parseSyncSettingsForm,
  syncSettingsToForm,
} from '../../lib/settings/settings-forms';

const messages = (result: { ok: boolean; errors?: Parameters<typeof describeFieldError>[0][] }) =>
  result.ok ? [] : (result.errors ?? []).map(describeFieldError);

describe('settings forms, checked by the settings model', () => {
  it('round-trips the stored settings through each form unchanged', () => {
    expect(parseSyncSettingsForm(syncSettingsToForm(defaultSettings))).toEqual({
      ok: true,
      value: { syncWindow: defaultSettings.syncWindow, syncIntervalMinutes: defaultSettings.syncIntervalMinutes },
    });
    expect(parseNotificationsForm(notificationsToForm(defaultSettings))).toEqual({ ok: true, value: defaultSettings.notifications });
    expect(parseDetectionSettingsForm(detectionSettingsToForm(defaultSettings.detection))).toEqual({ ok: true, value: defaultSettings.detection });
  });

  it('uses the model bounds for the sync window and interval', () => {
    const form = { daysBack: String(SYNC_WINDOW_DAYS.max + 1), daysAhead: '0', syncIntervalMinutes: 'often' };
    expect(messages(parseSyncSettingsForm(form))).toEqual([
      'Days back must be a whole number from 1 to 3650',
      'Days ahead must be a whole number from 1 to 3650',
      'Sync every (minutes) must be a whole number from 1 to 1440',
    ]);
  });

  it('checks notification minutes', () => {
    expect(messages(parseNotificationsForm({ enabled: true, startingSoonMinutes: '121', feedbackDelayMinutes: '1441' }))).toEqual([
      'Starting-soon reminder (minutes before) must be a whole number from 0 to 120',
      'Feedback prompt (minutes after the end) must be a whole number from 0 to 1440',
    ]);
  });

  it('reads the confidence as a percentage and names a keyword that is too long', () => {
    const form = { enabled: true, minConfidence: '65', extraKeywords: 'okr, OKR,\ngrowth', ignoreKeywords: `standup, ${'x'.repeat(301)}` };
    expect(messages(parseDetectionSettingsForm(form))).toEqual(['Ignore keywords, word 2, is too long (at most 300 characters)']);
    const fixed = parseDetectionSettingsForm({ ...form, ignoreKeywords: 'standup' });
    expect(fixed).toEqual({ ok: true, value: { enabled: true, minConfidence: 0.65, extraKeywords: ['okr', 'growth'], ignoreKeywords: ['standup'] } });
    expect(messages(parseDetectionSettingsForm({ ...form, minConfidence: '150' }))[0]).toBe('Minimum confidence (%) must be a whole number from 0 to 100');
  });

  it('takes an empty e-mail box as "no address" and refuses what is not an address', () => {
    expect(parseSelfEmailForm('  ')).toEqual({ ok: true, value: undefined });
    expect(parseSelfEmailForm(' Jordan.Lee@Corp.Example ')).toEqual({ ok: true, value: 'jordan.lee@corp.example' });
    expect(messages(parseSelfEmailForm('jordan'))).toEqual(['Your e-mail address must be an e-mail address']);
  });
});

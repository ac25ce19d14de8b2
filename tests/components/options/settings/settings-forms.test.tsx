// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncSettingsForm } from '../../../../components/options/calendar/SyncSettingsForm';
import { DetectionSettingsForm } from '../../../../components/options/detection/DetectionSettingsForm';
import { defaultSettings, SYNC_INTERVAL_MINUTES, SYNC_WINDOW_DAYS } from '../../../../lib/model';
import { getSettings } from '../../../../lib/settings/settings-store';
import { emptyDatabase } from '../../support';

beforeEach(emptyDatabase);
afterEach(cleanup);

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('the sync settings form', () => {
  it('takes its limits from the model, names each wrong field, and stores nothing until all are right', async () => {
    render(<SyncSettingsForm settings={defaultSettings} />);
    const back = screen.getByLabelText('Days back');
    expect([back.getAttribute('min'), back.getAttribute('max')]).toEqual([String(SYNC_WINDOW_DAYS.min), String(SYNC_WINDOW_DAYS.max)]);
    expect(screen.getByLabelText('Sync every (minutes)').getAttribute('max')).toBe(String(SYNC_INTERVAL_MINUTES.max));

    type('Days back', '0');
    type('Sync every (minutes)', '2.5');
    fireEvent.click(screen.getByRole('button', { name: 'Save sync settings' }));
    const alert = await screen.findByRole('alert');
    expect(Array.from(alert.querySelectorAll('li')).map((item) => item.textContent)).toEqual([
      'Days back must be a whole number from 1 to 3650',
      'Sync every (minutes) must be a whole number from 1 to 1440',
    ]);
    expect(screen.getByLabelText('Days back').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Days ahead').getAttribute('aria-invalid')).toBeNull();
    expect((await getSettings()).syncWindow).toEqual(defaultSettings.syncWindow);

    type('Days back', '30');
    type('Sync every (minutes)', '15');
    fireEvent.click(screen.getByRole('button', { name: 'Save sync settings' }));
    await screen.findByText(/^Saved\./);
    expect(await getSettings()).toMatchObject({ syncWindow: { daysBack: 30, daysAhead: 365 }, syncIntervalMinutes: 15 });
  });
});

describe('the detection settings form', () => {
  it('stores the confidence as a fraction and the keywords as a list, naming a keyword that is too long', async () => {
    render(<DetectionSettingsForm settings={defaultSettings} />);
    type('Minimum confidence (%)', '70');
    type('Extra mentoring keywords', 'Leadership Circle, OKR\nokr');
    type('Ignore keywords', `standup, ${'x'.repeat(301)}`);
    fireEvent.click(screen.getByRole('button', { name: 'Save detection settings' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Ignore keywords, word 2, is too long (at most 300 characters)');

    type('Ignore keywords', 'standup');
    fireEvent.click(screen.getByRole('button', { name: 'Save detection settings' }));
    await waitFor(async () =>
      expect((await getSettings()).detection).toEqual({
        enabled: true,
        minConfidence: 0.7,
        extraKeywords: ['Leadership Circle', 'OKR'],
        ignoreKeywords: ['standup'],
      }),
    );
  });
});

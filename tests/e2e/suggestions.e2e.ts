import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pairing, StoredSuggestions } from '../../lib/model';
import { DAY, LENA, series } from '../sessions/calendar-fixtures';
import { OptionsPage } from './pages/options-page';
import { launchExtension, type LaunchedExtension } from './support/browser';
import { putRows, readTable, waitForRows } from './support/extension-db';
import { sendFromPage } from './support/messages';

const TITLE = 'Mentoring chat Lena / Jordan';

let extension: LaunchedExtension;
let options: OptionsPage;
beforeAll(async () => {
  extension = await launchExtension();
  options = await OptionsPage.open(extension.context, extension.extensionId);
  await waitForRows<Pairing>(options.page, 'pairings', (rows) => rows.length === 6);
  // A sync brings a fortnightly mentoring series with someone in no pairing; at its end the background
  // computes the suggestions (here asked for directly, as the sync's end does).
  await putRows(options.page, 'events', series({ seriesId: 'series-lena', firstStartMs: Date.now() - 20 * DAY, count: 4, everyDays: 14, summary: TITLE, with: [LENA] }));
  await sendFromPage(options.page, 'refreshSuggestions');
  await options.goto();
});
afterAll(async () => {
  await extension?.close();
});

describe('pairing suggestions, computed in the background and stored', () => {
  it('show on the options page as the background stored them', async () => {
    const shown = await options.detection.suggestions();
    expect(shown.map((suggestion) => suggestion.title)).toEqual([TITLE]);
    const [stored] = await readTable<StoredSuggestions>(options.page, 'pairingSuggestions');
    expect(stored?.suggestions.map((suggestion) => suggestion.title)).toEqual([TITLE]);
  });

  it('are computed again when a setting they depend on changes, at the page\'s request', async () => {
    expect((await options.detection.setDetection({ ignoreKeywords: ['Lena'] })).ok).toBe(true);
    await options.detection.suggestion(TITLE).waitFor({ state: 'detached' });
    expect(await options.detection.suggestions()).toEqual([]);
    expect((await options.detection.setDetection({ ignoreKeywords: [] })).ok).toBe(true);
    await options.detection.suggestion(TITLE).waitFor();
  });

  it('leave the list when the user rules on one, and the stored list follows', async () => {
    expect((await options.detection.rejectSuggestion(TITLE)).ok).toBe(true);
    await options.detection.suggestion(TITLE).waitFor({ state: 'detached' });
    await waitForRows<StoredSuggestions>(options.page, 'pairingSuggestions', ([row]) => row?.suggestions.length === 0);
  });
});

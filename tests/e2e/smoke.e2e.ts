import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionItem, GoalTemplate, Session } from '../../lib/model';
import { FeedbackPopupPage } from './pages/feedback-popup';
import { OptionsPage } from './pages/options-page';
import { SidePanelPage } from './pages/side-panel';
import { expectPanelShowsDemoPairing } from './scenarios/demo-panel';
import { expectFeedbackFormStoresSubmission } from './scenarios/feedback-form';
import type { LaunchedExtension } from './support/browser';
import { freshInstallWithSampleData } from './support/fresh-install';
import { readTable, waitForRows } from './support/extension-db';

let extension: LaunchedExtension;
let options: OptionsPage;
beforeAll(async () => {
  // A fresh install has no calendar: the sample data loads on the first run.
  ({ extension, options } = await freshInstallWithSampleData());
});
afterAll(async () => {
  await extension?.close();
});

describe('the built extension in Chromium', () => {
  it('starts its service worker', async () => {
    expect(extension.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await extension.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.getManifest(),
    );
    expect(manifest.name).toBe('Mentoring Companion');
  });

  it('opens the options page on install, which lists the goal templates stored in IndexedDB', async () => {
    const opened = extension.context.pages().map((page) => page.url());
    expect(opened.some((url) => url.endsWith('/options.html'))).toBe(true);
    const stored = await waitForRows<GoalTemplate>(options.page, 'goalTemplates', (rows) => rows.length >= 9);
    const shown = await options.templates.templateNames();
    const active = stored.filter((template) => !template.archived).map((template) => template.name);
    expect(shown.sort()).toEqual(active.sort());
    expect(shown.length).toBeGreaterThanOrEqual(9);
    expect(await options.pairings.pairingTitles()).toHaveLength(6);
  });

  it('shows the side panel with the next session, its goals, last notes and open action items from IndexedDB', async () => {
    const panel = await SidePanelPage.open(extension.context, extension.extensionId);
    const { ana, shown } = await expectPanelShowsDemoPairing(panel);

    const openItems = (await readTable<ActionItem>(panel.page, 'actionItems')).filter(
      (item) => item.pairingId === ana.id && item.status === 'open',
    );
    expect((await panel.openActionItems()).map((row) => row.text).sort()).toEqual(openItems.map((item) => item.text).sort());

    // Live notes save as you type, into the session the panel shows.
    await panel.typeNotes('Ana wants to rehearse the release handover. <b>not bold</b>');
    await panel.waitForNotesSaved();
    await waitForRows<Session>(panel.page, 'sessions', (rows) =>
      rows.some((row) => row.id === shown.id && row.notes === 'Ana wants to rehearse the release handover. <b>not bold</b>'),
    );
  });

  it('shows the feedback form for a session and stores what the user submits', async () => {
    await expectFeedbackFormStoresSubmission(extension.context, extension.extensionId, options.page);
  });

  it('tells the user when the feedback page is opened for a session that does not exist', async () => {
    const popup = await FeedbackPopupPage.open(extension.context, extension.extensionId, 'no-such-session');
    expect(await popup.heading()).toMatch(/could not be found/i);
  });
});

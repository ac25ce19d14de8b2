import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GoalTemplate, Pairing } from '../../../lib/model';
import { FeedbackPopupPage } from '../pages/feedback-popup';
import { OptionsPage } from '../pages/options-page';
import { SidePanelPage } from '../pages/side-panel';
import { expectPanelShowsDemoPairing } from '../scenarios/demo-panel';
import { expectFeedbackFormStoresSubmission } from '../scenarios/feedback-form';
import { readTable, waitForRows } from '../support/extension-db';
import { sendFromPage } from '../support/messages';
import { FIREFOX_EXTENSION_DIR, launchFirefoxExtension, type LaunchedFirefoxExtension } from '../support/firefox/browser';

/**
 * The Firefox build (MV2: a background page, the sidebar instead of the side panel) installed the way
 * the README says, driven through the same page objects as the Chromium suite.
 */
declare const browser: { runtime: { getBackgroundPage(): Promise<Window | null> } };

let extension: LaunchedFirefoxExtension;
let options: OptionsPage;
beforeAll(async () => {
  extension = await launchFirefoxExtension();
  options = new OptionsPage(extension.welcome, extension.extensionId);
  await options.goto();
  // A fresh install has no calendar: the sample data loads on the first run.
  await waitForRows<Pairing>(options.page, 'pairings', (rows) => rows.length === 6);
});
afterAll(async () => {
  await extension?.close();
});

describe('the built extension in Firefox', () => {
  it('is the build the README tells Firefox users to load', async () => {
    const readme = await readFile('README.md', 'utf8');
    const firefoxLine = readme.split('\n').find((line) => line.includes('**Firefox**'));
    expect(firefoxLine).toBeDefined();
    const named = /choose `([^`]+)\/manifest\.json`/.exec(readme.slice(readme.indexOf(firefoxLine!)))?.[1];
    expect(named).toBe(relative(process.cwd(), FIREFOX_EXTENSION_DIR));
    const manifest = JSON.parse(await readFile(`${FIREFOX_EXTENSION_DIR}/manifest.json`, 'utf8')) as { manifest_version: number; sidebar_action?: { default_panel: string } };
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
  });

  it('starts its background page, which answers messages and opened the options page on install', async () => {
    expect(extension.addonId).toBe('{a605a187-4e5b-4b02-afb2-e01222d5a8f4}');
    const background = await options.page.evaluate(async () => (await browser.runtime.getBackgroundPage())?.location.pathname);
    expect(background).toBe('/_generated_background_page.html');
    expect(await sendFromPage(options.page, 'replanPrompts')).toEqual({ alarms: expect.any(Number) });
    expect(await options.page.evaluate(() => location.protocol)).toBe('moz-extension:');
  });

  it('toggles its panel in Firefox’s sidebar from the toolbar button', async () => {
    await extension.hideSidebar();
    expect((await extension.sidebar()).open).toBe(false);
    await extension.clickToolbarButton();
    const panel = { open: true, url: `moz-extension://${extension.extensionId}/sidepanel.html`, title: 'Mentoring Companion' };
    await expect.poll(() => extension.sidebar(), { timeout: 30_000 }).toEqual(panel);
    await extension.clickToolbarButton();
    await expect.poll(async () => (await extension.sidebar()).open, { timeout: 30_000 }).toBe(false);
  });

  it('shows the demo pairings and the goal templates stored in IndexedDB on the options page', async () => {
    const stored = await waitForRows<GoalTemplate>(options.page, 'goalTemplates', (rows) => rows.length >= 9);
    const active = stored.filter((template) => !template.archived).map((template) => template.name);
    expect((await options.templates.templateNames()).sort()).toEqual(active.sort());
    const pairings = await readTable<Pairing>(options.page, 'pairings');
    expect((await options.pairings.pairingTitles()).sort()).toEqual(pairings.map((pairing) => pairing.title).sort());
  });

  it('shows the next session, its goals and last notes in the sidebar page', async () => {
    const panel = await SidePanelPage.open(extension.context, extension.extensionId);
    await expectPanelShowsDemoPairing(panel);
  });

  it('stores feedback submitted on the feedback page and names the missing rating first', async () => {
    await expectFeedbackFormStoresSubmission(extension.context, extension.extensionId, options.page);
  });

  it('tells the user when the feedback page is opened for a session that does not exist', async () => {
    const popup = await FeedbackPopupPage.open(extension.context, extension.extensionId, 'no-such-session');
    expect(await popup.heading()).toMatch(/could not be found/i);
  });
});

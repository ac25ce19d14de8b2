import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pairing } from '../../lib/model';
import { FeedbackPopupPage } from './pages/feedback-popup';
import { OptionsPage } from './pages/options-page';
import { SidePanelPage } from './pages/side-panel';
import { launchExtension, type LaunchedExtension } from './support/browser';
import { putRows, waitForRows } from './support/extension-db';
import { moments, momentRows, SESSION_ID } from './support/moment-data';

/**
 * Every page in both themes passes axe-core with no serious or critical violation: the side panel
 * in each moment (and with the pairing switcher open), the feedback window and the options page.
 */
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

let extension: LaunchedExtension;
let options: OptionsPage;
beforeAll(async () => {
  extension = await launchExtension();
  options = await OptionsPage.open(extension.context, extension.extensionId);
  await waitForRows<Pairing>(options.page, 'pairings', (rows) => rows.length > 0);
  for (const [table, rows] of Object.entries(momentRows())) await putRows(options.page, table, rows);
});
afterAll(async () => {
  await extension?.close();
});

/** Serious and critical violations, one line each, so a failure says what and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Let transitions and live queries settle before judging colours and names.
  await page.waitForTimeout(300);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`));
}

async function inTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
}

describe('accessibility (axe-core): no serious or critical violations', () => {
  it('really runs on extension pages: a nameless button and unreadable text are caught', async () => {
    const panel = await SidePanelPage.open(extension.context, extension.extensionId, {}, moments.before);
    await panel.page.evaluate(() => {
      const broken = document.createElement('div');
      broken.innerHTML = '<button type="button"></button><p style="color:#eee;background:#fff">faint</p>';
      document.querySelector('.panel-body')!.append(broken);
    });
    const found = await seriousViolations(panel.page);
    expect(found.some((line) => line.startsWith('button-name'))).toBe(true);
    expect(found.some((line) => line.startsWith('color-contrast'))).toBe(true);
    await panel.page.close();
  });

  for (const theme of THEMES) {
    for (const moment of ['before', 'during', 'after'] as const) {
      it(`side panel ${moment} a session, ${theme} theme`, async () => {
        const page = await extension.context.newPage();
        await inTheme(page, theme);
        await page.clock.setFixedTime(moments[moment]);
        const panel = new SidePanelPage(page, extension.extensionId);
        await panel.goto();
        expect(await panel.moment()).toBe(moment);
        if (moment === 'before') {
          // The switcher's list is part of the page too.
          await panel.switcher().click();
          await page.getByRole('listbox', { name: 'Pairings' }).waitFor();
        }
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      });
    }

    it(`feedback window, ${theme} theme`, async () => {
      const popup = await FeedbackPopupPage.open(extension.context, extension.extensionId, SESSION_ID);
      await inTheme(popup.page, theme);
      await popup.page.setViewportSize({ width: 420, height: 720 });
      await popup.chooseOutcome('held');
      expect(await seriousViolations(popup.page)).toEqual([]);
      await popup.page.close();
    });

    it(`options page, ${theme} theme`, async () => {
      await inTheme(options.page, theme);
      await options.page.reload();
      await options.page.locator('.options').waitFor();
      await options.page.getByRole('region', { name: 'Pairings' }).waitFor();
      expect(await seriousViolations(options.page)).toEqual([]);
    });
  }
});

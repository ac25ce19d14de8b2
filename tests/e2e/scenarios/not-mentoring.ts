import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { GoogleCalendarPage } from '../pages/google-calendar-page';
import { waitForRows } from '../support/extension-db';
import { SUGGESTED_TITLE, type DemoCalendarOnPage } from './google-pages-data';

const POLL = { timeout: 15_000, interval: 200 };

/**
 * One check for both browsers' suites: the suggestion's dialog offers "Not a mentoring session"
 * (and no "Mentoring notes"); choosing it stores the decision for the series and takes the mark
 * away, now and after a reload.
 */
export async function expectNotMentoringRulesOutTheSuggestion(context: BrowserContext, probe: Page, demo: DemoCalendarOnPage): Promise<void> {
  const suggested = demo.copies.find((copy) => copy.event.summary === SUGGESTED_TITLE)!;
  const calendar = await GoogleCalendarPage.open(context, 'agenda');
  await calendar.waitForMarks(demo.expected);
  await calendar.openEvent(demo.fixtureIdOf(suggested));
  const actions = calendar.dialogActions();
  await actions.getByRole('button', { name: 'Not a mentoring session' }).waitFor();
  expect(await actions.getByRole('button', { name: 'Mentoring notes' }).count()).toBe(0);
  await actions.getByRole('button', { name: 'Not a mentoring session' }).click();
  await expect.poll(() => calendar.textOf(actions), POLL).toContain('Noted: this is not a mentoring session');
  const decisions = await waitForRows<{ seriesId: string; verdict: string }>(probe, 'detectionDecisions', (rows) => rows.some((row) => row.seriesId === suggested.seriesId));
  expect(decisions.find((row) => row.seriesId === suggested.seriesId)?.verdict).toBe('not-mentoring');
  demo.expect(demo.fixtureIdOf(suggested), 'none');
  await calendar.waitForMarks(demo.expected);
  expect(calendar.errors).toEqual([]);
  await calendar.page.close();
  const reloaded = await GoogleCalendarPage.open(context, 'agenda');
  await reloaded.waitForMarks(demo.expected);
  await reloaded.page.close();
}

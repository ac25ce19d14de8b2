import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEventCopy, Pairing, Session } from '../../lib/model';
import { GoogleCalendarPage, type MarkKind } from './pages/google-calendar-page';
import { OptionsPage } from './pages/options-page';
import { launchExtension, type LaunchedExtension } from './support/browser';
import { showDemoCalendar, type DemoCalendarOnPage } from './scenarios/google-pages-data';
import { expectNotMentoringRulesOutTheSuggestion } from './scenarios/not-mentoring';
import { googlePagesHostMap, startGooglePagesFixture, type GooglePagesFixture } from './support/google-pages/server';
import { waitForSidePanel, waitForSidePanelShowing } from './support/side-panel-probe';
import { STORAGE_KEYS } from '../../lib/storage/storage-keys';

/**
 * Issue 9, Google Calendar: the content script on a stand-in of Calendar's page, reached as
 * calendar.google.com, showing the demo calendar's events (scenarios/google-pages-data.ts).
 */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const DAY_MS = 86_400_000;
const POLL = { timeout: 15_000, interval: 200 };
let fixture: GooglePagesFixture;
let extension: LaunchedExtension;
let probe: Page;
let demo: DemoCalendarOnPage;
let sessions: Session[];
let pairings: Pairing[];
const expected = (eventId: string): MarkKind => demo.expected(eventId);
const fixtureIdOf = (copy: CalendarEventCopy) => demo.fixtureIdOf(copy);
const copyOf = (session: Session) => demo.copyOf(session)!;

beforeAll(async () => {
  fixture = await startGooglePagesFixture();
  extension = await launchExtension({ mapHosts: googlePagesHostMap(fixture.port) });
  probe = await extension.openPage('options.html');
  demo = await showDemoCalendar(probe, fixture);
  ({ sessions, pairings } = demo);
});

afterAll(async () => {
  await extension?.close();
  await fixture?.close();
});

describe('badges in Google Calendar', () => {
  it('marks sessions and suggestions, and nothing else, in the week view', async () => {
    const calendar = await GoogleCalendarPage.open(extension.context, 'week');
    const shown = await calendar.waitForMarks(expected);
    expect(shown.length).toBeGreaterThan(0);
    expect(calendar.errors).toEqual([]);
  });

  it('marks them again after each view switch: month, schedule, day, year, search', async () => {
    const calendar = await GoogleCalendarPage.open(extension.context, 'week');
    await calendar.waitForMarks(expected);
    await calendar.switchView('Month');
    expect((await calendar.waitForMarks(expected)).some((event) => event.mark === 'session')).toBe(true);
    await calendar.switchView('Schedule');
    expect((await calendar.waitForMarks(expected)).some((event) => event.mark === 'suggestion')).toBe(true);
    await calendar.switchView('Day');
    // Calendar's own "next" until a day with a session.
    for (let step = 0; step < 30 && !(await calendar.events()).some((event) => expected(event.eventId) === 'session'); step++) {
      await calendar.page.getByRole('button', { name: 'Next period' }).click();
    }
    expect((await calendar.waitForMarks(expected)).some((event) => event.mark === 'session')).toBe(true);
    await calendar.switchView('Year');
    const next = sessions.filter((s) => s.status === 'scheduled' && Date.parse(s.start) > Date.now() && copyOf(s)).sort((a, b) => a.start.localeCompare(b.start))[0]!;
    const day = new Date(next.start).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    await calendar.page.getByRole('button', { name: new RegExp(`^${day}, \\d+ events$`) }).click();
    expect((await calendar.waitForMarks(expected)).some((event) => event.mark === 'session')).toBe(true);
    await calendar.search('Jordan');
    expect((await calendar.waitForMarks(expected)).filter((event) => event.mark === 'session').length).toBeGreaterThan(3);
    expect(calendar.errors).toEqual([]);
  });

  it('explains a badge in its tooltip: the pairing, the people and the reasons in words', async () => {
    const calendar = await GoogleCalendarPage.open(extension.context, 'agenda');
    const shown = await calendar.waitForMarks(expected);
    const first = shown.find((event) => event.mark === 'session')!;
    const session = sessions.find((s) => copyOf(s) && fixtureIdOf(copyOf(s)) === first.eventId)!;
    const pairing = pairings.find((p) => p.id === session.pairingId)!;
    await calendar.badge(first.eventId).hover();
    await expect.poll(() => calendar.textOf(calendar.tooltip()), POLL).toContain(pairing.title);
    const tip = await calendar.textOf(calendar.tooltip());
    expect(tip).toContain(pairing.participants[0]!.name);
    expect(tip).toContain(session.detection.reasons[0]!);
    // Keyboard users get it on the event's own focus.
    await calendar.page.mouse.move(0, 0);
    await expect.poll(() => calendar.tooltip().count(), POLL).toBe(0);
    await calendar.chip(first.eventId).focus();
    await expect.poll(() => calendar.textOf(calendar.tooltip()), POLL).toContain(pairing.title);
  });

  it('follows Calendar’s dark theme', async () => {
    const calendar = await GoogleCalendarPage.open(extension.context, 'agenda');
    const shown = await calendar.waitForMarks(expected);
    const badge = calendar.badge(shown.find((event) => event.mark === 'session')!.eventId);
    const colour = () => badge.evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('[role="img"]')!).backgroundColor);
    expect(await colour()).toBe('rgb(105, 41, 196)');
    await calendar.page.getByRole('button', { name: 'Toggle dark theme' }).click();
    await expect.poll(colour, POLL).toBe('rgb(212, 187, 255)');
    const dark = await GoogleCalendarPage.open(extension.context, 'agenda', 'theme=dark');
    await dark.waitForMarks(expected);
    expect(await dark.ours().evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-theme')))).not.toContain('light');
  });
});

describe('the event dialog', () => {
  it('opens the side panel on the session clicked, even when it is not the pairing’s next one', async () => {
    const now = Date.now();
    const upcoming = (pairingId: string) =>
      sessions.filter((s) => s.pairingId === pairingId && s.status === 'scheduled' && Date.parse(s.start) > now + DAY_MS && copyOf(s)).sort((a, b) => a.start.localeCompare(b.start));
    const pairing = pairings.find((p) => upcoming(p.id).length >= 2)!;
    const later = upcoming(pairing.id)[1]!;
    const calendar = await GoogleCalendarPage.open(extension.context, 'agenda');
    await calendar.waitForMarks(expected);
    await calendar.openEvent(fixtureIdOf(copyOf(later)));
    const actions = calendar.dialogActions();
    await expect.poll(() => actions.getByRole('button', { name: 'Mentoring notes' }).count(), POLL).toBe(1);
    expect(await calendar.textOf(actions)).toContain(pairing.title);
    await actions.getByRole('button', { name: 'Mentoring notes' }).click();
    await waitForSidePanel(extension);
    const panel = await waitForSidePanelShowing(probe, (shown) => shown.focusStart !== undefined && Date.parse(shown.focusStart) === Date.parse(later.start));
    expect(panel.text).toContain(pairing.title);
  });

  it('works from the keyboard, and when the dialog names its event itself', async () => {
    const calendar = await GoogleCalendarPage.open(extension.context, 'agenda', 'dialog=own');
    const shown = await calendar.waitForMarks(expected);
    await calendar.chip(shown.find((event) => event.mark === 'session')!.eventId).focus();
    await calendar.page.keyboard.press('Enter');
    const notes = calendar.dialogActions().getByRole('button', { name: 'Mentoring notes' });
    await notes.waitFor();
    let reached = false;
    for (let press = 0; press < 12 && !reached; press++) {
      await calendar.page.keyboard.press('Tab');
      reached = await notes.evaluate((button) => button.matches(':focus-visible, :focus'));
    }
    expect(reached).toBe(true);
  });

  it('rules out a suggestion for good with “Not a mentoring session”', async () => {
    await expectNotMentoringRulesOutTheSuggestion(extension.context, probe, demo);
  });

  it('leaves Calendar’s own buttons working, and other dialogs alone', async () => {
    const calendar = await GoogleCalendarPage.open(extension.context, 'week');
    await calendar.waitForMarks(expected);
    await calendar.page.getByRole('button', { name: 'Create' }).click();
    const create = calendar.page.getByRole('dialog', { name: 'Create event' });
    await create.waitFor();
    await calendar.page.waitForTimeout(400);
    expect(await create.locator('[data-mentoring-companion]').count()).toBe(0);
    await create.getByRole('button', { name: 'Cancel' }).click();
    await calendar.page.getByRole('button', { name: /^Today/ }).click();
    await calendar.page.getByRole('button', { name: 'Next period' }).click();
    await calendar.page.getByRole('button', { name: 'Previous period' }).click();
    await calendar.page.keyboard.press('m');
    const session = (await calendar.waitForMarks(expected)).find((event) => event.mark === 'session')!;
    await calendar.openEvent(session.eventId);
    await calendar.dialogActions().waitFor();
    await calendar.page.keyboard.press('Escape');
    await calendar.openEvent(session.eventId);
    await calendar.page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await calendar.openEvent(session.eventId);
    await calendar.page.getByRole('dialog').getByRole('button', { name: 'Delete event' }).click();
    const { actions, view, dialogFor } = await calendar.calendarActions();
    expect(actions).toEqual(['create', 'create-cancel', 'today', 'next', 'previous', 'key:m', expect.stringMatching(/^open:/), 'close:escape', expect.stringMatching(/^open:/), 'close:close-button', expect.stringMatching(/^open:/), expect.stringMatching(/^delete:/), 'close:deleted']);
    expect(view).toBe('month');
    expect(dialogFor).toBeNull();
    expect(calendar.errors).toEqual([]);
  });
});

describe('accessibility of what the script adds (axe-core)', () => {
  it('has no serious or critical violation, in both themes, with a dialog open', async () => {
    for (const query of ['', 'theme=dark']) {
      const calendar = await GoogleCalendarPage.open(extension.context, 'agenda', query);
      const session = (await calendar.waitForMarks(expected)).find((event) => event.mark === 'session')!;
      await calendar.openEvent(session.eventId);
      await calendar.dialogActions().waitFor();
      await calendar.badge(session.eventId).hover();
      await calendar.tooltip().waitFor();
      const results = await new AxeBuilder({ page: calendar.page }).include('[data-mentoring-companion]').analyze();
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), query || 'light').toEqual([]);
      expect(results.passes.length).toBeGreaterThan(0);
      await calendar.page.close();
    }
  });
});

describe('a Calendar page the script cannot read', () => {
  it('shows nothing, records one diagnostic for the options page, and clears it once a page reads again', async () => {
    const calendar = await GoogleCalendarPage.open(extension.context, 'week', 'markup=unknown');
    const diagnostic = async () =>
      ((await probe.evaluate((key) => chrome.storage.local.get(key), STORAGE_KEYS.pageDiagnostics))[STORAGE_KEYS.pageDiagnostics] as Record<string, { problem: string; seenAt: number }> | undefined)?.calendar;
    await expect.poll(diagnostic, { timeout: 15_000 }).toBeDefined();
    const first = (await diagnostic())!;
    expect(first.problem).toMatch(/data-eventid/);
    await calendar.switchView('Month');
    await calendar.page.waitForTimeout(1_500);
    expect((await diagnostic())?.seenAt).toBe(first.seenAt);
    expect(await calendar.ours().count()).toBe(0);
    expect(calendar.errors).toEqual([]);

    const options = new OptionsPage(probe, extension.extensionId);
    await options.goto();
    await expect.poll(() => options.googlePages.pageProblems(), POLL).toEqual([expect.stringMatching(/^Google Calendar: .*data-eventid/)]);

    const readable = await GoogleCalendarPage.open(extension.context, 'week');
    await readable.waitForMarks(expected);
    await expect.poll(diagnostic, POLL).toBeUndefined();
    await expect.poll(() => options.googlePages.pageProblems(), POLL).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pairing, Session } from '../../../lib/model';
import { GoogleCalendarPage } from '../pages/google-calendar-page';
import { GoogleMeetPage } from '../pages/google-meet-page';
import { SidePanelPage } from '../pages/side-panel';
import { MEET_CODE, showDemoCalendar, storeSessionOnCall, type DemoCalendarOnPage } from '../scenarios/google-pages-data';
import { expectNotMentoringRulesOutTheSuggestion } from '../scenarios/not-mentoring';
import { expectPromptFollowsTheCall } from '../scenarios/meet-leave';
import { readTable } from '../support/extension-db';
import { launchFirefoxExtension, type LaunchedFirefoxExtension } from '../support/firefox/browser';
import { googlePagesHostMap, startGooglePagesFixture, type GooglePagesFixture } from '../support/google-pages/server';
import { STORAGE_KEYS } from '../../../lib/storage/storage-keys';

/**
 * The Calendar and Meet content scripts of the Firefox build on the fixture pages, reached as
 * calendar.google.com and meet.google.com through the harness's proxy, with the demo data of a
 * first run. The checks are the Chromium suite's (tests/e2e/google-*-page.e2e.ts) where Firefox
 * behaves alike; where it differs (the sidebar instead of the side panel) they say how.
 */
declare const browser: {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
};

const DAY_MS = 86_400_000;
const POLL = { timeout: 15_000, interval: 200 };
let fixture: GooglePagesFixture;
let extension: LaunchedFirefoxExtension;
let probe: Page;
let demo: DemoCalendarOnPage;

beforeAll(async () => {
  fixture = await startGooglePagesFixture();
  extension = await launchFirefoxExtension({ mapHosts: googlePagesHostMap(fixture.port) });
  probe = extension.welcome;
  demo = await showDemoCalendar(probe, fixture);
});

afterAll(async () => {
  await extension?.close();
  await fixture?.close();
});

interface PanelFocus {
  pairingId: string;
  sessionId?: string;
  source: string;
  meetCode?: string;
}
const panelFocus = async () =>
  (await probe.evaluate((key) => browser.storage.session.get(key), STORAGE_KEYS.panelFocus))[STORAGE_KEYS.panelFocus] as PanelFocus | undefined;

describe('the Meet page in Firefox', () => {
  let ana: Pairing;
  let callSession: Session;
  beforeAll(async () => {
    ana = demo.pairings.find((pairing) => pairing.participants.some((person) => person.name === 'Ana Silva'))!;
    callSession = await storeSessionOnCall(probe, ana);
  });

  it('tells the background which call is on: the open panel follows it, and the bar’s button opens it on the call', async () => {
    const priya = demo.pairings.find((pairing) => pairing.participants.some((person) => person.name === 'Priya Raman'))!;
    const panel = await SidePanelPage.open(extension.context, extension.extensionId, { pairing: priya.id });
    expect(await panel.shownPairingTitle()).toBe(priya.title);
    const meet = await GoogleMeetPage.open(extension.context, MEET_CODE);
    await expect.poll(() => meet.barText(), POLL).toContain('Mentoring: Ana / Jordan: the call');
    await expect.poll(panelFocus, POLL).toMatchObject({ pairingId: ana.id, sessionId: callSession.id, source: 'meet', meetCode: MEET_CODE });
    await expect.poll(() => panel.nextSessionTitle(), POLL).toBe('Ana / Jordan: the call');
    expect(await panel.shownPairingTitle()).toBe(ana.title);
    // The bar's button: a panel window (not the sidebar, see the Calendar dialog's test) on the call's session.
    const opened = extension.context.waitForEvent('page');
    await meet.mentoringNotes().click();
    const window = new SidePanelPage(await opened, extension.extensionId);
    await expect.poll(() => window.nextSessionTitle(), POLL).toBe('Ana / Jordan: the call');
    expect(meet.errors).toEqual([]);
    await Promise.all([meet.page.close(), panel.page.close(), window.page.close()]);
  });

  it('notices leaving the call: the feedback prompt then comes after the real end, not the calendar end', async () => {
    const meet = await GoogleMeetPage.open(extension.context, MEET_CODE);
    await expectPromptFollowsTheCall(meet, probe, callSession, async (name) => (await probe.evaluate((alarm) => browser.alarms.get(alarm), name))?.scheduledTime);
    // Closing the tab is leaving too (in Firefox the page's own last report may not arrive: the
    // background also counts the tab's closing).
    await meet.page.close();
    await expect.poll(async () => (await readTable<Session>(probe, 'sessions')).find((row) => row.id === callSession.id)?.call?.leftAt, POLL).toBeDefined();
    expect(meet.errors).toEqual([]);
  });
});

describe('the Calendar page in Firefox', () => {
  it('marks sessions and the suggestion, and explains a badge in its tooltip', async () => {
    const calendar = await GoogleCalendarPage.open(extension.context, 'agenda');
    const shown = await calendar.waitForMarks(demo.expected);
    expect(shown.some((event) => event.mark === 'suggestion')).toBe(true);
    const first = shown.find((event) => event.mark === 'session')!;
    const session = demo.sessions.find((s) => demo.copyOf(s) && demo.fixtureIdOf(demo.copyOf(s)!) === first.eventId)!;
    const pairing = demo.pairings.find((p) => p.id === session.pairingId)!;
    await calendar.badge(first.eventId).hover();
    await expect.poll(() => calendar.textOf(calendar.tooltip()), POLL).toContain(pairing.title);
    const tip = await calendar.textOf(calendar.tooltip());
    expect(tip).toContain(pairing.participants[0]!.name);
    expect(tip).toContain(session.detection.reasons[0]!);
    expect(calendar.errors).toEqual([]);
    await calendar.page.close();
  });

  it('offers “Mentoring notes” in a session’s dialog, which opens the panel on that session, in a window of its own', async () => {
    const now = Date.now();
    const upcoming = (pairingId: string) =>
      demo.sessions.filter((s) => s.pairingId === pairingId && s.status === 'scheduled' && Date.parse(s.start) > now + DAY_MS && demo.copyOf(s)).sort((a, b) => a.start.localeCompare(b.start));
    const pairing = demo.pairings.find((p) => upcoming(p.id).length >= 2)!;
    const later = upcoming(pairing.id)[1]!;
    await extension.hideSidebar();
    const calendar = await GoogleCalendarPage.open(extension.context, 'agenda');
    await calendar.waitForMarks(demo.expected);
    await calendar.openEvent(demo.fixtureIdOf(demo.copyOf(later)!));
    const actions = calendar.dialogActions();
    await expect.poll(() => actions.getByRole('button', { name: 'Mentoring notes' }).count(), POLL).toBe(1);
    expect(await calendar.textOf(actions)).toContain(pairing.title);
    const opened = extension.context.waitForEvent('page');
    await actions.getByRole('button', { name: 'Mentoring notes' }).click();
    await expect.poll(panelFocus, POLL).toMatchObject({ pairingId: pairing.id, sessionId: later.id, source: 'calendar' });
    // Firefox lets sidebarAction.open() run only in a user action of the add-on's own UI, and a click in a
    // page reaches the background as a message, which is none: the panel opens in its own small window.
    const panel = new SidePanelPage(await opened, extension.extensionId);
    expect(await panel.page.evaluate(() => location.pathname)).toBe('/sidepanel.html');
    await expect.poll(() => panel.shownPairingTitle(), POLL).toBe(pairing.title);
    await expect.poll(() => panel.page.evaluate(() => document.getElementById('session-heading')?.closest('section')?.querySelector('time[datetime]')?.getAttribute('datetime')), POLL).toSatisfy(
      (start: string | undefined) => start !== undefined && Date.parse(start) === Date.parse(later.start),
    );
    expect((await extension.sidebar()).open).toBe(false);
    expect(calendar.errors).toEqual([]);
    await calendar.page.close();
  });

  it('rules out the suggestion for good with “Not a mentoring session”', async () => {
    await expectNotMentoringRulesOutTheSuggestion(extension.context, probe, demo);
  });
});

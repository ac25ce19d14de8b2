import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pairing, Session } from '../../lib/model';
import { GoogleMeetPage } from './pages/google-meet-page';
import { OptionsPage } from './pages/options-page';
import { SidePanelPage } from './pages/side-panel';
import { launchExtension, type LaunchedExtension } from './support/browser';
import { MEET_CODE, storeSessionOnCall } from './scenarios/google-pages-data';
import { expectPromptFollowsTheCall } from './scenarios/meet-leave';
import { readTable, waitForRows } from './support/extension-db';
import { googlePagesHostMap, startGooglePagesFixture, type GooglePagesFixture } from './support/google-pages/server';
import { waitForSidePanel, waitForSidePanelShowing } from './support/side-panel-probe';

/**
 * Issue 9, Google Meet: the content script on a stand-in of Meet (waiting room, call, "you left"),
 * reached as meet.google.com. A session of the demo's Ana pairing is on now, with a Meet link
 * (scenarios/google-pages-data.ts).
 */
declare const chrome: {
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
  sidePanel: { getPanelBehavior(): Promise<{ openPanelOnActionClick?: boolean }> };
};

/** The page reports within a couple of seconds; the background then writes and re-plans. */
const POLL = { timeout: 15_000, interval: 200 };
const CODE = MEET_CODE;
let fixture: GooglePagesFixture;
let extension: LaunchedExtension;
let probe: Page;
let ana: Pairing;
let priya: Pairing;
let callSession: Session;

beforeAll(async () => {
  fixture = await startGooglePagesFixture();
  extension = await launchExtension({ mapHosts: googlePagesHostMap(fixture.port) });
  probe = await extension.openPage('options.html');
  const pairings = await waitForRows<Pairing>(probe, 'pairings', (rows) => rows.length === 6);
  ana = pairings.find((pairing) => pairing.participants.some((person) => person.name === 'Ana Silva'))!;
  priya = pairings.find((pairing) => pairing.participants.some((person) => person.name === 'Priya Raman'))!;
  callSession = await storeSessionOnCall(probe, ana);
});

afterAll(async () => {
  await extension?.close();
  await fixture?.close();
});

const sessionRow = async (id: string) => (await readTable<Session>(probe, 'sessions')).find((row) => row.id === id);

describe('Google Meet', () => {
  it('switches the open side panel to the call’s session, and its button opens the panel on it', async () => {
    const panel = await SidePanelPage.open(extension.context, extension.extensionId, { pairing: priya.id });
    expect(await panel.shownPairingTitle()).toBe(priya.title);
    const meet = await GoogleMeetPage.open(extension.context, CODE);
    await expect.poll(() => meet.barText(), POLL).toContain('Mentoring: Ana / Jordan: the call');
    await expect.poll(() => panel.nextSessionTitle(), POLL).toBe('Ana / Jordan: the call');
    expect(await panel.shownPairingTitle()).toBe(ana.title);

    await meet.mentoringNotes().click();
    await waitForSidePanel(extension);
    await waitForSidePanelShowing(probe, (shown) => shown.focusStart !== undefined && Date.parse(shown.focusStart) === Date.parse(callSession.start));
    expect(meet.errors).toEqual([]);
    await Promise.all([meet.page.close(), panel.page.close()]);
  });

  it('notices leaving the call: the feedback prompt then comes after the real end, not the calendar end', async () => {
    const meet = await GoogleMeetPage.open(extension.context, CODE);
    await expectPromptFollowsTheCall(meet, probe, callSession, async (name) => (await extension.serviceWorker.evaluate((alarm) => chrome.alarms.get(alarm), name))?.scheduledTime);

    // Closing the tab is leaving too.
    await meet.page.close({ runBeforeUnload: true });
    await expect.poll(async () => (await sessionRow(callSession.id))?.call?.leftAt, POLL).toBeDefined();
    expect(meet.errors).toEqual([]);
  });

  it('knows the call by Meet’s leave icon alone, in any language', async () => {
    const meet = await GoogleMeetPage.open(extension.context, `${CODE}?leave=icon-only`);
    await meet.join();
    await expect.poll(async () => (await sessionRow(callSession.id))?.call?.leftAt, POLL).toBeUndefined();
    await meet.page.locator('button', { hasText: 'call_end' }).click();
    await expect.poll(async () => (await sessionRow(callSession.id))?.call?.leftAt, POLL).toBeDefined();
    await meet.page.close();
  });

  it('offers to link a call that matches no session to a pairing, which makes it a session of that pairing', async () => {
    const panel = await SidePanelPage.open(extension.context, extension.extensionId);
    const meet = await GoogleMeetPage.open(extension.context, 'xyz-abcd-efg');
    await expect.poll(() => meet.barText(), POLL).toContain('Link this call to a pairing');
    const axe = await new AxeBuilder({ page: meet.page }).include('[data-mentoring-companion]').analyze();
    expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
    await meet.linkTo(priya.title);
    await expect.poll(() => meet.barText(), POLL).toContain('Linked');
    const linked = await waitForRows<Session>(probe, 'sessions', (rows) => rows.some((row) => row.call?.meetCode === 'xyz-abcd-efg'));
    const session = linked.find((row) => row.call?.meetCode === 'xyz-abcd-efg')!;
    expect(session.pairingId).toBe(priya.id);
    expect(session.status).toBe('scheduled');
    await expect.poll(() => panel.shownPairingTitle(), POLL).toBe(priya.title);
    await Promise.all([meet.page.close(), panel.page.close()]);
  });

  it('shows nothing on Meet’s home page, and follows the address into a call', async () => {
    const meet = await GoogleMeetPage.open(extension.context, '');
    await meet.page.waitForTimeout(1_500);
    expect(await meet.bar().count()).toBe(0);
    await meet.page.getByRole('textbox', { name: 'Enter a code or link' }).fill(CODE);
    await meet.page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect.poll(() => meet.barText(), POLL).toContain('Mentoring: Ana / Jordan: the call');
    await meet.page.goBack();
    await expect.poll(() => meet.bar().count(), POLL).toBe(0);
    await meet.page.close();
  });
});

describe('opening the panel', () => {
  it('makes the toolbar button open the side panel, and the first run’s welcome says how', async () => {
    expect(await extension.serviceWorker.evaluate(() => chrome.sidePanel.getPanelBehavior())).toMatchObject({ openPanelOnActionClick: true });
    const options = await OptionsPage.open(extension.context, extension.extensionId);
    const welcome = options.welcome();
    await welcome.waitFor();
    const text = (await welcome.textContent()) ?? '';
    expect(text).toMatch(/sample data is loaded: six pairings/);
    expect(text).toMatch(/toolbar/);
    expect(text).toMatch(/pin Mentoring Companion/);
    expect(text).toMatch(/sign in with Google, or add a calendar’s secret iCal address or an \.ics file/);
    await welcome.getByRole('link', { name: 'Calendar source', exact: true }).click();
    await expect.poll(() => options.page.evaluate(() => location.hash), POLL).toBe('#calendar');
    await welcome.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => welcome.count(), POLL).toBe(0);
    await options.goto();
    await options.page.waitForTimeout(500);
    expect(await options.welcome().count()).toBe(0);
  });
});

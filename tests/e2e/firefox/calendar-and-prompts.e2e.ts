import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, type CalendarEventCopy, type Pairing, type Session, type Settings } from '../../../lib/model';
import { startEmulator, type RunningEmulator } from '../../../tools/calendar-emulator';
import { FeedbackPopupPage } from '../pages/feedback-popup';
import { OptionsPage } from '../pages/options-page';
import { putRows, readTable, waitForRows } from '../support/extension-db';
import { launchFirefoxExtension, type LaunchedFirefoxExtension } from '../support/firefox/browser';
import { EVENTS_SCOPE } from '../../../lib/calendar/google/config';

/**
 * Firefox has no getAuthToken: sign-in goes through identity.launchWebAuthFlow with Firefox's own
 * redirect host, against the Calendar emulator reached under Google's host names. Firefox's
 * notifications have no buttons, so a click on the notification itself opens the feedback window.
 */
declare const browser: { storage: { session: { get(key: null): Promise<Record<string, unknown>> } } };

const SELF = 'jordan.lee@corp.example';
const ENDING_SOON_ID = 'endingsoonana';
const stamp = new Date().toISOString();
const ana: Pairing = {
  id: 'p-ana',
  title: 'Ana Silva mentoring',
  type: 'one-on-one',
  myRole: 'mentee',
  participants: [{ email: 'ana.silva@corp.example', name: 'Ana Silva' }],
  cadenceDays: 14,
  status: 'active',
  seriesIds: [],
  keywords: [],
  isDemo: false,
  createdAt: stamp,
  updatedAt: stamp,
};

let emulator: RunningEmulator;
let extension: LaunchedFirefoxExtension;
let options: OptionsPage;
let page: Page;

beforeAll(async () => {
  emulator = await startEmulator({ dataFile: resolve('tools/calendar-emulator/data/sample-mentoring.json'), httpPort: 0, httpsPort: 0 });
  const port = emulator.httpsPort!;
  extension = await launchFirefoxExtension({ mapHosts: { 'www.googleapis.com': port, 'accounts.google.com': port, 'oauth2.googleapis.com': port } });
  options = new OptionsPage(extension.welcome, extension.extensionId);
  await options.goto();
  page = options.page;
});

afterAll(async () => {
  await extension?.close();
  await emulator?.close();
});

describe('Google Calendar and prompts in Firefox', () => {
  it('signs in through launchWebAuthFlow with Firefox’s redirect host, keeping the token out of IndexedDB', async () => {
    await waitForRows<Pairing>(page, 'pairings', (rows) => rows.some((row) => row.isDemo));
    expect((await options.calendar.removeDemo()).ok).toBe(true);
    await waitForRows<Pairing>(page, 'pairings', (rows) => rows.length === 0);
    await putRows(page, 'pairings', [ana]);
    const settings = (await readTable<{ key: string; value: Settings }>(page, 'settings'))[0]?.value ?? defaultSettings;
    await putRows(page, 'settings', [
      {
        key: 'app',
        value: { ...settings, syncWindow: { daysBack: 3_650, daysAhead: 3_650 }, notifications: { ...settings.notifications, enabled: true, feedbackDelayMinutes: 0 } },
      },
    ]);

    const outcome = await options.calendar.signInGoogle();
    expect(outcome.ok, outcome.message).toBe(true);
    const authorize = emulator.control.lastAuthorizeRequest();
    expect(authorize).toMatchObject({ outcome: 'granted', responseType: 'token', scope: EVENTS_SCOPE });
    // Firefox derives the redirect from the fixed add-on id: https://<sha1 of the id>.extensions.allizom.org/
    expect(authorize?.redirectUri).toMatch(/^https:\/\/[0-9a-f]{40}\.extensions\.allizom\.org\/$/);
    expect(JSON.stringify(await page.evaluate(() => browser.storage.session.get(null)))).toContain('ya29.emu-');
    for (const table of ['settings', 'syncStates', 'events']) expect(JSON.stringify(await readTable(page, table))).not.toContain('ya29.');
  });

  it('syncs the primary calendar until the store equals the emulator', async () => {
    // A session with Ana that is running now and ends shortly after this sync: its prompt comes from its own
    // alarm (a session that ended before a sync is summed up in one notification instead).
    const now = Date.now();
    emulator.control.addEvent(SELF, {
      id: ENDING_SOON_ID,
      status: 'confirmed',
      summary: 'Catch-up',
      start: { dateTime: new Date(now - 30 * 60_000).toISOString() },
      end: { dateTime: new Date(now + 45_000).toISOString() },
      organizer: { email: SELF, self: true },
      attendees: [
        { email: 'ana.silva@corp.example', displayName: 'Ana Silva', responseStatus: 'accepted' },
        { email: SELF, self: true, responseStatus: 'accepted' },
      ],
    });
    expect((await options.calendar.syncNow()).ok).toBe(true);
    const expected = emulator.control.listEvents(SELF).map((event) => `${event.id}|${event.summary ?? ''}`).sort();
    const stored = async () =>
      (await readTable<CalendarEventCopy>(page, 'events')).filter((row) => row.calendarKey === 'google:primary').map((row) => `${row.eventId}|${row.event.summary ?? ''}`).sort();
    await expect.poll(stored, { timeout: 60_000 }).toEqual(expected);
    expect(expected.length).toBeGreaterThan(20);
    const sessions = await waitForRows<Session>(page, 'sessions', (rows) => rows.some((row) => row.calendar?.eventId === ENDING_SOON_ID));
    expect(sessions.filter((session) => !session.isDemo).every((session) => session.pairingId === ana.id)).toBe(true);
  });

  it('shows a feedback prompt when the session ends, and a click on it opens the feedback window', async () => {
    // Its own alarm prompts for it (earlier sessions of the sample calendar may have prompts too).
    const prompt = await extension.waitForNotification((shown) => shown.title === 'How did it go?' && shown.message.startsWith('Catch-up '), 150_000);
    // No buttons in Firefox: the text says what a click does.
    expect(prompt.message).toMatch(/^Catch-up \(Ana Silva mentoring\) ended at .+\. Click to give feedback\.$/);

    const popup = new FeedbackPopupPage(await extension.clickNotification(prompt));
    await popup.ready();
    expect(await popup.page.evaluate(() => location.pathname)).toBe('/feedback.html');
    expect(await popup.sessionTitle()).toContain('Catch-up');
    await popup.chooseOutcome('held');
    await popup.rate(5);
    await popup.submit();
    expect(await popup.confirmation()).toBeTruthy();
    const session = (await readTable<Session>(page, 'sessions')).find((row) => row.calendar?.eventId === ENDING_SOON_ID)!;
    await waitForRows<{ sessionId: string; state: string; rating?: number }>(page, 'feedback', (rows) =>
      rows.some((row) => row.sessionId === session.id && row.state === 'submitted' && row.rating === 5),
    );
  });
});

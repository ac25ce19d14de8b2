import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, type Pairing, type Session } from '../../lib/model';
import { startEmulator, type RunningEmulator } from '../../tools/calendar-emulator';
import { OptionsPage } from './pages/options-page';
import { launchExtension, type LaunchedExtension } from './support/browser';
import { putRows, readTable, waitForRows } from './support/extension-db';
import { sendFromPage } from './support/messages';
import { promptAlarmName } from '../../lib/alarms/alarm-names';

/**
 * Issue 4 end to end: the extension signs in to the calendar emulator, syncs the sample calendar,
 * detects the mentoring sessions of the user's pairings, and when a session ends (feedback delay
 * 0 minutes) its "How did it go?" notification appears and the toolbar badge counts it.
 */
/** The extension APIs the test calls inside the extension's own page. */
declare const chrome: {
  alarms: { getAll(): Promise<{ name: string }[]> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
  action: { getBadgeText(details: object): Promise<string> };
};

const SELF = 'jordan.lee@corp.example';
const CALENDAR = SELF;
const ENDING_SOON_ID = 'endingsoonana';
const stamp = new Date().toISOString();

const pairings: Pairing[] = [
  pairing('p-ana', 'Ana Silva mentoring', 'one-on-one', 'mentee', [{ email: 'ana.silva@corp.example', name: 'Ana Silva' }]),
  pairing('p-priya', 'Reverse mentoring with Priya', 'reverse', 'mentee', [{ email: 'priya.raman@corp.example', name: 'Priya Raman' }]),
  pairing('p-mateo', 'Peer mentoring with Mateo', 'peer', 'mentor', [{ email: 'mateo.garcia@corp.example', name: 'Mateo Garcia' }]),
];

let emulator: RunningEmulator;
let extension: LaunchedExtension;
let page: Page;

beforeAll(async () => {
  emulator = await startEmulator({ dataFile: resolve('tools/calendar-emulator/data/sample-mentoring.json'), httpPort: 0, httpsPort: 0 });
  // A session with Ana that is running now and ends shortly after the sync.
  const now = Date.now();
  emulator.control.addEvent(CALENDAR, {
    id: ENDING_SOON_ID,
    status: 'confirmed',
    summary: 'Catch-up',
    start: { dateTime: new Date(now - 30 * 60_000).toISOString() },
    end: { dateTime: new Date(now + 90_000).toISOString() },
    organizer: { email: SELF, self: true },
    attendees: [
      { email: 'ana.silva@corp.example', displayName: 'Ana Silva', responseStatus: 'accepted' },
      { email: SELF, self: true, responseStatus: 'accepted' },
    ],
  });
  const port = emulator.httpsPort!;
  extension = await launchExtension({
    mapHosts: { 'www.googleapis.com': port, 'accounts.google.com': port, 'oauth2.googleapis.com': port },
  });
  page = await extension.openPage('sidepanel.html');
});

afterAll(async () => {
  await extension?.close();
  await emulator?.close();
});

describe('sessions and prompts from a synced calendar', () => {
  it('syncs, detects the sessions of the right pairings, and prompts for feedback when a session ends', async () => {
    // A fresh install loads the sample data; this user starts from their own pairings instead.
    await waitForRows<Pairing>(page, 'pairings', (rows) => rows.some((row) => row.isDemo));
    const options = await OptionsPage.open(extension.context, extension.extensionId);
    expect((await options.calendar.removeDemo()).ok).toBe(true);
    await waitForRows<Pairing>(page, 'pairings', (rows) => rows.length === 0);
    await putRows(page, 'pairings', pairings);
    const settings = (await readTable<{ key: string; value: typeof defaultSettings }>(page, 'settings'))[0]?.value ?? defaultSettings;
    await putRows(page, 'settings', [
      { key: 'app', value: { ...settings, notifications: { ...settings.notifications, feedbackDelayMinutes: 0, enabled: true } } },
    ]);

    expect(await sendFromPage(page, 'signInGoogle')).toMatchObject({ calendarKey: 'google:primary' });
    expect((await sendFromPage(page, 'syncNow')).errors).toEqual([]);

    const sessions = await waitForRows<Session>(page, 'sessions', (rows) => rows.some((row) => row.calendar?.eventId === ENDING_SOON_ID));
    const mine = sessions.filter((session) => !session.isDemo);
    const seriesByPairing = (pairingId: string) => new Set(mine.filter((s) => s.pairingId === pairingId).map((s) => s.calendar?.seriesId));
    expect(seriesByPairing('p-ana')).toEqual(new Set(['m1anajordan', 'c0ffeeana', ENDING_SOON_ID]));
    expect(seriesByPairing('p-priya')).toEqual(new Set(['r3vmentorpriajordan']));
    expect(seriesByPairing('p-mateo')).toEqual(new Set(['peermentor1ngmateo']));
    // The steering committee (Ana attends), the standup (Mateo attends) and interviews are not sessions.
    expect(mine.every((session) => ['p-ana', 'p-priya', 'p-mateo'].includes(session.pairingId))).toBe(true);
    for (const session of mine) expect(session.detection.reasons.length).toBeGreaterThan(0);

    const endingSoon = mine.find((session) => session.calendar?.eventId === ENDING_SOON_ID)!;
    const alarmName = promptAlarmName('feedback', endingSoon.id);
    const alarms = await waitFor(page, async () => (await chrome.alarms.getAll()).map((alarm) => alarm.name), (names) => names.includes(alarmName), 30_000);
    expect(alarms).toContain(alarmName);

    // Sessions that ended in the past week were summed up at the sync; this one's own prompt comes from its alarm.
    const promptId = `feedback:${endingSoon.id}`;
    const shown = await waitFor(page, async () => Object.keys(await chrome.notifications.getAll()), (ids) => ids.includes(promptId), 150_000);
    expect(shown).toContain(promptId);
    const badge = await page.evaluate(() => chrome.action.getBadgeText({}));
    expect(Number(badge)).toBeGreaterThanOrEqual(1);
    const prompted = (await readTable<Session>(page, 'sessions')).find((session) => session.id === endingSoon.id);
    expect(prompted?.feedbackPrompt?.state).toBe('pending');
  });
});

function pairing(id: string, title: string, type: Pairing['type'], myRole: Pairing['myRole'], participants: Pairing['participants']): Pairing {
  return { id, title, type, myRole, participants, cadenceDays: 14, status: 'active', seriesIds: [], keywords: [], isDemo: false, createdAt: stamp, updatedAt: stamp };
}

async function waitFor<T>(target: Page, read: () => Promise<T>, holds: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await target.evaluate(read);
  while (!holds(value)) {
    if (Date.now() > deadline) throw new Error(`never happened; last saw ${JSON.stringify(value)}`);
    await target.waitForTimeout(1_000);
    value = await target.evaluate(read);
  }
  return value;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEventCopy, Pairing, SyncState } from '../../lib/model';
import { startEmulator, type RunningEmulator } from '../../tools/calendar-emulator';
import { OptionsPage } from './pages/options-page';
import { launchExtension, type LaunchedExtension } from './support/browser';
import { readTable, waitForRows } from './support/extension-db';
import { sendFromPage } from './support/messages';

/**
 * Issue 11, delete everything with a Google account connected: the sign-out revokes the token at
 * Google (the emulator under Google's host names), the tokens and the account's state leave the
 * browser's storage, and the synced calendar is gone.
 */
declare const chrome: { storage: { session: { get(key: null): Promise<Record<string, unknown>> }; local: { get(key: null): Promise<Record<string, unknown>> } } };

const SELF = 'jordan.lee@corp.example';
let emulator: RunningEmulator;
let extension: LaunchedExtension;

beforeAll(async () => {
  emulator = await startEmulator({ httpPort: 0, httpsPort: 0, now: new Date().toISOString(), data: { calendars: [{ id: SELF, summary: SELF, timeZone: 'Europe/London', primary: true }], events: { [SELF]: [] } } });
  emulator.control.generate({ calendarId: SELF, count: 40, startFrom: new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10), seed: 11 });
  const port = emulator.httpsPort!;
  extension = await launchExtension({ mapHosts: { 'www.googleapis.com': port, 'accounts.google.com': port, 'oauth2.googleapis.com': port } });
});
afterAll(async () => {
  await extension?.close();
  await emulator?.close();
});

describe('delete everything with Google connected', () => {
  it('signs out revoking the token at Google, and leaves no token, account state or synced event behind', async () => {
    const options = await OptionsPage.open(extension.context, extension.extensionId);
    await waitForRows<Pairing>(options.page, 'pairings', (rows) => rows.length > 0);
    expect(await sendFromPage(options.page, 'signInGoogle')).toEqual({ calendarKey: 'google:primary' });
    expect((await sendFromPage(options.page, 'syncNow')).errors).toEqual([]);
    expect((await readTable<CalendarEventCopy>(options.page, 'events')).some((row) => row.source === 'google')).toBe(true);
    expect(JSON.stringify(await options.page.evaluate(() => chrome.storage.session.get(null)))).toContain('ya29.');

    const deleted = await options.data.deleteEverything('DELETE');
    expect(deleted.notice).toMatch(/Everything was deleted and Google’s access was withdrawn/);
    expect(emulator.control.requestLog()).toContainEqual(expect.objectContaining({ method: 'POST', host: 'oauth2.googleapis.com', path: '/revoke', status: 200 }));
    expect(await options.page.evaluate(() => chrome.storage.session.get(null))).toEqual({});
    expect(JSON.stringify(await options.page.evaluate(() => chrome.storage.local.get(null)))).not.toMatch(/ya29\.|primary|jordan\.lee/);
    expect((await readTable<CalendarEventCopy>(options.page, 'events')).filter((row) => row.source === 'google')).toEqual([]);
    expect((await readTable<SyncState>(options.page, 'syncStates')).filter((row) => row.source === 'google')).toEqual([]);
  });
});

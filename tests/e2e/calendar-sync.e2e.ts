import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, type CalendarEventCopy, type Settings, type SyncState } from '../../lib/model';
import { startEmulator, type RequestLogEntry, type RunningEmulator } from '../../tools/calendar-emulator';
import { OptionsPage } from './pages/options-page';
import { launchExtension, type LaunchedExtension } from './support/browser';
import { putRows, readTable } from './support/extension-db';
import { sendFromPage } from './support/messages';
import { CALENDAR_SYNC_ALARM } from '../../lib/alarms/alarm-names';
import { CALENDAR_LIST_SCOPE, EVENTS_SCOPE } from '../../lib/calendar/google/config';

/**
 * Issue 3 end to end: the built extension signs in to the Calendar API emulator through
 * launchWebAuthFlow (Chromium has no Google sign-in), syncs 10,000 events, survives injected faults
 * and a worker stopped mid-sync with its store equal to the emulator's, picks up an added, a moved
 * and a cancelled event incrementally, syncs in full again after a 410, adds a second calendar
 * chosen on the options page, and revokes the token at Google on sign-out.
 */
declare const chrome: {
  alarms: { clear(name: string): Promise<boolean> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { session: { get(key: null): Promise<Record<string, unknown>> } };
};

const SELF = 'jordan.lee@corp.example';
const PROGRAMME = 'c_mentoringprogramme@group.calendar.google.com';
const EVENT_COUNT = 10_000;

let emulator: RunningEmulator;
let extension: LaunchedExtension;
let page: Page;

beforeAll(async () => {
  const now = new Date().toISOString();
  emulator = await startEmulator({ httpPort: 0, httpsPort: 0, now, data: { calendars: [{ id: SELF, summary: SELF, timeZone: 'Europe/London', primary: true }], events: { [SELF]: [] } } });
  // Three busy calendars' worth of meetings, from 150 days back (inside the 180 days the sync looks back).
  const startFrom = new Date(Date.now() - 150 * 86_400_000).toISOString().slice(0, 10);
  for (const [seed, count] of [[3, 3_334], [4, 3_333], [5, 3_333]] as const) emulator.control.generate({ calendarId: SELF, count, startFrom, seed });
  const port = emulator.httpsPort!;
  extension = await launchExtension({ mapHosts: { 'www.googleapis.com': port, 'accounts.google.com': port, 'oauth2.googleapis.com': port } });
  page = await extension.openPage('sidepanel.html');
});

afterAll(async () => {
  await extension?.close();
  await emulator?.close();
});

// Each case reads and writes a 10,000-event calendar: on a loaded machine that takes minutes, not seconds.
describe('Google Calendar sync in Chromium', { timeout: 600_000 }, () => {
  it('signs in with the events scope only, keeping the token out of IndexedDB', async () => {
    // Weekly series run on past a year: a window of 1,000 days ahead holds every occurrence the emulator has.
    const stored = (await readTable<{ key: string; value: Settings }>(page, 'settings'))[0]?.value ?? defaultSettings;
    await putRows(page, 'settings', [{ key: 'app', value: { ...stored, syncWindow: { daysBack: 180, daysAhead: 1_000 } } }]);
    expect(await sendFromPage(page, 'signInGoogle')).toEqual({ calendarKey: 'google:primary' });
    const authorize = emulator.control.lastAuthorizeRequest();
    expect(authorize).toMatchObject({ outcome: 'granted', responseType: 'token', scope: EVENTS_SCOPE });
    expect(authorize?.clientId).toMatch(/\S/);
    expect(authorize?.redirectUri).toBe(`https://${extension.extensionId}.chromiumapp.org/`);
    const session = await page.evaluate(() => chrome.storage.session.get(null));
    expect(JSON.stringify(session)).toContain('ya29.emu-');
    for (const table of ['settings', 'syncStates', 'events']) expect(JSON.stringify(await readTable(page, table))).not.toContain('ya29.');
  });

  it(`syncs ${EVENT_COUNT.toLocaleString('en')} events`, async () => {
    const summary = await sendFromPage(page, 'syncNow');
    expect(summary.errors).toEqual([]);
    await expectStoreEqualsEmulator();
    expect(Object.keys(await localEvents())).toHaveLength(EVENT_COUNT);
    const state = (await readTable<SyncState>(page, 'syncStates')).find((row) => row.calendarKey === 'google:primary');
    expect(state).toMatchObject({ calendarKey: 'google:primary', label: SELF, skipped: [] });
    expect(state?.syncToken).toBeTruthy();
  });

  it('survives injected faults and ends equal to the emulator', async () => {
    const live = emulator.control.listEvents(SELF).filter((event) => !event.recurringEventId);
    for (let round = 0; round < 4; round++) {
      emulator.control.addEvent(SELF, { id: `faultround${round}`, summary: `Added in round ${round}`, start: { dateTime: hoursFromNow(24 + round) }, end: { dateTime: hoursFromNow(25 + round) } });
      emulator.control.moveEvent(SELF, live[round]!.id!, { start: { dateTime: hoursFromNow(48 + round) }, end: { dateTime: hoursFromNow(49 + round) } });
      emulator.control.cancelEvent(SELF, live[100 + round]!.id!);
      emulator.control.injectFault({ kind: 'error', status: [503, 500, 429][round % 3]! });
      emulator.control.injectFault(round % 2 ? { kind: 'truncatedBody' } : { kind: 'dropConnection' });
      emulator.control.injectFault({ kind: 'error', status: 403, reason: round % 2 ? 'userRateLimitExceeded' : 'rateLimitExceeded' });
      const summary = await sendFromPage(page, 'syncNow');
      expect(summary.errors, `round ${round}`).toEqual([]);
      await expectStoreEqualsEmulator();
    }
  });

  it('shows the previous calendar through a full resync whose worker is stopped, and the new one once it completes', async () => {
    // Only this test's "Sync now" may resume the resync: the periodic sync must not fire meanwhile.
    await page.evaluate((name) => chrome.alarms.clear(name), CALENDAR_SYNC_ALARM);
    const before = await localEvents();
    // Deleted while the token was valid but never seen by this client: only the full resync can notice.
    const gone = emulator.control.listEvents(SELF).filter((event) => !event.recurringEventId).slice(300, 303);
    for (const event of gone) emulator.control.cancelEvent(SELF, event.id!);
    emulator.control.invalidateSyncTokens();
    // Requests: the 410, the full listing's first page, then its second page, which waits long
    // enough for the worker to be stopped after the first page committed.
    emulator.control.injectFault({ kind: 'delay', delayMs: 1 });
    emulator.control.injectFault({ kind: 'delay', delayMs: 1 });
    emulator.control.injectFault({ kind: 'delay', delayMs: 90_000 });
    void sendFromPage(page, 'syncNow').catch(() => undefined);
    const googleState = async () => (await readTable<SyncState>(page, 'syncStates')).find((row) => row.calendarKey === 'google:primary');
    await expect.poll(async () => (await googleState())?.pageToken, { timeout: 60_000 }).toBeTruthy();
    // Half-way: the first page is in, and the calendar is still the whole previous one.
    expect(await localEvents()).toEqual(before);
    const cdp = await extension.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const since = Date.now();
    emulator.control.clearFaults();
    expect(await localEvents()).toEqual(before);

    const summary = await sendFromPage(page, 'syncNow');
    expect(summary.errors).toEqual([]);
    // It resumed the resync from its last committed page: no listing started over from the first page.
    const listings = eventRequestsSince(since).filter((entry) => entry.query.timeMin);
    expect(listings.length).toBeGreaterThan(0);
    expect(listings.every((entry) => entry.query.pageToken)).toBe(true);
    await expectStoreEqualsEmulator();
    for (const event of gone) expect((await localEvents())[event.id!]).toBeUndefined();
    // The real change, not "10,000 added, 10,003 removed".
    expect(summary).toMatchObject({ added: 0, updated: 0, removed: 3 });
  });

  it('picks up an added, a moved and a cancelled event on the next incremental sync', async () => {
    const [moved, cancelled] = emulator.control.listEvents(SELF).filter((event) => !event.recurringEventId).slice(20);
    emulator.control.addEvent(SELF, { id: 'newmentoring1', summary: 'Mentoring with Ana', start: { dateTime: hoursFromNow(30) }, end: { dateTime: hoursFromNow(31) } });
    emulator.control.moveEvent(SELF, moved!.id!, { start: { dateTime: hoursFromNow(50) }, end: { dateTime: hoursFromNow(51) } });
    emulator.control.cancelEvent(SELF, cancelled!.id!);
    emulator.control.clearRequestLog();
    const since = Date.now();

    const summary = await sendFromPage(page, 'syncNow');
    expect(summary).toMatchObject({ added: 1, updated: 1, removed: 1, errors: [] });
    const requests = eventRequestsSince(since);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.query.syncToken).toBeTruthy();
    for (const forbidden of ['timeMin', 'timeMax', 'orderBy', 'q']) expect(requests[0]?.query).not.toHaveProperty(forbidden);
    const local = await localEvents();
    expect(local.newmentoring1).toBe(`Mentoring with Ana|${hoursFromNow(30)}`);
    expect(local[moved!.id!]?.split('|')[1]).toBe(hoursFromNow(50));
    expect(local[cancelled!.id!]).toBeUndefined();
  });

  it('drops every occurrence of a deleted series, and keeps an event with too many guests, saying what was cut', async () => {
    const guests = Array.from({ length: 500 }, (_, index) => ({ email: `guest${index}@corp.example`, responseStatus: 'needsAction' }));
    emulator.control.addEvent(SELF, {
      id: 'townhall1',
      summary: 'Town hall',
      start: { dateTime: hoursFromNow(40) },
      end: { dateTime: hoursFromNow(41) },
      attendees: [...guests, { email: SELF, self: true, responseStatus: 'accepted' }],
    });
    emulator.control.addEvent(SELF, { id: 'weeklyseries1', summary: 'Weekly mentoring', start: { dateTime: hoursFromNow(26) }, end: { dateTime: hoursFromNow(27) }, recurrence: ['RRULE:FREQ=WEEKLY;COUNT=10'] });
    expect((await sendFromPage(page, 'syncNow')).errors).toEqual([]);
    const series = async () => (await readTable<CalendarEventCopy>(page, 'events')).filter((row) => row.seriesId === 'weeklyseries1');
    expect(await series()).toHaveLength(10);
    const townHall = (await readTable<CalendarEventCopy>(page, 'events')).find((row) => row.eventId === 'townhall1');
    expect(townHall?.event.attendees).toHaveLength(500);
    const options = await OptionsPage.open(extension.context, extension.extensionId);
    const primary = (await options.calendar.syncStatus()).find((row) => row.label === SELF);
    expect(primary?.notes).toContain('“Town hall”: it was kept, but only 500 of its 501 guests were kept');
    expect(primary?.skipped).toBe(0);
    await options.page.close();

    emulator.control.cancelEvent(SELF, 'weeklyseries1');
    expect(await sendFromPage(page, 'syncNow')).toMatchObject({ removed: 10, errors: [] });
    expect(await series()).toEqual([]);
    await expectStoreEqualsEmulator();
  });

  it('syncs in full again after 410 Gone, dropping events that no longer exist', async () => {
    for (const event of emulator.control.listEvents(SELF).slice(200, 210)) emulator.control.cancelEvent(SELF, event.id!);
    emulator.control.invalidateSyncTokens();
    emulator.control.clearRequestLog();
    const since = Date.now();

    const summary = await sendFromPage(page, 'syncNow');
    expect(summary.errors).toEqual([]);
    const statuses = eventRequestsSince(since).map((entry) => entry.status);
    expect(statuses[0]).toBe(410);
    expect(statuses.slice(1).every((status) => status === 200)).toBe(true);
    await expectStoreEqualsEmulator();
  });

  it('adds a second calendar chosen on the options page and syncs its events', async () => {
    emulator.control.addCalendar({ id: PROGRAMME, summary: 'Mentoring Programme', timeZone: 'Europe/London', accessRole: 'reader' });
    for (const day of [3, 10, 17]) {
      emulator.control.addEvent(PROGRAMME, { id: `programme${day}`, summary: `Programme workshop, day ${day}`, start: { dateTime: hoursFromNow(day * 24) }, end: { dateTime: hoursFromNow(day * 24 + 1) } });
    }
    const options = await OptionsPage.open(extension.context, extension.extensionId);
    const listed = await options.calendar.chooseGoogleCalendars();
    expect(listed.calendars).toEqual([
      { label: SELF, checked: true, fixed: true },
      { label: 'Mentoring Programme', checked: false, fixed: false },
    ]);
    // The calendar list was asked for only now, on top of the events scope.
    expect(emulator.control.lastAuthorizeRequest()).toMatchObject({ outcome: 'granted', scopes: [EVENTS_SCOPE, CALENDAR_LIST_SCOPE] });

    expect(await options.calendar.addGoogleCalendar('Mentoring Programme')).toMatchObject({ ok: true, message: expect.stringContaining('Added “Mentoring Programme”') });
    const programmeEvents = async () =>
      (await readTable<CalendarEventCopy>(page, 'events')).filter((row) => row.calendarKey === `google:${PROGRAMME}`).map((row) => row.event.summary).sort();
    await expect.poll(programmeEvents, { timeout: 60_000 }).toEqual(['Programme workshop, day 10', 'Programme workshop, day 17', 'Programme workshop, day 3']);
    await expect.poll(async () => (await options.calendar.syncStatus()).map((row) => row.label)).toContain('Mentoring Programme');
    await options.page.close();
  });

  it('signs out keeping the synced events, revoking the token at Google, and stops syncing', async () => {
    emulator.control.clearRequestLog();
    expect(await sendFromPage(page, 'signOutGoogle', { keepData: true })).toEqual({ revoked: true });
    expect(emulator.control.requestLog()).toContainEqual(expect.objectContaining({ method: 'POST', host: 'oauth2.googleapis.com', path: '/revoke', status: 200 }));
    expect(Object.keys(await localEvents()).length).toBeGreaterThan(EVENT_COUNT - 100);
    expect((await readTable<SyncState>(page, 'syncStates')).filter((row) => row.source === 'google' && !row.stoppedAt)).toEqual([]);
    expect(JSON.stringify(await page.evaluate(() => chrome.storage.session.get(null)))).not.toContain('ya29.');
    emulator.control.clearRequestLog();
    expect(await sendFromPage(page, 'syncNow')).toMatchObject({ calendars: 0, errors: [] });
    expect(emulator.control.requestLog()).toEqual([]);

    // The kept copies are listed as no longer synced, and can still be deleted.
    const options = await OptionsPage.open(extension.context, extension.extensionId);
    const kept = (await options.calendar.syncStatus()).filter((row) => row.stopped);
    expect(kept.map((row) => row.label).sort()).toEqual(['Mentoring Programme', SELF]);
    expect(kept[0]?.stopped).toMatch(/^No longer synced since .+; its events were kept on this computer\.$/);
    expect(await options.calendar.deleteKeptEvents(SELF)).toMatchObject({ ok: true });
    expect(await localEvents()).toEqual({});
    expect((await readTable<SyncState>(page, 'syncStates')).filter((row) => row.source === 'google').map((row) => row.calendarKey)).toEqual([`google:${PROGRAMME}`]);
    await options.page.close();
  });
});

/**
 * Calendar API requests that started at or after `since`: a request delayed on purpose by an earlier
 * case may still finish, and be logged, after that case cleared the log.
 */
function eventRequestsSince(since: number): RequestLogEntry[] {
  return emulator.control
    .requestLog()
    .filter((entry) => entry.path.startsWith('/calendar/v3/calendars/') && Date.parse(entry.at) >= since);
}

/** The store as `id → "summary|start"`, the same shape as the emulator's side. */
async function localEvents(): Promise<Record<string, string>> {
  const rows = (await readTable<CalendarEventCopy>(page, 'events')).filter((row) => row.calendarKey === 'google:primary');
  return Object.fromEntries(rows.map((row) => [row.eventId, eventSignature(row.event.summary, row.startMs)]));
}

async function expectStoreEqualsEmulator(): Promise<void> {
  const expected = Object.fromEntries(
    emulator.control.listEvents(SELF).map((event) => [event.id!, eventSignature(event.summary ?? undefined, Date.parse(event.start?.dateTime ?? `${event.start?.date}T00:00:00Z`))]),
  );
  expect(await localEvents()).toEqual(expected);
}

function eventSignature(summary: string | undefined, startMs: number): string {
  return `${summary ?? ''}|${new Date(startMs).toISOString()}`;
}

const base = Math.floor(Date.now() / 60_000) * 60_000;
function hoursFromNow(hours: number): string {
  return new Date(base + hours * 3_600_000).toISOString();
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestIcsOriginPermission } from '../../../lib/calendar/ics/ics-permission';
import { ensureIcsPollAlarm, handleAddIcsUrl, ICS_POLL_ALARM } from '../../../lib/calendar/ics/ics-source';
import { inProcessIcsParser as parser } from '../../../lib/calendar/ics/ics-parse';
import { IcsUrlError } from '../../../lib/calendar/ics/ics-url';
import { getDatabase } from '../../../lib/db/database';
import { updateSettings } from '../../../lib/settings/settings-store';
import { fixture, freshDb, NOW } from './support';

const SECRET_URL = 'https://calendar.google.com/calendar/ical/ada%40example.com/private-0123456789abcdef/basic.ics';
const ORIGIN = 'https://calendar.google.com/*';

const serve = (body: string, status = 200) => async () => new Response(body, { status });

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('asking for a calendar address’s origin', () => {
  it('requests that one origin and returns the address to add', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    expect(await requestIcsOriginPermission('webcal://calendar.google.com/calendar/ical/x/basic.ics')).toBe(
      'https://calendar.google.com/calendar/ical/x/basic.ics',
    );
    expect(request).toHaveBeenCalledWith({ origins: [ORIGIN] });
  });

  it('returns nothing when the user declines, and refuses a bad address before asking', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    expect(await requestIcsOriginPermission(SECRET_URL)).toBeUndefined();
    await expect(requestIcsOriginPermission('mailto:ada@example.com')).rejects.toBeInstanceOf(IcsUrlError);
    expect(request).toHaveBeenCalledTimes(1);
  });
});

describe('the addIcsUrl handler', () => {
  it('checks the grant for the address’s origin and fails clearly without it', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const db = freshDb();
    const fetch = vi.fn(serve(fixture('outlook-export.ics')));
    await expect(handleAddIcsUrl({ url: SECRET_URL }, { db, fetch, now: () => NOW, parser })).rejects.toThrow(
      /^Mentoring Companion may not read calendar\.google\.com yet\./,
    );
    expect(contains).toHaveBeenCalledWith({ origins: [ORIGIN] });
    expect(fetch).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.get(ICS_POLL_ALARM)).toBeUndefined();
  });

  it('stores the calendar and schedules polling at the sync interval', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const db = freshDb();
    const result = await handleAddIcsUrl({ url: SECRET_URL }, { db, fetch: serve(fixture('outlook-export.ics')), now: () => NOW, parser });
    expect(result).toEqual({ calendarKey: `ics:${SECRET_URL}`, events: 17, skipped: 0 });
    expect((await fakeBrowser.alarms.get(ICS_POLL_ALARM))?.periodInMinutes).toBe(5);
  });
});

describe('the polling alarm', () => {
  it('follows the sync interval and goes away with the last address', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const db = freshDb();
    await ensureIcsPollAlarm(db);
    expect(await fakeBrowser.alarms.get(ICS_POLL_ALARM)).toBeUndefined();

    await handleAddIcsUrl({ url: SECRET_URL }, { db, fetch: serve(fixture('outlook-export.ics')), now: () => NOW, parser });
    await updateSettings((settings) => ({ ...settings, syncIntervalMinutes: 15 }), db);
    await ensureIcsPollAlarm(db);
    expect((await fakeBrowser.alarms.get(ICS_POLL_ALARM))?.periodInMinutes).toBe(15);

    await db.syncStates.clear();
    await ensureIcsPollAlarm(db);
    expect(await fakeBrowser.alarms.get(ICS_POLL_ALARM)).toBeUndefined();
  });
});

describe('startIcsSync in the background', () => {
  /**
   * @webext-core/messaging talks to the callback-style `chrome.runtime`, which the fake browser does
   * not provide: this one delivers each message to the listeners in this context, as Chrome does.
   */
  function stubChromeRuntime() {
    type Listener = (message: unknown, sender: object, respond: (response: unknown) => void) => boolean;
    const listeners: Listener[] = [];
    vi.stubGlobal('chrome', {
      runtime: {
        lastError: undefined,
        onMessage: { addListener: (listener: Listener) => listeners.push(listener), removeListener: () => undefined },
        sendMessage: (message: unknown, respond: (response: unknown) => void) => {
          if (!listeners.some((listener) => listener(message, {}, respond))) respond(undefined);
        },
      },
    });
  }

  async function startWorker() {
    stubChromeRuntime();
    vi.resetModules();
    const { startIcsSync } = await import('../../../lib/calendar/ics/ics-source');
    const { sendMessage } = await import('../../../lib/messaging/api');
    // From the same fresh module graph, so its IcsFormatError is the one the source recognises.
    const { inProcessIcsParser } = await import('../../../lib/calendar/ics/ics-parse');
    startIcsSync({ parser: inProcessIcsParser });
    return sendMessage;
  }

  async function until<T>(read: () => Promise<T>, holds: (value: T) => boolean): Promise<T> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const value = await read();
      if (holds(value)) return value;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the background never got there');
  }

  beforeEach(async () => {
    const db = getDatabase();
    await Promise.all(db.tables.map((table) => table.clear()));
  });

  it('answers importIcsFile and addIcsUrl messages', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const sendMessage = await startWorker();
    const imported = await sendMessage('importIcsFile', { fileName: 'outlook.ics', text: fixture('outlook-export.ics') });
    expect(imported).toMatchObject({ calendarKey: 'ics:outlook.ics', skipped: 0 });
    expect(imported.events).toBeGreaterThan(0);
    await expect(sendMessage('importIcsFile', { fileName: 'page.ics', text: fixture('not-a-calendar.ics') })).rejects.toThrow(
      '“page.ics” could not be imported.',
    );
    await expect(sendMessage('addIcsUrl', { url: SECRET_URL })).rejects.toThrow('may not read calendar.google.com');
  });

  it('polls the addresses when the alarm fires, keeping the events of one that fails', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.stubGlobal('fetch', vi.fn(serve(fixture('google-export.ics'))));
    const sendMessage = await startWorker();
    const added = await sendMessage('addIcsUrl', { url: SECRET_URL });
    const alarm = await until(() => fakeBrowser.alarms.get(ICS_POLL_ALARM), (found) => found !== undefined);

    vi.stubGlobal('fetch', vi.fn(serve('Server error', 500)));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);

    const state = await until(() => getDatabase().syncStates.get(added.calendarKey), (found) => found?.lastError !== undefined);
    expect(state?.lastError).toMatchObject({ status: 500, message: 'calendar.google.com is busy or unavailable (HTTP 500); it will be tried again later.' });
    expect(await getDatabase().events.where('calendarKey').equals(added.calendarKey).count()).toBe(added.events);
    await until(async () => warn.mock.calls.length, (calls) => calls > 0);
  });
});

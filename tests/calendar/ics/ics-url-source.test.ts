import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../../support/fresh-database';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { inProcessIcsParser as parser } from '../../../lib/calendar/ics/ics-parse';
import { requestIcsOriginPermission, removeIcsOriginPermission } from '../../../lib/calendar/ics/ics-permission';
import { addIcsAddress, importIcsText } from '../../../lib/calendar/ics/ics-sync';
import { IcsUrlError } from '../../../lib/calendar/ics/ics-url';
import { createIcsUrlSource, type IcsUrlDeps } from '../../../lib/calendar/ics/ics-url-source';
import { getDatabase, type MentoringDatabase } from '../../../lib/db/database';
import { fixture, NOW } from './support';

const SECRET_URL = 'https://calendar.google.com/calendar/ical/ada%40example.com/private-0123456789abcdef/basic.ics';
const OTHER_URL = 'https://calendar.google.com/calendar/ical/team%40example.com/private-fedcba9876543210/basic.ics';
const ORIGIN = 'https://calendar.google.com/*';

const serve = (body: string, status = 200) => async () => new Response(body, { status });

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** The address source of one test, with what it gave back. */
function addressSource(db: MentoringDatabase, overrides: Partial<IcsUrlDeps> = {}) {
  const released: string[] = [];
  const source = createIcsUrlSource({
    db,
    parser,
    fetch: serve(fixture('outlook-export.ics')),
    now: () => NOW,
    hasPermission: async () => true,
    releasePermission: async (url) => void released.push(url),
    ...overrides,
  });
  return { source, released };
}

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

  it('gives the origin back, and never fails when the browser will not (a required origin)', async () => {
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    await removeIcsOriginPermission(SECRET_URL);
    expect(remove).toHaveBeenCalledWith({ origins: [ORIGIN] });
    remove.mockRejectedValue(new Error('You cannot remove required permissions.'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(removeIcsOriginPermission(SECRET_URL)).resolves.toBeUndefined();
  });
});

describe('removing a calendar address', () => {
  it('gives back the origin’s permission with the last address on it, not before', async () => {
    const db = freshDatabase();
    const { source, released } = addressSource(db);
    const deps = { db, parser, fetch: serve(fixture('outlook-export.ics')), now: () => NOW, hasPermission: async () => true };
    const first = await addIcsAddress(SECRET_URL, deps);
    const second = await addIcsAddress(OTHER_URL, deps);

    await source.remove(first.calendarKey, false);
    expect(released).toEqual([]);
    await source.remove(second.calendarKey, true);
    expect(released).toEqual([OTHER_URL]);
    // Kept, no longer polled: the events stay and the calendar is listed as stopped.
    expect(await db.events.where('calendarKey').equals(second.calendarKey).count()).toBe(second.events);
    expect((await db.syncStates.get(second.calendarKey))?.stoppedAt).toBeDefined();
    expect((await source.syncAll()).calendars).toBe(0);
  });

  it('refuses a calendar of another kind', async () => {
    const db = freshDatabase();
    const { source } = addressSource(db);
    const file = await importIcsText('team.ics', fixture('outlook-export.ics'), { db, parser, now: () => NOW });
    await expect(source.remove(file.calendarKey, false)).rejects.toThrow(`There is no calendar "${file.calendarKey}" to remove.`);
  });
});

describe('the ICS sources in the background', () => {
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
    const { createIcsFileSource } = await import('../../../lib/calendar/ics/ics-file-source');
    const { createIcsUrlSource: createUrlSource } = await import('../../../lib/calendar/ics/ics-url-source');
    const { sendMessage } = await import('../../../lib/messaging/api');
    // From the same fresh module graph, so its IcsFormatError is the one the source recognises.
    const { inProcessIcsParser } = await import('../../../lib/calendar/ics/ics-parse');
    const { registerMessageHandlers } = await import('../../../lib/messaging/register');
    registerMessageHandlers(createIcsFileSource({ parser: inProcessIcsParser }).handlers);
    const addresses = createUrlSource({ parser: inProcessIcsParser });
    registerMessageHandlers(addresses.handlers);
    return { sendMessage, addresses };
  }

  beforeEach(async () => {
    const db = getDatabase();
    await Promise.all(db.tables.map((table) => table.clear()));
  });

  it('answers importIcsFile and addIcsUrl messages, checking the address’s grant', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const { sendMessage } = await startWorker();
    const imported = await sendMessage('importIcsFile', { fileName: 'outlook.ics', text: fixture('outlook-export.ics') });
    expect(imported).toMatchObject({ calendarKey: 'ics:outlook.ics', skipped: 0 });
    expect(imported.events).toBeGreaterThan(0);
    await expect(sendMessage('importIcsFile', { fileName: 'page.ics', text: fixture('not-a-calendar.ics') })).rejects.toThrow(
      '“page.ics” could not be imported.',
    );
    await expect(sendMessage('addIcsUrl', { url: SECRET_URL })).rejects.toThrow('may not read calendar.google.com');
    expect(contains).toHaveBeenCalledWith({ origins: [ORIGIN] });
  });

  it('polls the addresses when synced, keeping the events of one that fails', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.stubGlobal('fetch', vi.fn(serve(fixture('google-export.ics'))));
    const { sendMessage, addresses } = await startWorker();
    const added = await sendMessage('addIcsUrl', { url: SECRET_URL });
    expect(added.calendarKey).toBe(`ics:${SECRET_URL}`);
    expect((await getDatabase().syncStates.get(added.calendarKey))?.source).toBe('ics-url');

    vi.stubGlobal('fetch', vi.fn(serve('Server error', 500)));
    const summary = await addresses.syncAll();
    expect(summary.errors).toEqual(['Ada Lovelace – mentoring: calendar.google.com is busy or unavailable (HTTP 500); it will be tried again later.']);
    const state = await getDatabase().syncStates.get(added.calendarKey);
    expect(state?.lastError).toMatchObject({ status: 500, message: 'calendar.google.com is busy or unavailable (HTTP 500); it will be tried again later.' });
    expect(await getDatabase().events.where('calendarKey').equals(added.calendarKey).count()).toBe(added.events);
  });
});

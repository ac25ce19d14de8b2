import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../support/fresh-database';
import type { FetchLike } from '../../../lib/calendar/ics/ics-fetch';
import { inProcessIcsParser, parseIcsRequest } from '../../../lib/calendar/ics/ics-parse';
import type { IcsParser } from '../../../lib/calendar/ics/ics-parse-protocol';
import { createIcsParserClient, type OffscreenPort } from '../../../lib/calendar/ics/ics-parser-client';
import { createIcsParserHost, serveIcsParser, type ParseWorker, type RuntimeMessageEvent } from '../../../lib/calendar/ics/ics-parser-host';
import { createIcsUrlSource } from '../../../lib/calendar/ics/ics-url-source';
import { addIcsAddress, importIcsText } from '../../../lib/calendar/ics/ics-sync';
import { listCalendarEvents } from '../../../lib/calendar/sync/event-store';
import type { MentoringDatabase } from '../../../lib/db/database';
import { getSettings } from '../../../lib/settings/settings-store';
import { fixture, manyLongDailySeries, NOW } from './support';

/**
 * Chrome's whole parse path in Node: the background's client, runtime messaging (JSON), the
 * offscreen document's host, and a worker (structured clone) running the real parser.
 */
function chromePath(answer?: (message: unknown) => unknown) {
  const log = { workers: 0, opened: 0 };
  let open = false;
  let listener: Parameters<RuntimeMessageEvent['addListener']>[0] | undefined;
  const spawnWorker = (): ParseWorker => {
    log.workers += 1;
    let onMessage: ((event: { data: unknown }) => void) | undefined;
    return {
      addEventListener: (type: string, handler: (event: { data: unknown }) => void) => {
        if (type === 'message') onMessage = handler;
      },
      postMessage: (message: unknown) => {
        const copy = structuredClone(message);
        setTimeout(() => onMessage?.({ data: structuredClone(parseIcsRequest(copy)) }), 1);
      },
      terminate: () => undefined,
    } as ParseWorker;
  };
  const port: OffscreenPort = {
    isOpen: async () => open,
    open: async () => {
      open = true;
      log.opened += 1;
      // What the document's main.ts does when it loads.
      serveIcsParser({ addListener: (added) => (listener = added) }, createIcsParserHost({ spawnWorker }));
    },
    close: async () => {
      open = false;
      listener = undefined;
    },
    send: (message) =>
      new Promise((resolve, reject) => {
        if (!listener) return reject(new Error('Could not establish connection. Receiving end does not exist.'));
        const wire = JSON.parse(acrossTheWire(message)) as unknown;
        if (answer) return resolve(JSON.parse(acrossTheWire(answer(wire))));
        // The listener answers synchronously (`return false`) or later (`return true`), as Chrome lets it.
        listener(wire, {}, (reply) => {
          try {
            resolve(JSON.parse(acrossTheWire(reply)));
          } catch (error) {
            reject(error);
          }
        });
      }),
    keepAlive: () => undefined,
  };
  return { parser: createIcsParserClient(port), log, isOpen: () => open };
}

/** Runtime messaging's JSON, within Chrome's 64 MiB limit per message (UTF-8 bytes). */
function acrossTheWire(message: unknown): string {
  const json = JSON.stringify(message ?? null);
  if (Buffer.byteLength(json) > 64 * 1024 * 1024) throw new Error('Message length exceeded maximum allowed length.');
  return json;
}

const SECRET_URL = 'https://calendar.example.org/ical/private-abc/basic.ics';

function server(body: string) {
  const state = { body, requests: 0 };
  const fetch: FetchLike = async () => {
    state.requests += 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return new Response(state.body, { status: 200 });
  };
  return { state, fetch };
}

function syncDeps(db: MentoringDatabase, parser: IcsParser, fetch: FetchLike) {
  return { db, parser, fetch, now: () => NOW, userTimeZone: 'Europe/Berlin', hasPermission: async () => true };
}

describe('importing through the Chrome parse path', () => {
  it('stores exactly what parsing in-process stores', async () => {
    const chromeDb = freshDatabase();
    const localDb = freshDatabase();
    const { parser } = chromePath();
    const viaChrome = await importIcsText('ada.ics', fixture('google-export.ics'), { db: chromeDb, now: () => NOW, parser });
    const inProcess = await importIcsText('ada.ics', fixture('google-export.ics'), { db: localDb, now: () => NOW, parser: inProcessIcsParser });
    expect(viaChrome).toEqual(inProcess);
    expect(await listCalendarEvents('ics:ada.ics', chromeDb)).toEqual(await listCalendarEvents('ics:ada.ics', localDb));
    expect(await chromeDb.syncStates.get('ics:ada.ics')).toMatchObject({ label: 'Ada Lovelace – mentoring', skipped: [] });
  });

  it('learns the user’s address from the calendar’s name and marks their attendance', async () => {
    const db = freshDatabase();
    const text = fixture('google-export.ics').replace('X-WR-CALNAME:Ada Lovelace – mentoring', 'X-WR-CALNAME:grace.hopper@example.com');
    await importIcsText('grace.ics', text, { db, now: () => NOW, parser: chromePath().parser });
    expect((await getSettings(db)).selfEmail).toBe('grace.hopper@example.com');
    const events = await listCalendarEvents('ics:grace.ics', db);
    expect(events.flatMap((copy) => copy.event.attendees ?? []).some((person) => person.self && person.email === 'grace.hopper@example.com')).toBe(true);
  });

  it('names the file and the problem when the parser refuses it, storing nothing', async () => {
    const db = freshDatabase();
    await expect(importIcsText('page.ics', fixture('not-a-calendar.ics'), { db, now: () => NOW, parser: chromePath().parser })).rejects.toThrow(
      '“page.ics” could not be imported. This is not an iCalendar file: it does not begin with BEGIN:VCALENDAR.',
    );
    expect(await db.events.count()).toBe(0);
    expect(await db.syncStates.count()).toBe(0);
  });

  it('keeps the previous import when the reply is not valid', async () => {
    const db = freshDatabase();
    await importIcsText('ada.ics', fixture('google-export.ics'), { db, now: () => NOW, parser: inProcessIcsParser });
    const before = await listCalendarEvents('ics:ada.ics', db);
    const forged = chromePath(() => ({ ok: true, conversion: { copies: [{ key: 'ics:ada.ics|x', calendarKey: 'ics:ada.ics' }], skipped: [] } }));
    await expect(importIcsText('ada.ics', fixture('google-export.ics'), { db, now: () => NOW + 1, parser: forged.parser })).rejects.toThrow(
      /^The calendar reader sent an invalid answer \(conversion\.copies\.0\.source: .+\); nothing was changed\.$/,
    );
    expect(await listCalendarEvents('ics:ada.ics', db)).toEqual(before);
  });
});

describe('a calendar whose events expand past one message', () => {
  it('imports as a file: the reader hands its answer over in parts', async () => {
    const db = freshDatabase();
    const chrome = chromePath();
    const text = manyLongDailySeries();
    expect(text.length).toBeGreaterThan(160_000);
    expect(text.length).toBeLessThan(180_000);

    const result = await importIcsText('daily.ics', text, { db, parser: chrome.parser, now: () => NOW });

    // 545 days of each series fall in the window (the first series also meets its last instant).
    expect(result).toMatchObject({ events: 20 * 545 + 1, skipped: 0 });
    const stored = await listCalendarEvents('ics:daily.ics', db);
    expect(stored).toHaveLength(result.events);
    expect(stored.every((copy) => copy.event.description?.length === 8_000)).toBe(true);
    // Some 90 MB go through the reader and the store: a slow machine needs more than the usual bound.
  }, 180_000);

  it('names a size problem as a size problem', async () => {
    const db = freshDatabase();
    const chrome = chromePath((message) => ({ ok: true, conversion: { copies: [], skipped: [], notices: [], padding: 'x'.repeat(70 * 1024 * 1024) }, message }));
    await expect(importIcsText('daily.ics', 'BEGIN:VCALENDAR', { db, parser: chrome.parser, now: () => NOW })).rejects.toThrow(
      'The calendar is too large to be passed on by the calendar reader (Message length exceeded maximum allowed length.); nothing was changed. Import a shorter period of the calendar.',
    );
  });
});

describe('polling through the Chrome parse path', () => {
  it('shares one download and one parse per address between concurrent polls, then closes the document', async () => {
    const db = freshDatabase();
    const { state, fetch } = server(fixture('outlook-export.ics'));
    const chrome = chromePath();
    await addIcsAddress(SECRET_URL, syncDeps(db, chrome.parser, fetch));
    expect(chrome.log.workers).toBe(1);

    const addresses = createIcsUrlSource(syncDeps(db, chrome.parser, fetch));
    const [first, second] = await Promise.all([addresses.syncAll(), addresses.syncAll()]);
    expect(second).toBe(first);
    // The calendar did not change: a poll that rewrites the same events changes nothing.
    expect(first).toMatchObject({ calendars: 1, added: 0, updated: 0, removed: 0, errors: [] });
    expect(state.requests).toBe(2);
    expect(chrome.log.workers).toBe(2);
    expect(chrome.isOpen()).toBe(false);

    await addresses.syncAll();
    expect(chrome.log).toMatchObject({ workers: 3, opened: 2 });
  });

  it('records the parser’s message in the calendar’s sync state and keeps its events', async () => {
    const db = freshDatabase();
    const { state, fetch } = server(fixture('outlook-export.ics'));
    const chrome = chromePath();
    await addIcsAddress(SECRET_URL, syncDeps(db, chrome.parser, fetch));
    state.body = fixture('truncated-download.ics');
    const summary = await createIcsUrlSource(syncDeps(db, chrome.parser, fetch)).syncAll();
    expect(summary.errors).toHaveLength(1);
    expect(summary.errors[0]).toMatch(/^Calendar: The calendar could not be read\. The file ends inside BEGIN:/);
    expect(await listCalendarEvents(`ics:${SECRET_URL}`, db)).toHaveLength(17);
    expect((await db.syncStates.get(`ics:${SECRET_URL}`))?.lastError?.message).toMatch(/incomplete/);
  });
});

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriesIdOf } from '../../lib/calendar/ics/ics-ids';
import { manyLongDailySeries, unknownZoneCalendar } from '../calendar/ics/support';
import type { CalendarEventCopy } from '../../lib/model';
import { OptionsPage } from './pages/options-page';
import { EXTENSION_DIR, launchExtension, type LaunchedExtension } from './support/browser';
import { readTable, waitForRows } from './support/extension-db';

/**
 * ICS calendars in the built extension: Chrome's service worker carries no ical.js, so every
 * calendar below is parsed in the offscreen document's worker. A weekly series with an EXDATE, a
 * moved and a cancelled occurrence is imported as a file through the options page, then served by
 * a local server as an iCal address that "Sync now" polls.
 *
 * Headless Chromium cannot answer the permission prompt for an optional host, so the extension
 * runs from a copy of the build whose manifest lists http://127.0.0.1/* as a required host: the
 * options page's permission request then resolves at once, as it does for an origin already granted.
 */
declare const chrome: { runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> } };

/** How many events a calendar holds, and a few of them, read inside the page (a 90 MB calendar stays there). */
async function storedSample(page: Page, calendarKey: string): Promise<{ count: number; sample: CalendarEventCopy[] }> {
  return page.evaluate(
    (key) =>
      new Promise<{ count: number; sample: CalendarEventCopy[] }>((resolve, reject) => {
        const open = indexedDB.open('mentoring-companion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const index = open.result.transaction('events').objectStore('events').index('calendarKey');
          const count = index.count(key);
          const sample = index.getAll(key, 5);
          sample.onsuccess = () => {
            open.result.close();
            resolve({ count: count.result, sample: sample.result as CalendarEventCopy[] });
          };
          sample.onerror = () => reject(sample.error);
        };
      }),
    calendarKey,
  );
}

const UID = 'weekly-mentoring-e2e@example.org';
const SERIES = seriesIdOf(UID);
const DAY = 86_400_000;
const first = Math.floor(Date.now() / DAY) * DAY - 21 * DAY + 9 * 3_600_000;
const occurrence = (index: number) => first + index * 7 * DAY;
const moved = occurrence(4) + DAY + 5 * 3_600_000;
const stamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
const instanceId = (index: number) => `${SERIES}_${stamp(occurrence(index))}`;

/** Eight weekly sessions; the third removed by EXDATE, the fifth moved, the sixth cancelled (plus `extraCancelled`). */
function calendar(summary: string, extraCancelled?: number): string {
  const exception = (index: number, start: number, extra: string[]) => [
    'BEGIN:VEVENT',
    `UID:${UID}`,
    `DTSTAMP:${stamp(Date.now())}`,
    `RECURRENCE-ID:${stamp(occurrence(index))}`,
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(start + 3_600_000)}`,
    ...extra,
    'END:VEVENT',
  ];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mentoring Companion//e2e//EN',
    'X-WR-CALNAME:Ada’s mentoring',
    'BEGIN:VEVENT',
    `UID:${UID}`,
    `DTSTAMP:${stamp(Date.now())}`,
    `DTSTART:${stamp(occurrence(0))}`,
    `DTEND:${stamp(occurrence(0) + 3_600_000)}`,
    'RRULE:FREQ=WEEKLY;COUNT=8',
    `EXDATE:${stamp(occurrence(2))}`,
    `SUMMARY:${summary}`,
    'ORGANIZER;CN=Ada Lovelace:mailto:ada@example.org',
    'ATTENDEE;CN=Grace Hopper;PARTSTAT=ACCEPTED:mailto:grace@example.org',
    'END:VEVENT',
    ...exception(4, moved, [`SUMMARY:${summary} (moved)`]),
    ...exception(5, occurrence(5), [`SUMMARY:${summary}`, 'STATUS:CANCELLED']),
    ...(extraCancelled === undefined ? [] : exception(extraCancelled, occurrence(extraCancelled), [`SUMMARY:${summary}`, 'STATUS:CANCELLED'])),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

let extension: LaunchedExtension;
let options: OptionsPage;
let workDir: string;
let server: Server;
const served = { body: calendar('Mentoring: Ada / Grace'), requests: 0 };

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'mentoring-ics-e2e-'));
  const extensionDir = join(workDir, 'extension');
  await cp(EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push('http://127.0.0.1/*');
  await writeFile(manifestPath, JSON.stringify(manifest));

  server = createServer((_request, response) => {
    served.requests += 1;
    response.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' }).end(served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  extension = await launchExtension({ extensionDir });
  // The first run opens the options page in the browser's first tab; use that tab, so that the
  // welcome navigation cannot land in the middle of a test.
  const [firstTab] = extension.context.pages();
  if (!firstTab) throw new Error('Chromium opened no tab');
  await firstTab.waitForURL(/\/options\.html$/, { timeout: 30_000 });
  const welcome = firstTab;
  options = new OptionsPage(welcome, extension.extensionId);
  await options.goto();
});

afterAll(async () => {
  await extension?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function seriesRows(page: Page, calendarKey: string): Promise<CalendarEventCopy[]> {
  return (await readTable<CalendarEventCopy>(page, 'events')).filter((row) => row.calendarKey === calendarKey && row.seriesId === SERIES);
}

function expectSeries(rows: CalendarEventCopy[], summary: string, cancelled: number[]): void {
  expect(rows.map((row) => row.eventId).sort()).toEqual([0, 1, 3, 4, 5, 6, 7].map(instanceId).sort());
  const byId = new Map(rows.map((row) => [row.eventId, row]));
  expect(byId.has(instanceId(2))).toBe(false);
  const movedRow = byId.get(instanceId(4))!;
  expect(movedRow.startMs).toBe(moved);
  expect(movedRow.event.summary).toBe(`${summary} (moved)`);
  expect(Date.parse(movedRow.event.originalStartTime?.dateTime ?? '')).toBe(occurrence(4));
  for (const index of [0, 1, 3, 5, 6, 7]) expect(byId.get(instanceId(index))?.startMs).toBe(occurrence(index));
  expect(rows.filter((row) => row.event.status === 'cancelled').map((row) => row.eventId).sort()).toEqual(cancelled.map(instanceId).sort());
  expect(rows.every((row) => row.event.recurringEventId === SERIES && row.source === 'ics-file' || row.source === 'ics-url')).toBe(true);
}

async function offscreenDocuments(): Promise<string[]> {
  const contexts = await extension.serviceWorker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }));
  return contexts.map((context) => context.documentUrl ?? '');
}

describe('ICS calendars in Chromium', () => {
  it('keeps ical.js out of the service worker and parses in an offscreen document instead', async () => {
    const background = await readFile(join(EXTENSION_DIR, 'background.js'), 'utf8');
    expect(background).not.toContain('ICAL');
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { permissions: string[] };
    expect(manifest.permissions).toContain('offscreen');
    expect(await readFile(join(EXTENSION_DIR, 'ics-parser.html'), 'utf8')).toContain('<script');
  });

  it('imports a file with a recurring series, its EXDATE, a moved and a cancelled occurrence', async () => {
    const file = join(workDir, 'mentoring.ics');
    await writeFile(file, served.body);
    const outcome = await options.calendar.connectIcsFile(file);
    expect(outcome).toEqual({ ok: true, message: 'Imported 7 events from “mentoring.ics”.' });
    expectSeries(await seriesRows(options.page, 'ics:mentoring.ics'), 'Mentoring: Ada / Grace', [5]);
    const state = (await readTable<{ calendarKey: string; label: string; skipped: unknown[] }>(options.page, 'syncStates')).find(
      (row) => row.calendarKey === 'ics:mentoring.ics',
    );
    expect(state).toMatchObject({ label: 'Ada’s mentoring', skipped: [] });
  });

  it('names the file and the problem when a file is not a calendar, keeping what was imported', async () => {
    const file = join(workDir, 'login.ics');
    await writeFile(file, '<!doctype html><title>Sign in</title>');
    const outcome = await options.calendar.connectIcsFile(file);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain('“login.ics” could not be imported. This is not an iCalendar file: it does not begin with BEGIN:VCALENDAR.');
    expect(await seriesRows(options.page, 'ics:mentoring.ics')).toHaveLength(7);
  });

  it('adds an iCal address and picks up its changes on the next poll, then closes the offscreen document', async () => {
    const port = (server.address() as AddressInfo).port;
    const url = `http://127.0.0.1:${port}/mentoring.ics`;
    const calendarKey = `ics:${url}`;
    const added = await options.calendar.addIcsUrl(url);
    expect(added).toEqual({ ok: true, message: `Imported 7 events from 127.0.0.1:${port}. It is checked again at every sync interval.` });
    expectSeries(await seriesRows(options.page, calendarKey), 'Mentoring: Ada / Grace', [5]);
    expect(served.requests).toBe(1);

    served.body = calendar('Mentoring: Ada / Grace – decision-making', 6);
    await options.calendar.syncNow();
    const rows = await waitForRows<CalendarEventCopy>(options.page, 'events', (all) =>
      all.some((row) => row.calendarKey === calendarKey && row.event.summary === 'Mentoring: Ada / Grace – decision-making'),
    );
    expectSeries(rows.filter((row) => row.calendarKey === calendarKey && row.seriesId === SERIES), 'Mentoring: Ada / Grace – decision-making', [5, 6]);
    expect(served.requests).toBe(2);
    // The poll is over and released the document (an import keeps it for a short idle time).
    expect(await offscreenDocuments()).toEqual([]);
  });

  it('says in the import summary which time zone it did not know, and how it read its times', async () => {
    const file = join(workDir, 'mars.ics');
    await writeFile(file, unknownZoneCalendar(stamp(first + 3 * DAY).replace(/Z$/, '')));
    expect(await options.calendar.connectIcsFile(file)).toEqual({
      ok: true,
      message: 'Imported 1 event from “mars.ics”. The time zone “Mars/Olympus_Mons” is not one this browser knows, so times written in it were read as Europe/Berlin time.',
    });
  });
});

describe('a 170 KB calendar that expands to some 90 MB of events', { timeout: 900_000 }, () => {
  const text = manyLongDailySeries(Date.now() - 180 * DAY);

  it('imports as a file, in bounded parts from the reader', async () => {
    expect(text.length).toBeGreaterThan(160_000);
    const file = join(workDir, 'daily.ics');
    await writeFile(file, text);
    const outcome = await options.calendar.connectIcsFile(file);
    const { count, sample } = await storedSample(options.page, 'ics:daily.ics');
    expect(count).toBeGreaterThanOrEqual(20 * 545);
    expect(outcome).toEqual({ ok: true, message: `Imported ${count} events from “daily.ics”.` });
    expect(sample.every((copy) => copy.event.description?.length === 8_000)).toBe(true);
  });

  it('imports from an iCal address serving it, too', async () => {
    const port = (server.address() as AddressInfo).port;
    served.body = text;
    const outcome = await options.calendar.addIcsUrl(`http://127.0.0.1:${port}/daily.ics`);
    const { count } = await storedSample(options.page, `ics:http://127.0.0.1:${port}/daily.ics`);
    expect(count).toBeGreaterThanOrEqual(20 * 545);
    expect(outcome).toEqual({ ok: true, message: `Imported ${count} events from 127.0.0.1:${port}. It is checked again at every sync interval.` });
  });

  it('explains an import the background never finished, in words for the user, with nothing changed', async () => {
    // The reader's document closes once idle; its reappearing then marks this import's parse.
    await expect.poll(offscreenDocuments, { timeout: 120_000 }).toEqual([]);
    const file = join(workDir, 'daily-again.ics');
    await writeFile(file, text);
    const outcome = options.calendar.connectIcsFile(file);
    await expect.poll(offscreenDocuments, { timeout: 120_000, interval: 50 }).not.toEqual([]);
    const cdp = await extension.context.newCDPSession(options.page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    expect(await outcome).toEqual({
      ok: false,
      message: 'The file was not imported. The extension’s background stopped before the import of “daily-again.ics” finished. Nothing was changed. Import the file again.',
    });
    expect((await storedSample(options.page, 'ics:daily-again.ics')).count).toBe(0);
    expect((await readTable<{ calendarKey: string }>(options.page, 'syncStates')).map((row) => row.calendarKey)).not.toContain('ics:daily-again.ics');
  });
});

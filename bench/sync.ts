/**
 * Calendar sync speed, in Chromium with the built extension and the Calendar API emulator on loopback:
 * - `sync_full_10k`: "Sync now" into an empty calendar of 10,000 events, against the floor measured
 *   in the same page and run: fetching the same pages, plus one raw IndexedDB bulk put of the same
 *   rows into a store with the same indexes. Target ≤ 1.5.
 * - `sync_incremental_noop`: "Sync now" when nothing changed, against one bare request with the
 *   sync token. Target ≤ 1.3.
 *
 * `npx tsx bench/sync.ts [extensionDir]` prints the two lines; `npm run bench` puts them in bench-results.json.
 */
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { defaultSettings } from '../lib/model';
import { launchExtension } from '../tests/e2e/support/browser';
import { startEmulator } from '../tools/calendar-emulator';
import { measure, type Measure } from './measure';
import * as inPage from './sync-in-page';

const SELF = 'jordan.lee@corp.example';
const EVENT_COUNT = 10_000;
const FULL_RUNS = 6;
const NOOP_RUNS = 40;
/** Sessions reconcile after each sync, in the background: let that finish before the next timing. */
const SETTLE_MS = 2_000;

export async function runSyncBench(options: { extensionDir?: string } = {}): Promise<Record<string, Measure>> {
  const emulator = await startEmulator({
    httpPort: 0,
    httpsPort: 0,
    now: new Date().toISOString(),
    data: { calendars: [{ id: SELF, summary: SELF, timeZone: 'Europe/London', primary: true }], events: { [SELF]: [] } },
  });
  // Three busy calendars' worth of meetings, from 150 days back.
  const startFrom = new Date(Date.now() - 150 * 86_400_000).toISOString().slice(0, 10);
  for (const [seed, count] of [[3, 3_334], [4, 3_333], [5, 3_333]] as const) emulator.control.generate({ calendarId: SELF, count, startFrom, seed });
  const port = emulator.httpsPort!;
  const extension = await launchExtension({
    extensionDir: options.extensionDir,
    mapHosts: { 'www.googleapis.com': port, 'accounts.google.com': port, 'oauth2.googleapis.com': port },
  });
  // tsx names functions with a helper the page does not have; the in-page functions need it defined.
  await extension.context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  try {
    const page = await extension.openPage('feedback.html');
    // Weekly series run on past a year ahead: a 1,000-day window holds every event the emulator has.
    await page.evaluate(inPage.setSyncWindow, { fallback: defaultSettings, daysBack: 180, daysAhead: 1_000 });
    await send(page, 'signInGoogle');
    await expectCleanSync(page);
    const rows = await page.evaluate(inPage.readGoogleRows);
    if (rows.length !== EVENT_COUNT) throw new Error(`the first sync stored ${rows.length} events, not ${EVENT_COUNT}`);
    const { token, timeMin, timeMax } = await page.evaluate(inPage.listingParameters);

    let full = Number.POSITIVE_INFINITY;
    let fullFloor = Number.POSITIVE_INFINITY;
    for (let run = 0; run < FULL_RUNS; run++) {
      await page.evaluate(inPage.forgetGoogleCalendar);
      await page.waitForTimeout(SETTLE_MS);
      full = Math.min(full, await page.evaluate(inPage.timeSyncNow));
      await page.waitForTimeout(SETTLE_MS);
      fullFloor = Math.min(fullFloor, await page.evaluate(inPage.fetchPagesAndPut, { token, timeMin, timeMax, rows }));
    }
    if ((await page.evaluate(inPage.readGoogleRows)).length !== EVENT_COUNT) throw new Error('a timed full sync did not store every event');

    await expectCleanSync(page);
    await page.waitForTimeout(SETTLE_MS);
    const { syncToken } = await page.evaluate(inPage.listingParameters);
    let noop = Number.POSITIVE_INFINITY;
    let noopFloor = Number.POSITIVE_INFINITY;
    for (let run = 0; run < NOOP_RUNS; run++) {
      noop = Math.min(noop, await page.evaluate(inPage.timeSyncNow));
      noopFloor = Math.min(noopFloor, await page.evaluate(inPage.bareIncrementalRequest, { token, syncToken }));
    }
    return {
      sync_full_10k: measure(full, 'ms', fullFloor, 1.5),
      sync_incremental_noop: measure(noop, 'ms', noopFloor, 1.3),
    };
  } finally {
    await extension.close();
    await emulator.close();
  }
}

async function send(page: Page, type: string, data?: unknown): Promise<unknown> {
  const reply = await page.evaluate(inPage.sendMessage, { type, data });
  if (reply?.err) throw new Error(`${type} failed: ${reply.err.message}`);
  return reply?.res;
}

async function expectCleanSync(page: Page): Promise<void> {
  const summary = (await send(page, 'syncNow')) as { errors: string[] };
  if (summary.errors.length > 0) throw new Error(`the sync failed: ${summary.errors.join('; ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runSyncBench({ extensionDir: process.argv[2] });
  for (const [name, result] of Object.entries(results)) {
    console.log(`${name}: ${result.value} ${result.unit} (floor ${result.floor} ${result.unit}) ratio=${result.ratio} target≤${result.target}`);
  }
}

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INSTANCES_PER_SERIES } from '../../../lib/calendar/ics/ics-expand';
import { seriesIdOf } from '../../../lib/calendar/ics/ics-ids';
import type { CalendarEventCopy, SyncState } from '../../../lib/model';
import { OptionsPage } from '../pages/options-page';
import { readTable } from '../support/extension-db';
import { launchFirefoxExtension, type LaunchedFirefoxExtension } from '../support/firefox/browser';

/**
 * An .ics file imported through the options page of the Firefox build (no offscreen document there:
 * the parser runs in the background page's realm or a worker it starts). The file holds a fortnightly
 * series with an EXDATE and a moved occurrence, and a series with far more occurrences in the sync
 * window than the import keeps, so the bound shows.
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;
const MENTORING_UID = 'fortnightly-firefox-e2e@example.org';
const OFFICE_HOURS_UID = 'office-hours-firefox-e2e@example.org';
const first = Math.floor(Date.now() / DAY) * DAY - 28 * DAY + 16 * HOUR;
const occurrence = (index: number) => first + index * 14 * DAY;
const moved = occurrence(3) + 2 * DAY;
const stamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');

const CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Mentoring Companion//firefox e2e//EN',
  'X-WR-CALNAME:Mentoring in Firefox',
  'BEGIN:VEVENT',
  `UID:${MENTORING_UID}`,
  `DTSTAMP:${stamp(Date.now())}`,
  `DTSTART:${stamp(occurrence(0))}`,
  `DTEND:${stamp(occurrence(0) + HOUR)}`,
  'RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=6',
  `EXDATE:${stamp(occurrence(1))}`,
  'SUMMARY:Mentoring: Lin / Sam',
  'ATTENDEE;CN=Lin Chen:mailto:lin@example.org',
  'END:VEVENT',
  'BEGIN:VEVENT',
  `UID:${MENTORING_UID}`,
  `DTSTAMP:${stamp(Date.now())}`,
  `RECURRENCE-ID:${stamp(occurrence(3))}`,
  `DTSTART:${stamp(moved)}`,
  `DTEND:${stamp(moved + HOUR)}`,
  'SUMMARY:Mentoring: Lin / Sam (moved)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  `UID:${OFFICE_HOURS_UID}`,
  `DTSTAMP:${stamp(Date.now())}`,
  `DTSTART:${stamp(first)}`,
  `DTEND:${stamp(first + HOUR / 2)}`,
  'RRULE:FREQ=HOURLY;INTERVAL=3',
  'SUMMARY:Office hours',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

declare const browser: { runtime: { getBackgroundPage(): Promise<Window | null> } };
type WithWorkerLog = Window & { Worker: typeof Worker; startedWorkers?: { url: string; name?: string; ended: boolean }[] };

let extension: LaunchedFirefoxExtension;
let options: OptionsPage;
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'mentoring-firefox-ics-'));
  extension = await launchFirefoxExtension();
  options = new OptionsPage(extension.welcome, extension.extensionId);
  await options.goto();
});

afterAll(async () => {
  await extension?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function rowsOf(calendarKey: string, uid: string): Promise<CalendarEventCopy[]> {
  return (await readTable<CalendarEventCopy>(options.page, 'events')).filter((row) => row.calendarKey === calendarKey && row.seriesId === seriesIdOf(uid));
}

describe('ICS file import in Firefox', () => {
  it('imports a recurring series with its EXDATE and moved occurrence, keeping a bounded number of a runaway series', async () => {
    // Notes each worker the background page starts (a test's wrapper around its Worker constructor).
    await options.page.evaluate(async () => {
      const background = (await browser.runtime.getBackgroundPage()) as WithWorkerLog;
      const Original = background.Worker;
      const started: NonNullable<WithWorkerLog['startedWorkers']> = (background.startedWorkers = []);
      background.Worker = function (url: string | URL, init?: WorkerOptions) {
        const worker = new Original(url, init);
        const entry = { url: String(url), name: init?.name, ended: false };
        started.push(entry);
        const terminate = worker.terminate.bind(worker);
        worker.terminate = () => {
          entry.ended = true;
          terminate();
        };
        return worker;
      } as unknown as typeof Worker;
    });
    const file = join(workDir, 'firefox-mentoring.ics');
    await writeFile(file, CALENDAR);
    const outcome = await options.calendar.connectIcsFile(file);
    // Parsed in a dedicated worker started by the background page for this file, and stopped after.
    const workers = await options.page.evaluate(async () => ((await browser.runtime.getBackgroundPage()) as WithWorkerLog).startedWorkers);
    expect(workers).toEqual([{ url: `moz-extension://${extension.extensionId}/ics-parse-worker.js`, name: 'ics-parser', ended: true }]);
    expect(outcome).toEqual({ ok: true, message: `Imported ${5 + MAX_INSTANCES_PER_SERIES} events from “firefox-mentoring.ics”. 1 event was skipped; the reasons are under Sync status.` });

    const mentoring = await rowsOf('ics:firefox-mentoring.ics', MENTORING_UID);
    expect(mentoring.map((row) => row.startMs).sort((a, b) => a - b)).toEqual([occurrence(0), occurrence(2), moved, occurrence(4), occurrence(5)]);
    expect(mentoring.find((row) => row.startMs === moved)?.event.summary).toBe('Mentoring: Lin / Sam (moved)');
    expect(mentoring.every((row) => row.source === 'ics-file' && row.event.status !== 'cancelled')).toBe(true);

    expect(await rowsOf('ics:firefox-mentoring.ics', OFFICE_HOURS_UID)).toHaveLength(MAX_INSTANCES_PER_SERIES);
    const state = (await readTable<SyncState>(options.page, 'syncStates')).find((row) => row.calendarKey === 'ics:firefox-mentoring.ics');
    expect(state?.label).toBe('Mentoring in Firefox');
    expect(state?.skipped.map((skip) => skip.reason)).toEqual([expect.stringMatching(new RegExp(`Office hours.*only the first ${MAX_INSTANCES_PER_SERIES} occurrences`))]);
  });

  it('names the file and the problem when a file is not a calendar, keeping what was imported', async () => {
    const file = join(workDir, 'not-a-calendar.ics');
    await writeFile(file, '{"events": []}');
    const outcome = await options.calendar.connectIcsFile(file);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain('“not-a-calendar.ics” could not be imported. This is not an iCalendar file: it does not begin with BEGIN:VCALENDAR.');
    expect(await rowsOf('ics:firefox-mentoring.ics', MENTORING_UID)).toHaveLength(5);
  });
});

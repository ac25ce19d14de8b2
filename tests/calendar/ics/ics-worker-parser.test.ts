import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseIcsRequest } from '../../../lib/calendar/ics/ics-parse';
import { DEFAULT_PARSE_TIMEOUT_MS } from '../../../lib/calendar/ics/ics-parser-host';
import { MAX_RECURRENCE_STEPS } from '../../../lib/calendar/ics/ics-expand';
import { DEFAULT_WINDOW, fixture, NOW } from './support';

const request = (text = fixture('google-export.ics')) => ({
  text,
  calendarKey: 'ics:ada.ics',
  options: { source: 'ics-file' as const, now: NOW, syncWindow: DEFAULT_WINDOW, userTimeZone: 'Europe/Berlin' },
});

/** A browser's Worker, as Firefox's background page gets it: the parser runs in it, or it hangs. */
function fakeWorkerClass(behaviour: 'parse' | 'hang') {
  const started: string[] = [];
  class FakeWorker {
    private onMessage?: (event: { data: unknown }) => void;
    constructor(url: string) {
      started.push(url);
    }
    addEventListener(type: string, listener: (event: { data: unknown }) => void) {
      if (type === 'message') this.onMessage = listener;
    }
    postMessage(message: unknown) {
      if (behaviour === 'hang') return;
      const copy = structuredClone(message);
      setTimeout(() => this.onMessage?.({ data: structuredClone(parseIcsRequest(copy)) }), 1);
    }
    terminate() {}
  }
  return { FakeWorker, started };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.resetModules();
});

/** The parser a Firefox build uses: `import.meta.env.FIREFOX` is true there. */
async function firefoxParser() {
  vi.stubEnv('FIREFOX', true as never);
  vi.resetModules();
  return (await import('../../../lib/calendar/ics/ics-default-parser')).defaultIcsParser();
}

describe('reading calendars in Firefox', () => {
  it('parses in a dedicated worker started from the background page, not on the page itself', async () => {
    const { FakeWorker, started } = fakeWorkerClass('parse');
    vi.stubGlobal('Worker', FakeWorker);
    const parser = await firefoxParser();
    const conversion = await parser.parse(request());
    expect(conversion.copies).toHaveLength(32);
    expect(started).toHaveLength(1);
    expect(started[0]).toMatch(/\/ics-parse-worker\.js$/);
  });

  it('stops a worker that runs past the same time bound as Chrome’s, and says why', async () => {
    vi.useFakeTimers();
    const { FakeWorker } = fakeWorkerClass('hang');
    vi.stubGlobal('Worker', FakeWorker);
    const parser = await firefoxParser();
    const parsing = parser.parse(request());
    const outcome = expect(parsing).rejects.toThrow(`Reading it took longer than ${DEFAULT_PARSE_TIMEOUT_MS / 1000} seconds, so it was stopped`);
    await vi.advanceTimersByTimeAsync(DEFAULT_PARSE_TIMEOUT_MS);
    await outcome;
  });

  it('refuses a rule that needs more steps than the bound, in the worker as anywhere', async () => {
    const { FakeWorker } = fakeWorkerClass('parse');
    vi.stubGlobal('Worker', FakeWorker);
    const parser = await firefoxParser();
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Example//EN',
      'BEGIN:VEVENT',
      'UID:ancient@example.org',
      'DTSTAMP:20261101T000000Z',
      'DTSTART:19000101T090000Z',
      'RRULE:FREQ=DAILY',
      'SUMMARY:Since 1900',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const conversion = await parser.parse(request(text));
    expect(conversion.copies).toEqual([]);
    expect(conversion.skipped[0]?.reason).toContain(`needs more than ${MAX_RECURRENCE_STEPS} steps`);
  });
});

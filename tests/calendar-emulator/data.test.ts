// @vitest-environment node
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataFile } from '../../tools/calendar-emulator/data-file';
import { startEmulator } from '../../tools/calendar-emulator/index';
import { resolveRelativeTimes, RelativeTimeError } from '../../tools/calendar-emulator/relative-time';
import type { ApiEvent } from '../../tools/calendar-emulator/types';
import { eventsPath, FIXED_NOW, listAll, startTestEmulator, type TestEmulator, type Json } from './helpers';

const SAMPLE = fileURLToPath(new URL('../../tools/calendar-emulator/data/sample-mentoring.json', import.meta.url));
const CLI = fileURLToPath(new URL('../../tools/calendar-emulator/cli.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const JORDAN = 'jordan.lee@corp.example';

describe('relative times', () => {
  const anchor = Date.parse(FIXED_NOW); // Wednesday 12 March 2025
  const resolve = (start: ApiEvent['start'], timeZone = 'Europe/London') =>
    resolveRelativeTimes({ start, end: start }, anchor, timeZone).start;

  it('resolves days, weeks with weekdays, and wall-clock times across DST', () => {
    expect(resolve({ dateTime: '@-1w tue 10:00' })?.dateTime).toBe('2025-03-04T10:00:00Z');
    expect(resolve({ dateTime: '@+3w mon 10:00' })?.dateTime).toBe('2025-03-31T10:00:00+01:00');
    expect(resolve({ dateTime: '@0d 17:00' })?.dateTime).toBe('2025-03-12T17:00:00Z');
    expect(resolve({ dateTime: '@+3d10:00' })?.dateTime).toBe('2025-03-15T10:00:00Z');
    expect(resolve({ date: '@+3d' })?.date).toBe('2025-03-15');
    expect(resolve({ date: '@0w fri' })?.date).toBe('2025-03-14');
    expect(resolve({ dateTime: '2024-01-01T09:00:00Z' })?.dateTime).toBe('2024-01-01T09:00:00Z');
  });

  it('reads "today" in the event time zone', () => {
    const lateEvening = resolveRelativeTimes({ start: { dateTime: '@0d 09:00', timeZone: 'Asia/Tokyo' } }, Date.parse('2025-03-12T23:30:00Z'), 'UTC');
    expect(lateEvening.start?.dateTime).toBe('2025-03-13T09:00:00+09:00');
  });

  it('ends a series on a relative UNTIL', () => {
    const event = resolveRelativeTimes({ start: { dateTime: '@0d 10:00' }, recurrence: ['RRULE:FREQ=WEEKLY;UNTIL=@+1w sun'] }, anchor, 'Europe/London');
    expect(event.recurrence).toEqual(['RRULE:FREQ=WEEKLY;UNTIL=20250323T235959Z']);
  });

  it('rejects unreadable notations', () => {
    expect(() => resolve({ dateTime: '@+1d' })).toThrow(RelativeTimeError);
    expect(() => resolve({ dateTime: '@+3d tue 10:00' })).toThrow(RelativeTimeError);
    expect(() => resolve({ date: '@+1d 10:00' })).toThrow(RelativeTimeError);
    expect(() => resolve({ dateTime: '@tomorrow' })).toThrow(RelativeTimeError);
  });
});

describe('sample mentoring calendar', () => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ data: await readDataFile(SAMPLE) });
  });
  afterAll(() => emulator.close());

  it('has Jordan’s primary calendar plus the programme and holiday calendars', async () => {
    const { body } = await emulator.get('/calendar/v3/users/me/calendarList');
    expect(body.items.map((entry: Json) => [entry.id, entry.primary ?? false, entry.accessRole])).toEqual([
      [JORDAN, true, 'owner'],
      ['c_7m3ntor1ngpr0gramme2526@group.calendar.google.com', false, 'reader'],
      ['en.uk#holiday@group.v.calendar.google.com', false, 'reader'],
    ]);
  });

  it('expands the Ana / Jordan series with its moved and cancelled occurrences', async () => {
    const { items } = await listAll(emulator, JORDAN, { singleEvents: 'true' });
    const ana = items.filter((event) => event.recurringEventId === 'm1anajordan');
    expect(ana).toHaveLength(14); // 15 fortnightly occurrences, one cancelled
    expect(ana.find((event) => event.id === 'm1anajordan_20240910T090000Z')?.start).toEqual({ dateTime: '2024-09-10T10:00:00+01:00', timeZone: 'Europe/London' });
    const moved = ana.find((event) => event.id === 'm1anajordan_20241231T100000Z');
    expect(moved?.start.dateTime).toBe('2025-01-01T14:00:00Z');
    expect(moved?.originalStartTime.dateTime).toBe('2024-12-31T10:00:00Z');
    expect(ana.map((event) => event.id)).not.toContain('m1anajordan_20250128T100000Z');
    const { items: stored } = await listAll(emulator, JORDAN, {});
    expect(stored.find((event) => event.id === 'm1anajordan_20250128T100000Z')).toMatchObject({ status: 'cancelled', recurringEventId: 'm1anajordan' });
  });

  it('covers the mentoring formats, the people and ordinary meetings', async () => {
    const { items } = await listAll(emulator, JORDAN, { singleEvents: 'true' });
    const summaries = new Set(items.map((event) => event.summary));
    for (const expected of [
      'Reverse mentoring: Priya Raman → Jordan Lee (AI-assisted development)',
      'Mentoring circle: Leading through change',
      'Peer mentoring — Jordan & Mateo',
      'HiPo programme: mentoring session with Amara Okafor',
      'Mentoring: Élodie Fournier / Jordan Lee',
      'Mentoring programme steering committee',
      'Platform team standup',
      'Interview: Senior Backend Engineer — candidate R. Novak',
      'Company offsite (Lisbon)',
    ]) {
      expect(summaries).toContain(expected);
    }
    const emails = new Set(items.flatMap((event) => (event.attendees ?? []).map((attendee: Json) => attendee.email)));
    for (const person of ['ana.silva', 'priya.raman', 'mateo.garcia', 'amara.okafor', 'elodie.fournier', 'lena.hoffmann', 'oluwaseun.adeyemi', 'lin.wei', 'fatima.benali']) {
      expect(emails).toContain(`${person}@corp.example`);
    }
    expect(items.filter((event) => event.hangoutLink).every((event) => /^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/.test(event.hangoutLink))).toBe(true);
    const standups = items.filter((event) => event.recurringEventId === 'stanup0platf0rm');
    expect(standups).toHaveLength(155);
    expect(standups.every((event) => [1, 2, 3, 4, 5].includes(new Date(event.start.dateTime).getUTCDay()))).toBe(true);
    expect(items.filter((event) => event.recurringEventId === 'e1od1ejordan').map((event) => event.start.dateTime)).toEqual([
      '2025-02-27T11:00:00Z',
      '2025-03-20T11:00:00Z',
      '2025-04-10T11:00:00+01:00',
    ]);
  });

  it('keeps the deleted extra session for showDeleted and sync clients only', async () => {
    expect((await listAll(emulator, JORDAN, {})).items.map((event) => event.id)).not.toContain('extrasess1onana');
    expect((await listAll(emulator, JORDAN, { showDeleted: 'true' })).items.map((event) => event.id)).toContain('extrasess1onana');
  });
});

describe('generate', () => {
  const calendars = [{ id: JORDAN, summary: JORDAN, timeZone: 'Europe/London', primary: true }];
  const comparable = (events: ApiEvent[]) => events.map(({ etag: _etag, updated: _updated, created: _created, ...rest }) => rest);

  it('is deterministic for a seed and exact in count', async () => {
    const first = await startEmulator({ httpsPort: false, data: { calendars } });
    const second = await startEmulator({ httpsPort: false, data: { calendars } });
    try {
      first.control.generate({ calendarId: JORDAN, count: 400, seed: 77, startFrom: '2025-01-06' });
      second.control.generate({ calendarId: JORDAN, count: 400, seed: 77, startFrom: '2025-01-06' });
      const events = first.control.listEvents(JORDAN);
      expect(events).toHaveLength(400);
      expect(comparable(events)).toEqual(comparable(second.control.listEvents(JORDAN)));
      expect(events.some((event) => event.recurringEventId)).toBe(true);
      expect(events.some((event) => event.start?.date)).toBe(true);
      expect(events.some((event) => (event.attendees?.length ?? 0) > 2)).toBe(true);
      expect(events.some((event) => event.hangoutLink?.startsWith('https://meet.google.com/'))).toBe(true);
      expect(events.some((event) => /mentoring/i.test(event.summary ?? ''))).toBe(true);
      second.control.reset();
      second.control.load({ calendars });
      second.control.generate({ calendarId: JORDAN, count: 400, seed: 78, startFrom: '2025-01-06' });
      expect(comparable(second.control.listEvents(JORDAN))).not.toEqual(comparable(events));
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('serves a 10,000-event calendar in four pages of 2500', async () => {
    const emulator = await startTestEmulator({ data: { calendars } });
    try {
      const response = await fetch(`${emulator.url}/__control/generate`, {
        method: 'POST',
        body: JSON.stringify({ calendarId: JORDAN, count: 10_000, seed: 2025, startFrom: '2024-06-03' }),
      });
      expect(await response.json()).toMatchObject({ created: 10_000, firstDay: '2024-06-03' });
      const { items, pages, nextSyncToken } = await listAll(emulator, JORDAN, { singleEvents: 'true', maxResults: '2500' });
      expect(items).toHaveLength(10_000);
      expect(pages).toBe(4);
      expect(nextSyncToken).toEqual(expect.any(String));
    } finally {
      await emulator.close();
    }
  }, 120_000);
});

describe('cli', () => {
  it('prints the ports as one JSON line and serves the data file until SIGTERM', async () => {
    const child = spawn(TSX, [CLI, '--data', SAMPLE, '--port', '0', '--https-port', '0', '--now', FIXED_NOW], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
      const ports = JSON.parse(line);
      expect(Object.keys(ports)).toEqual(['httpPort', 'httpsPort']);
      expect(ports.httpPort).toBeGreaterThan(0);
      expect(ports.httpsPort).toBeGreaterThan(0);
      const base = `http://127.0.0.1:${ports.httpPort}`;
      const token = (await (await fetch(`${base}/__control/tokens`, { method: 'POST' })).json()).access_token;
      const response = await fetch(`${base}${eventsPath('primary')}?singleEvents=true&q=Amara`, { headers: { authorization: `Bearer ${token}` } });
      expect((await response.json()).items.length).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  }, 60_000);
});

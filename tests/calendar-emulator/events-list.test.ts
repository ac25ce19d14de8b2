// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CALENDAR, eventsPath, listAll, semanticsFixture, startTestEmulator, type TestEmulator, type Json } from './helpers';

let emulator: TestEmulator;
const list = (params: Record<string, string | string[]> = {}) => emulator.get(eventsPath(CALENDAR), params);
const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id).sort();

beforeAll(async () => {
  emulator = await startTestEmulator({ data: semanticsFixture() });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.control.load(semanticsFixture());
});

describe('timeMin / timeMax', () => {
  it('filters by end > timeMin (exclusive)', async () => {
    expect(ids((await list({ timeMin: '2025-03-10T11:00:00Z', timeMax: '2025-03-10T12:00:00Z' })).body)).not.toContain('timed1000');
    expect(ids((await list({ timeMin: '2025-03-10T10:59:59Z', timeMax: '2025-03-10T12:00:00Z' })).body)).toContain('timed1000');
  });

  it('filters by start < timeMax (exclusive)', async () => {
    expect(ids((await list({ timeMin: '2025-03-10T09:00:00Z', timeMax: '2025-03-10T10:00:00Z' })).body)).not.toContain('timed1000');
    expect(ids((await list({ timeMin: '2025-03-10T09:00:00Z', timeMax: '2025-03-10T10:00:01Z' })).body)).toContain('timed1000');
  });

  it('bounds all-day events by midnight in the calendar time zone', async () => {
    // 2025-03-10 in Europe/Berlin is 2025-03-09T23:00Z .. 2025-03-10T23:00Z.
    expect(ids((await list({ timeMax: '2025-03-09T23:00:00Z' })).body)).not.toContain('allday0310');
    expect(ids((await list({ timeMax: '2025-03-09T23:00:01Z' })).body)).toContain('allday0310');
    expect(ids((await list({ timeMin: '2025-03-10T23:00:00Z' })).body)).not.toContain('allday0310');
    expect(ids((await list({ timeMin: '2025-03-10T22:59:59Z' })).body)).toContain('allday0310');
    // Read in UTC instead, the same day starts an hour later.
    expect(ids((await list({ timeMax: '2025-03-09T23:00:01Z', timeZone: 'UTC' })).body)).not.toContain('allday0310');
  });

  it('rejects timestamps without an offset and empty ranges like Google', async () => {
    const noOffset = await list({ timeMin: '2025-03-10T10:00:00' });
    expect(noOffset.status).toBe(400);
    expect(noOffset.body).toEqual({ error: { errors: [{ domain: 'global', reason: 'badRequest', message: 'Bad Request' }], code: 400, message: 'Bad Request' } });
    const empty = await list({ timeMin: '2025-03-10T10:00:00Z', timeMax: '2025-03-10T10:00:00Z' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.errors[0]).toEqual({
      domain: 'calendar',
      reason: 'timeRangeEmpty',
      message: 'The specified time range is empty.',
      locationType: 'parameter',
      location: 'timeMax',
    });
  });
});

describe('orderBy', () => {
  it('requires singleEvents=true for startTime', async () => {
    const { status, body } = await list({ orderBy: 'startTime' });
    expect(status).toBe(400);
    expect(body.error.errors[0]).toEqual({
      domain: 'global',
      reason: 'badRequest',
      message: 'The requested ordering is not available for the particular query.',
    });
  });

  it('orders occurrences and events by start time', async () => {
    const { body } = await list({ orderBy: 'startTime', singleEvents: 'true' });
    const starts = body.items.map((item: Json) => Date.parse(item.start.dateTime ?? `${item.start.date}T00:00:00+01:00`));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(body.items.map((item: Json) => item.id)).toContain('mentorseries_20250317T080000Z');
  });

  it('orders by last modification for orderBy=updated', async () => {
    emulator.control.updateEvent(CALENDAR, 'timed1000', { summary: 'Design review (moved agenda)' });
    const { body } = await list({ orderBy: 'updated' });
    expect(body.items.at(-1).id).toBe('timed1000');
  });

  it('rejects unknown orderings', async () => {
    expect((await list({ orderBy: 'summary' })).status).toBe(400);
  });
});

describe('maxResults and paging', () => {
  it('defaults to 250 and caps larger page sizes at 2500', async () => {
    emulator.control.generate({ calendarId: CALENDAR, count: 2600, seed: 3, startFrom: '2024-01-01' });
    expect((await list({ singleEvents: 'true' })).body.items).toHaveLength(250);
    const capped = await list({ singleEvents: 'true', maxResults: '5000' });
    expect(capped.body.items).toHaveLength(2500);
    expect(capped.body.nextPageToken).toEqual(expect.any(String));
    expect(capped.body.nextSyncToken).toBeUndefined();
  });

  it('rejects page sizes below one', async () => {
    expect((await list({ maxResults: '0' })).status).toBe(400);
    expect((await list({ maxResults: 'ten' })).status).toBe(400);
  });

  it('serves every event exactly once across pages and ends with a sync token', async () => {
    emulator.control.generate({ calendarId: CALENDAR, count: 103, seed: 9, startFrom: '2025-01-06' });
    const { items, nextSyncToken, pages } = await listAll(emulator, CALENDAR, { singleEvents: 'true', maxResults: '10' });
    expect(pages).toBeGreaterThan(10);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(items.map((item) => item.id).sort()).toEqual(emulator.control.listEvents(CALENDAR).map((event) => event.id).sort());
    expect(nextSyncToken).toEqual(expect.any(String));
  });

  it('rejects a tampered page token, a foreign one, and one replayed with another query', async () => {
    const first = await list({ maxResults: '2' });
    const token: string = first.body.nextPageToken;
    const [payload, mac] = token.split('.') as [string, string];
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = `${Buffer.from(JSON.stringify({ ...decoded, after: [0] })).toString('base64url')}.${mac}`;
    for (const pageToken of [forged, 'garbage', `${token}x`]) {
      const { status, body } = await list({ maxResults: '2', pageToken });
      expect(status).toBe(400);
      expect(body.error.errors[0]).toMatchObject({ reason: 'invalid', location: 'pageToken' });
    }
    expect((await list({ maxResults: '2', pageToken: token, q: 'mentoring' })).status).toBe(400);
    expect((await list({ maxResults: '5', pageToken: token })).status).toBe(200);
  });
});

describe('syncToken', () => {
  const syncToken = async () => (await listAll(emulator, CALENDAR, { singleEvents: 'true' })).nextSyncToken;

  it.each([
    ['timeMin', '2025-03-01T00:00:00Z'],
    ['timeMax', '2025-03-01T00:00:00Z'],
    ['orderBy', 'updated'],
    ['q', 'mentoring'],
    ['updatedMin', '2025-03-01T00:00:00Z'],
    ['iCalUID', 'x@google.com'],
    ['showDeleted', 'false'],
  ])('is refused together with %s', async (name, value) => {
    const { status, body } = await list({ singleEvents: 'true', syncToken: await syncToken(), [name]: value });
    expect(status).toBe(400);
    expect(body.error.errors[0]).toMatchObject({ reason: 'invalid', location: name });
  });

  it('returns only changes, deletions included, in their minimal form', async () => {
    const token = await syncToken();
    emulator.control.addEvent(CALENDAR, { id: 'newone', summary: 'New', start: { dateTime: '2025-03-20T10:00:00Z' }, end: { dateTime: '2025-03-20T11:00:00Z' } });
    emulator.control.cancelEvent(CALENDAR, 'standup0311');
    const { body } = await list({ singleEvents: 'true', syncToken: token });
    expect(body.items.map((item: Json) => item.id)).toEqual(['newone', 'standup0311']);
    expect(body.items[1]).toEqual({ kind: 'calendar#event', etag: expect.any(String), id: 'standup0311', status: 'cancelled' });
    const again = await list({ singleEvents: 'true', syncToken: body.nextSyncToken });
    expect(again.body.items).toEqual([]);
  });

  it('reports every occurrence when a series master changes (singleEvents=true)', async () => {
    const token = await syncToken();
    emulator.control.updateEvent(CALENDAR, 'mentorseries', { summary: 'Mentoring: Ana Silva / Jordan Lee' });
    const { body } = await list({ singleEvents: 'true', syncToken: token });
    // The moved occurrence is an exception and keeps its own data; the other two follow the master.
    expect(body.items.map((item: Json) => item.id).sort()).toEqual(['mentorseries_20250303T080000Z', 'mentorseries_20250324T080000Z']);
    expect(body.items.every((item: Json) => item.summary === 'Mentoring: Ana Silva / Jordan Lee')).toBe(true);
  });

  it('reports a deleted series to singleEvents=true by its id alone, Google’s minimal cancelled item', async () => {
    const token = await syncToken();
    emulator.control.cancelEvent(CALENDAR, 'mentorseries');
    const { body } = await list({ singleEvents: 'true', syncToken: token });
    expect(body.items).toEqual([{ kind: 'calendar#event', etag: expect.any(String), id: 'mentorseries', status: 'cancelled' }]);
    // The occurrences are gone all the same: a full list no longer has them.
    expect(ids((await list({ singleEvents: 'true' })).body).filter((id) => id.startsWith('mentorseries'))).toEqual([]);
    // singleEvents=false clients see the series' own cancelled item too.
    expect(ids((await list({ syncToken: token })).body)).toContain('mentorseries');
  });

  it('can report a deleted series occurrence by occurrence instead, as Google also does', async () => {
    emulator.control.setSeriesCancellationForm('occurrences');
    try {
      const token = await syncToken();
      emulator.control.cancelEvent(CALENDAR, 'mentorseries');
      const { body } = await list({ singleEvents: 'true', syncToken: token });
      expect(body.items.map((item: Json) => item.id).sort()).toEqual(['mentorseries_20250303T080000Z', 'mentorseries_20250317T080000Z', 'mentorseries_20250324T080000Z']);
      expect(body.items.every((item: Json) => item.status === 'cancelled' && item.recurringEventId === 'mentorseries')).toBe(true);
    } finally {
      emulator.control.setSeriesCancellationForm('series');
    }
  });

  it('answers 410 fullSyncRequired after invalidation, a reload, or for another calendar', async () => {
    const expected = {
      error: {
        errors: [{ domain: 'calendar', reason: 'fullSyncRequired', message: 'Sync token is no longer valid, a full sync is required.' }],
        code: 410,
        message: 'Sync token is no longer valid, a full sync is required.',
      },
    };
    let token = await syncToken();
    emulator.control.invalidateSyncTokens(CALENDAR);
    expect(await list({ syncToken: token })).toMatchObject({ status: 410, body: expected });
    token = await syncToken();
    emulator.control.load(semanticsFixture());
    expect((await list({ syncToken: token })).status).toBe(410);
    token = await syncToken();
    expect((await emulator.get(eventsPath('team#shared@group.calendar.google.com'), { syncToken: token })).status).toBe(410);
    expect((await list({ syncToken: 'not a token' })).status).toBe(400);
  });

  it('pages through many changes and defers changes made while paging to the next sync', async () => {
    const token = await syncToken();
    emulator.control.generate({ calendarId: CALENDAR, count: 30, seed: 5, startFrom: '2025-04-01' });
    const first = await list({ singleEvents: 'true', syncToken: token, maxResults: '10' });
    expect(first.body.nextPageToken).toEqual(expect.any(String));
    emulator.control.addEvent(CALENDAR, { id: 'lateone', summary: 'Late', start: { dateTime: '2025-03-21T10:00:00Z' }, end: { dateTime: '2025-03-21T11:00:00Z' } });
    const rest = await listAll(emulator, CALENDAR, { singleEvents: 'true', syncToken: token, maxResults: '10', pageToken: first.body.nextPageToken });
    const seen = [...first.body.items, ...rest.items].map((item: Json) => item.id);
    expect(seen).toHaveLength(30);
    expect(seen).not.toContain('lateone');
    const next = await list({ singleEvents: 'true', syncToken: rest.nextSyncToken });
    expect(next.body.items.map((item: Json) => item.id)).toEqual(['lateone']);
  });
});

describe('showDeleted and recurring events', () => {
  it('hides deleted events from a full list unless showDeleted=true', async () => {
    expect(ids((await list({ singleEvents: 'true' })).body)).not.toContain('deletedsingle');
    const shown = await list({ singleEvents: 'true', showDeleted: 'true' });
    expect(shown.body.items.find((item: Json) => item.id === 'deletedsingle')).toEqual({
      kind: 'calendar#event',
      etag: expect.any(String),
      id: 'deletedsingle',
      status: 'cancelled',
    });
    expect(ids(shown.body)).toContain('mentorseries_20250310T080000Z');
  });

  it('keeps cancelled occurrences in a singleEvents=false list, as Google documents', async () => {
    const { body } = await list();
    expect(ids(body)).toEqual(['allday0310', 'mentorseries', 'mentorseries_20250310T080000Z', 'mentorseries_20250317T080000Z', 'standup0311', 'timed1000']);
    expect(body.items.find((item: Json) => item.id === 'mentorseries').recurrence).toEqual(['RRULE:FREQ=WEEKLY;COUNT=4']);
    expect(body.items.find((item: Json) => item.id === 'mentorseries_20250310T080000Z')).toEqual({
      kind: 'calendar#event',
      etag: expect.any(String),
      id: 'mentorseries_20250310T080000Z',
      status: 'cancelled',
      recurringEventId: 'mentorseries',
      originalStartTime: { dateTime: '2025-03-10T09:00:00+01:00', timeZone: 'Europe/Berlin' },
    });
  });

  it('expands occurrences with singleEvents=true and never returns the master', async () => {
    const { body } = await list({ singleEvents: 'true' });
    expect(ids(body)).toEqual(['allday0310', 'mentorseries_20250303T080000Z', 'mentorseries_20250317T080000Z', 'mentorseries_20250324T080000Z', 'standup0311', 'timed1000']);
    const moved = body.items.find((item: Json) => item.id === 'mentorseries_20250317T080000Z');
    expect(moved.start.dateTime).toBe('2025-03-18T15:00:00+01:00');
    expect(moved.originalStartTime.dateTime).toBe('2025-03-17T09:00:00+01:00');
  });
});

describe('calendars, search and partial responses', () => {
  it('resolves primary and URL-encoded calendar ids, and 404s unknown ones', async () => {
    expect((await emulator.get(eventsPath('primary'))).body.summary).toBe(CALENDAR);
    const shared = await emulator.get(eventsPath('team#shared@group.calendar.google.com'));
    expect(shared.body).toMatchObject({ kind: 'calendar#events', accessRole: 'reader', items: [{ id: 'sharedone' }] });
    const missing = await emulator.get(eventsPath('nobody@corp.example'));
    expect(missing.status).toBe(404);
    expect(missing.body.error.errors[0].reason).toBe('notFound');
  });

  it('searches summary, description and attendees with q', async () => {
    expect(ids((await list({ q: 'ana silva', singleEvents: 'true' })).body)).toHaveLength(3);
    expect(ids((await list({ q: 'offsite' })).body)).toEqual(['allday0310']);
  });

  it('applies a fields mask, so a forgotten nextSyncToken is missing as it would be at Google', async () => {
    const { body } = await list({ fields: 'items(id,status)' });
    expect(Object.keys(body)).toEqual(['items']);
    expect(Object.keys(body.items[0]).sort()).toEqual(['id', 'status']);
    const withToken = await list({ fields: 'nextPageToken,nextSyncToken,items/id' });
    expect(Object.keys(withToken.body).sort()).toEqual(['items', 'nextSyncToken']);
  });
});

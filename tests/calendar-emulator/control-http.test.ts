// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALENDAR, eventsPath, FIXED_NOW, listAll, semanticsFixture, startTestEmulator, type TestEmulator, type Json } from './helpers';

let emulator: TestEmulator;

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${emulator.url}/__control${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

describe('control API over HTTP', () => {
  it('loads data, changes events and shows them to incremental sync', async () => {
    expect(await call('POST', `/load?now=${FIXED_NOW}`, semanticsFixture())).toMatchObject({ status: 200, body: { calendars: 2 } });
    const { nextSyncToken } = await listAll(emulator, CALENDAR, { singleEvents: 'true' });
    const calendarPath = `/calendars/${encodeURIComponent(CALENDAR)}/events`;

    const added = await call('POST', calendarPath, { summary: 'Mentoring: Priya', start: { dateTime: '2025-03-19T10:00:00Z' }, end: { dateTime: '2025-03-19T10:30:00Z' } });
    expect(added.status).toBe(201);
    expect(added.body.id).toMatch(/^[0-9a-v]{26}$/);
    expect((await call('PATCH', `${calendarPath}/timed1000`, { location: 'Room 2', description: null })).body.location).toBe('Room 2');
    const moved = await call('POST', `${calendarPath}/standup0311/move`, { start: { dateTime: '2025-03-11T09:00:00Z' }, end: { dateTime: '2025-03-11T09:15:00Z' } });
    expect(moved.body.start.dateTime).toBe('2025-03-11T09:00:00Z');
    expect((await call('DELETE', `${calendarPath}/allday0310`)).body).toEqual({ kind: 'calendar#event', etag: expect.any(String), id: 'allday0310', status: 'cancelled' });
    expect((await call('DELETE', `${calendarPath}/allday0310`)).status).toBe(410);

    const { body } = await emulator.get(eventsPath(CALENDAR), { singleEvents: 'true', syncToken: nextSyncToken });
    expect(body.items.map((item: Json) => item.id)).toEqual([added.body.id, 'timed1000', 'standup0311', 'allday0310']);

    const current = await call('GET', calendarPath);
    expect(current.body.map((event: Json) => event.id)).not.toContain('allday0310');
    const everything = await call('GET', `${calendarPath}?includeDeleted=true&view=stored`);
    expect(everything.body.map((event: Json) => event.id)).toEqual(expect.arrayContaining(['allday0310', 'mentorseries', 'deletedsingle']));
  });

  it('invalidates sync tokens and issues scoped tokens', async () => {
    const { nextSyncToken } = await listAll(emulator, CALENDAR, {});
    await call('POST', '/sync-tokens/invalidate', { calendarId: CALENDAR });
    expect((await emulator.get(eventsPath(CALENDAR), { syncToken: nextSyncToken })).status).toBe(410);
    const issued = await call('POST', '/tokens', { scopes: ['https://www.googleapis.com/auth/calendar.events.readonly'], expiresInSeconds: 60 });
    expect(issued.body).toMatchObject({ token_type: 'Bearer', expires_in: 60, scope: 'https://www.googleapis.com/auth/calendar.events.readonly' });
    expect((await emulator.get('/calendar/v3/users/me/calendarList', {}, issued.body.access_token)).status).toBe(403);
  });

  it('records the last authorize request', async () => {
    await fetch(`${emulator.url}/o/oauth2/v2/auth?client_id=c&redirect_uri=https%3A%2F%2Fx.chromiumapp.org%2F&response_type=token&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcalendar.events.readonly`, { redirect: 'manual' });
    expect((await call('GET', '/authorize/last')).body).toMatchObject({ clientId: 'c', scope: 'https://www.googleapis.com/auth/calendar.events.readonly', outcome: 'granted' });
  });

  it('answers errors as JSON', async () => {
    expect(await call('GET', '/nothing-here')).toMatchObject({ status: 404, body: { error: expect.any(String) } });
    expect(await call('POST', '/load', '{not json')).toMatchObject({ status: 400, body: { error: 'Body is not valid JSON' } });
    expect((await call('POST', '/load', { calendars: [] })).status).toBe(400);
    expect((await call('POST', '/load', { calendars: [{ id: 'a', summary: 'a', timeZone: 'Mars/Olympus' }] })).status).toBe(400);
    expect((await call('PATCH', `/calendars/${encodeURIComponent(CALENDAR)}/events/unknown`, {})).status).toBe(404);
    expect((await call('POST', '/generate', { calendarId: CALENDAR, count: 0 })).status).toBe(400);
  });
});

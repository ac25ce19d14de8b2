import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../support/fresh-database';
import { MAX_DESCRIPTION_LENGTH } from '../../../lib/model';
import { getSyncState } from '../../../lib/calendar/sync/event-store';
import { syncGoogleCalendar } from '../../../lib/calendar/google/google-sync';
import { FakeCalendarApi, anApiEvent } from './support/fake-calendar-api';
import { NOW, WINDOW, clientFor, localSummaries, serverSummaries } from './support/environment';

const PRIMARY = { calendarId: 'primary', label: 'Primary calendar' };
const SCRIPT = '<img src=x onerror="alert(1)"><script>alert("x")</script>';

function setup() {
  const api = new FakeCalendarApi();
  api.pageSize = 50;
  const db = freshDatabase();
  const pauses: number[] = [];
  const run = () => syncGoogleCalendar(PRIMARY, { client: clientFor(api, { pauses }), window: WINDOW, db, now: NOW });
  return { api, db, run, pauses };
}

describe('events with missing or malformed fields', () => {
  it('skips each broken event with its reason and stores every good one of the same page', async () => {
    const { api, db, run } = setup();
    api.put(anApiEvent('good-1', 1));
    api.put({ id: 'no-start', summary: 'No start', end: { dateTime: '2026-11-22T10:00:00Z' } });
    api.put(anApiEvent('bad-date', 2, { start: { dateTime: '2026-13-45T25:00:00Z' } }));
    api.put(anApiEvent('ends-first', 2, { end: { dateTime: '2026-11-01T09:00:00Z' } }));
    api.put({ id: 'wrong-types', summary: 42, start: { dateTime: '2026-11-25T09:00:00Z' } });
    api.put(anApiEvent('good-2', 3));

    const result = await run();

    expect(result.error).toBeUndefined();
    expect(Object.keys(await localSummaries(db)).sort()).toEqual(['good-1', 'good-2']);
    const skipped = (await getSyncState('google:primary', db))?.skipped ?? [];
    expect(skipped.map((entry) => entry.eventId).sort()).toEqual(['bad-date', 'ends-first', 'no-start', 'wrong-types']);
    for (const entry of skipped) expect(entry.reason.length).toBeGreaterThan(0);
    // Worded for a person: what is wrong with the event, never a field path or a parser's message.
    expect(Object.fromEntries(skipped.map((entry) => [entry.eventId, entry.reason]))).toEqual({
      'no-start': '“No start”: it has no start time',
      'bad-date': '“Mentoring bad-date”: its start time could not be read',
      'ends-first': '“Mentoring ends-first”: it ends before it starts',
      'wrong-types': 'its title could not be read',
    });
    expect(result.skipped).toBe(4);
  });

  it('keeps an event Google accepted when one field is past our limits, cut to fit with a note for the user', async () => {
    const { api, db, run } = setup();
    const guests = Array.from({ length: 500 }, (_, index) => ({ email: `guest${index}@corp.example`, responseStatus: 'needsAction' }));
    api.put(anApiEvent('town-hall', 1, { attendees: [...guests, { email: 'jordan.lee@corp.example', self: true, responseStatus: 'accepted' }] }));
    api.put(anApiEvent('long-link', 2, { htmlLink: `https://www.google.com/calendar/event?eid=${'x'.repeat(2_000)}` }));
    api.put(anApiEvent('new-answer', 3, { attendees: [{ email: 'ana.silva@corp.example', responseStatus: 'maybeLater' }] }));

    const result = await run();

    expect(result.skipped).toBe(0);
    const townHall = await db.events.get('google:primary|town-hall');
    expect(townHall?.event.attendees).toHaveLength(500);
    // The user is among those kept, though listed last: detection needs to know who they are.
    expect(townHall?.event.attendees?.some((person) => person.self)).toBe(true);
    expect((await db.events.get('google:primary|long-link'))?.event).not.toHaveProperty('htmlLink');
    expect((await db.events.get('google:primary|new-answer'))?.event.attendees).toEqual([{ email: 'ana.silva@corp.example' }]);
    const state = await getSyncState('google:primary', db);
    expect(state?.skipped).toEqual([]);
    expect(state?.notices).toEqual([
      { eventId: 'town-hall', reason: '“Mentoring town-hall”: it was kept, but only 500 of its 501 guests were kept' },
      { eventId: 'long-link', reason: '“Mentoring long-link”: it was kept, but its link to Google Calendar was 2,042 characters long and was left out' },
    ]);
  });

  it('skips items that are not events at all, and items without an id', async () => {
    const { api, db, run } = setup();
    api.put(anApiEvent('good', 1));
    api.faults.push(() =>
      new Response(
        JSON.stringify({
          items: [null, 'text', 7, { summary: 'no id', start: { dateTime: '2026-11-22T09:00:00Z' } }, anApiEvent('good', 1)],
          nextSyncToken: 'seq-1',
        }),
      ),
    );
    const result = await run();
    expect(result.skipped).toBe(4);
    expect(Object.keys(await localSummaries(db))).toEqual(['good']);
    expect((await getSyncState('google:primary', db))?.skipped.map((entry) => entry.eventId)).toEqual(['(no id)', '(no id)', '(no id)', '(no id)']);
  });

  it('stores unknown fields stripped, a 1 MB description cut to size, and markup as plain text', async () => {
    const { api, db, run } = setup();
    api.put(
      anApiEvent('odd', 1, {
        summary: `Mentoring ${SCRIPT}`,
        description: 'x'.repeat(1_000_000),
        location: SCRIPT,
        attendees: [{ email: 'ana.silva@corp.example', displayName: SCRIPT }],
        conferenceData: { entryPoints: [{ uri: 'https://meet.google.com/abc-defg-hij' }] },
        somethingNew: { nested: true },
      }),
    );
    await run();
    const copy = await db.events.get('google:primary|odd');
    expect(copy?.event.summary).toBe(`Mentoring ${SCRIPT}`);
    expect(copy?.event.location).toBe(SCRIPT);
    expect(copy?.event.attendees?.[0]?.displayName).toBe(SCRIPT);
    expect(copy?.event.description).toHaveLength(MAX_DESCRIPTION_LENGTH);
    expect(copy?.event).not.toHaveProperty('somethingNew');
    // The call's details stay in the API's own shape: a Zoom or Teams link may live only there.
    expect(copy?.event.conferenceData).toEqual({ entryPoints: [{ uri: 'https://meet.google.com/abc-defg-hij' }] });
  });

  it('drops the stale copy of an event that turned invalid, and forgets the reason once it is fixed', async () => {
    const { api, db, run } = setup();
    api.put(anApiEvent('flaky', 1));
    await run();
    api.put(anApiEvent('flaky', 1, { start: { dateTime: 'not a date' } }));
    await run();
    expect(await db.events.get('google:primary|flaky')).toBeUndefined();
    expect((await getSyncState('google:primary', db))?.skipped.map((entry) => entry.eventId)).toEqual(['flaky']);

    api.put(anApiEvent('flaky', 2, { summary: 'fixed' }));
    await run();
    expect((await db.events.get('google:primary|flaky'))?.event.summary).toBe('fixed');
    expect((await getSyncState('google:primary', db))?.skipped).toEqual([]);
  });
});

describe('broken pages', () => {
  it('retries a truncated body and applies the page once', async () => {
    const { api, db, run, pauses } = setup();
    for (let index = 0; index < 4; index++) api.put(anApiEvent(`ev${index}`, index));
    api.faults.push(async (url) => {
      const whole = await (await api.fetch(url, { headers: { authorization: 'Bearer token-1' } })).text();
      return new Response(whole.slice(0, whole.length / 2), { status: 200 });
    });
    const result = await run();
    expect(result).toMatchObject({ added: 4, updated: 0 });
    expect(pauses).toHaveLength(1);
    expect(await localSummaries(db)).toEqual(serverSummaries(api));
  });

  it('writes nothing of a page that stays unreadable, and says so', async () => {
    const { api, db, run } = setup();
    api.put(anApiEvent('ev0', 0));
    for (let attempt = 0; attempt < 4; attempt++) api.faults.push(() => new Response('{"items": [{"id": "ev0"', { status: 200 }));
    const result = await run();
    expect(result.error).toMatch(/broken page \(not valid JSON/);
    expect(await localSummaries(db)).toEqual({});
    const state = await getSyncState('google:primary', db);
    expect(state?.lastError?.message).toMatch(/broken page/);
    expect(state?.syncToken).toBeUndefined();
  });

  it('retries a page whose shape is wrong (items not a list, no tokens)', async () => {
    const { api, db, run } = setup();
    api.put(anApiEvent('ev0', 0));
    api.faults.push(
      () => new Response(JSON.stringify({ items: 'nope', nextSyncToken: 'x' })),
      () => new Response(JSON.stringify({ items: [] })),
    );
    const result = await run();
    expect(result.error).toBeUndefined();
    expect(api.requests).toHaveLength(3);
    expect(await localSummaries(db)).toEqual(serverSummaries(api));
  });
});

import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../support/fresh-database';
import { SyncAbortedError } from '../../../lib/calendar/google/errors';
import { getSyncState } from '../../../lib/calendar/sync/event-store';
import { syncGoogleCalendar } from '../../../lib/calendar/google/google-sync';
import { FakeCalendarApi, anApiEvent, json } from './support/fake-calendar-api';
import { NOW, WINDOW, clientFor, localSummaries, serverSummaries } from './support/environment';

const PRIMARY = { calendarId: 'primary', label: 'Primary calendar' };

function setup(eventCount = 7) {
  const api = new FakeCalendarApi();
  for (let index = 0; index < eventCount; index++) api.put(anApiEvent(`ev${index}`, index));
  const db = freshDatabase();
  const run = (extra: { beforePage?: () => Promise<void> } = {}) =>
    syncGoogleCalendar(PRIMARY, { client: clientFor(api), window: WINDOW, db, now: NOW, ...extra });
  return { api, db, run };
}

describe('full sync', () => {
  it('lists the window with singleEvents, follows every page and keeps the sync token', async () => {
    const { api, db, run } = setup(7);
    const result = await run();

    expect(result).toMatchObject({ calendarKey: 'google:primary', added: 7, updated: 0, removed: 0, skipped: 0 });
    expect(await localSummaries(db)).toEqual(serverSummaries(api));
    expect(api.requests).toHaveLength(3);
    for (const request of api.requests) {
      expect(request.searchParams.get('singleEvents')).toBe('true');
      expect(request.searchParams.get('timeMin')).toBe('2026-05-25T08:00:00.000Z');
      expect(request.searchParams.get('timeMax')).toBe('2027-11-21T08:00:00.000Z');
    }
    expect(api.requests.map((request) => request.searchParams.get('pageToken'))).toEqual([null, '3:7:-1', '6:7:-1']);
    const state = await getSyncState('google:primary', db);
    expect(state).toMatchObject({ syncToken: 'seq-7', lastFullSyncAt: NOW().toISOString(), label: 'jordan.lee@corp.example' });
    expect(state?.pageToken).toBeUndefined();
    expect(state?.fullSyncStartedAt).toBeUndefined();
  });

  it('resumes from the last committed page after the worker stopped, with nothing lost or doubled', async () => {
    const { api, db, run } = setup(8);
    let pages = 0;
    const stopAfterTwoPages = async () => {
      if (++pages === 3) throw new SyncAbortedError();
    };
    await expect(run({ beforePage: stopAfterTwoPages })).rejects.toBeInstanceOf(SyncAbortedError);
    const midway = await getSyncState('google:primary', db);
    expect(midway).toMatchObject({ pageToken: '6:8:-1', fullSyncStartedAt: NOW().toISOString() });
    expect(Object.keys(await localSummaries(db))).toHaveLength(6);

    api.requests.length = 0;
    const resumed = await run();
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.searchParams.get('pageToken')).toBe('6:8:-1');
    expect(api.requests[0]?.searchParams.get('timeMin')).toBe('2026-05-25T08:00:00.000Z');
    expect(resumed.added).toBe(2);
    expect(await localSummaries(db)).toEqual(serverSummaries(api));
    expect((await getSyncState('google:primary', db))?.syncToken).toBe('seq-8');
  });
});

describe('incremental sync', () => {
  it('sends only the sync token and applies an added, a moved and a cancelled event', async () => {
    const { api, db, run } = setup(4);
    await run();
    api.put(anApiEvent('new-one', 3));
    api.put(anApiEvent('ev1', 9, { summary: 'Mentoring ev1 (moved)' }));
    api.cancel('ev2');
    api.requests.length = 0;

    const result = await run();

    expect(result).toMatchObject({ added: 1, updated: 1, removed: 1 });
    const request = api.requests[0]!;
    expect(request.searchParams.get('syncToken')).toBe('seq-4');
    for (const forbidden of ['timeMin', 'timeMax', 'q', 'orderBy']) expect(request.searchParams.has(forbidden)).toBe(false);
    expect(await localSummaries(db)).toEqual(serverSummaries(api));
    const moved = await db.events.get('google:primary|ev1');
    expect(moved?.startMs).toBe(Date.parse('2026-11-30T09:00:00.000Z'));
    expect((await getSyncState('google:primary', db))?.syncToken).toBe('seq-7');
  });

  it('with no changes makes one request and changes nothing', async () => {
    const { api, db, run } = setup(2);
    await run();
    api.requests.length = 0;
    expect(await run()).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(api.requests).toHaveLength(1);
    expect(await localSummaries(db)).toEqual(serverSummaries(api));
  });

  it('after 410 Gone drops the token, syncs in full and removes copies of events that no longer exist', async () => {
    const { api, db, run } = setup(5);
    await run();
    // Deleted while the token was valid but never seen by this client: only a full sync can notice.
    api.cancel('ev0');
    api.cancel('ev3');
    api.put(anApiEvent('late', 2));
    api.expireSyncTokens();
    api.requests.length = 0;

    const result = await run();

    expect(api.requests[0]?.searchParams.get('syncToken')).toBe('seq-5');
    expect(api.requests[1]?.searchParams.has('syncToken')).toBe(false);
    expect(api.requests[1]?.searchParams.has('timeMin')).toBe(true);
    expect(result.error).toBeUndefined();
    expect(await localSummaries(db)).toEqual(serverSummaries(api));
    expect((await getSyncState('google:primary', db))?.syncToken).toBe('seq-8');
  });
});

describe('the first request, started before the sync state is read', () => {
  it('is used when the state holds the expected token: one request in all', async () => {
    const { api, db } = setup(3);
    const client = clientFor(api);
    await syncGoogleCalendar(PRIMARY, { client, window: WINDOW, db, now: NOW });
    api.put(anApiEvent('new-one', 2));
    api.requests.length = 0;
    const result = await syncGoogleCalendar(PRIMARY, { client, window: WINDOW, db, now: NOW, expectedSyncToken: 'seq-3' });
    expect(result).toMatchObject({ added: 1, syncToken: 'seq-4' });
    expect(api.requests.map((request) => request.searchParams.get('syncToken'))).toEqual(['seq-3']);
  });

  it('is thrown away when the state says otherwise (another context synced meanwhile)', async () => {
    const { api, db, run } = setup(3);
    await run();
    api.put(anApiEvent('new-one', 2));
    api.requests.length = 0;
    const result = await syncGoogleCalendar(PRIMARY, { client: clientFor(api), window: WINDOW, db, now: NOW, expectedSyncToken: 'seq-1' });
    expect(api.requests.map((request) => request.searchParams.get('syncToken'))).toEqual(['seq-1', 'seq-3']);
    expect(result).toMatchObject({ added: 1, syncToken: 'seq-4' });
    expect(await localSummaries(db)).toEqual(serverSummaries(api));
  });

  it('writes nothing when nothing changed and the caller takes the bookkeeping', async () => {
    const { api, db, run } = setup(2);
    await run();
    const before = await getSyncState('google:primary', db);
    const later = () => new Date('2026-11-21T09:00:00.000Z');
    const result = await syncGoogleCalendar(PRIMARY, { client: clientFor(api), window: WINDOW, db, now: later, deferIdleWrite: true });
    expect(await getSyncState('google:primary', db)).toEqual(before);
    await result.deferredWrite?.();
    expect((await getSyncState('google:primary', db))?.lastSyncAt).toBe('2026-11-21T09:00:00.000Z');
  });

  it('writes nothing at all when the lease is not held', async () => {
    const { api, db } = setup(2);
    const refused = async () => {
      throw new SyncAbortedError();
    };
    await expect(syncGoogleCalendar(PRIMARY, { client: clientFor(api), window: WINDOW, db, now: NOW, beforeWrite: refused })).rejects.toBeInstanceOf(SyncAbortedError);
    expect(await getSyncState('google:primary', db)).toBeUndefined();
  });
});

describe('server errors', () => {
  it('records an error the user can read when retries run out, keeping the committed pages', async () => {
    const { api, db, run } = setup(5);
    api.faults.push(() => undefined, ...Array.from({ length: 4 }, () => () => json(503, { error: { message: 'Backend Error' } })));
    const result = await run();
    expect(result.error).toMatch(/server error \(503\): Backend Error/);
    const state = await getSyncState('google:primary', db);
    expect(state?.lastError).toMatchObject({ status: 503, at: NOW().toISOString() });
    expect(state?.pageToken).toBe('3:5:-1');
    expect(Object.keys(await localSummaries(db))).toHaveLength(3);

    const retried = await run();
    expect(retried.error).toBeUndefined();
    expect((await getSyncState('google:primary', db))?.lastError).toBeUndefined();
    expect(await localSummaries(db)).toEqual(serverSummaries(api));
  });

  it('gives up at once on a calendar Google does not know', async () => {
    const api = new FakeCalendarApi();
    const db = freshDatabase();
    api.faults.push(() => json(404, { error: { code: 404, message: 'Not Found' } }));
    const result = await syncGoogleCalendar({ calendarId: 'gone@group.calendar.google.com', label: 'Team' }, { client: clientFor(api), window: WINDOW, db, now: NOW });
    expect(result.error).toMatch(/did not find this calendar \(404\)/);
    expect(api.requests).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../support/fresh-database';
import { toEventCopy } from '../../../lib/calendar/event-copy';
import {
  applyEventPage,
  deleteCalendarData,
  getSyncState,
  listCalendarEvents,
  pruneCalendar,
  replaceCalendarEvents,
  updateSyncState,
} from '../../../lib/calendar/sync/event-store';
import type { CalendarEventCopy } from '../../../lib/model';

const CAL = 'ics:team.ics';
const newState = { source: 'ics-file' as const, calendarId: 'team.ics', label: 'Team' };
const DAY = 86_400_000;

function copy(id: string, calendarKey = CAL, summary = `Event ${id}`, extra: Record<string, unknown> = {}): CalendarEventCopy {
  const result = toEventCopy(
    { id, summary, start: { dateTime: '2026-05-04T09:00:00Z' }, end: { dateTime: '2026-05-04T10:00:00Z' }, ...extra },
    calendarKey,
    calendarKey.startsWith('google') ? 'google' : 'ics-file',
  );
  if (!result.ok) throw new Error(result.reason);
  return result.copy;
}

describe('replaceCalendarEvents', () => {
  it('replaces every event of the calendar and its sync state together, leaving other calendars alone', async () => {
    const db = freshDatabase();
    await replaceCalendarEvents(CAL, [copy('a'), copy('b')], newState, db);
    await replaceCalendarEvents('google:primary', [copy('g', 'google:primary')], { source: 'google', calendarId: 'primary', label: 'Me' }, db);

    const counts = await replaceCalendarEvents(CAL, [copy('b', CAL, 'B renamed'), copy('c')], { lastSyncAt: '2026-11-21T10:00:00.000Z' }, db);

    expect(counts).toEqual({ added: 1, updated: 1, removed: 1 });
    // The same calendar again is no change at all.
    expect(await replaceCalendarEvents(CAL, [copy('b', CAL, 'B renamed'), copy('c')], {}, db)).toEqual({ added: 0, updated: 0, removed: 0 });
    const events = await listCalendarEvents(CAL, db);
    expect(events.map((event) => [event.eventId, event.event.summary]).sort()).toEqual([
      ['b', 'B renamed'],
      ['c', 'Event c'],
    ]);
    expect(await listCalendarEvents('google:primary', db)).toHaveLength(1);
    expect(await getSyncState(CAL, db)).toMatchObject({ ...newState, lastSyncAt: '2026-11-21T10:00:00.000Z', skipped: [] });
  });

  it('writes nothing when the sync state is invalid', async () => {
    const db = freshDatabase();
    await replaceCalendarEvents(CAL, [copy('a')], newState, db);
    await expect(replaceCalendarEvents(CAL, [copy('z')], { label: 'x'.repeat(301) }, db)).rejects.toThrow(/label/);
    expect((await listCalendarEvents(CAL, db)).map((event) => event.eventId)).toEqual(['a']);
    expect((await getSyncState(CAL, db))?.label).toBe('Team');
  });

  it('refuses a first write that does not say what the calendar is', async () => {
    const db = freshDatabase();
    await expect(replaceCalendarEvents(CAL, [copy('a')], { lastSyncAt: '2026-11-21T10:00:00.000Z' }, db)).rejects.toThrow(
      /source, calendarId and label/,
    );
    expect(await listCalendarEvents(CAL, db)).toEqual([]);
  });

  it('refuses copies of another calendar', async () => {
    const db = freshDatabase();
    await expect(replaceCalendarEvents(CAL, [copy('a', 'ics:other.ics')], newState, db)).rejects.toThrow(/does not belong/);
    expect(await getSyncState(CAL, db)).toBeUndefined();
  });
});

/** A page that deletes nothing. */
const nothing = { deletedEventIds: [], cancelledIds: [] };

describe('applyEventPage', () => {
  it('upserts, deletes and clears state fields set to undefined in one step', async () => {
    const db = freshDatabase();
    await applyEventPage(CAL, { ...nothing, upserts: [copy('a'), copy('b')] }, { ...newState, pageToken: 'p2' }, db);

    const counts = await applyEventPage(
      CAL,
      { upserts: [copy('a', CAL, 'A moved'), copy('c')], deletedEventIds: ['b', 'never-seen'], cancelledIds: [] },
      { pageToken: undefined, syncToken: 's1' },
      db,
    );

    expect(counts).toEqual({ added: 1, updated: 1, removed: 1 });
    expect((await listCalendarEvents(CAL, db)).map((event) => event.event.summary).sort()).toEqual(['A moved', 'Event c']);
    const state = await getSyncState(CAL, db);
    expect(state?.syncToken).toBe('s1');
    expect(state).not.toHaveProperty('pageToken');
  });

  it('a cancelled series id removes every stored occurrence of it, and a cancelled one-off only itself', async () => {
    const db = freshDatabase();
    const occurrence = (day: number) => copy(`weekly_2026050${day}T090000Z`, CAL, 'Weekly', { recurringEventId: 'weekly' });
    await applyEventPage(CAL, { ...nothing, upserts: [occurrence(4), occurrence(5), occurrence(6), copy('one-off'), copy('other')] }, newState, db);
    await applyEventPage('google:primary', { ...nothing, upserts: [copy('weekly_20260504T090000Z', 'google:primary', 'Weekly', { recurringEventId: 'weekly' })] }, { source: 'google', calendarId: 'primary', label: 'Me' }, db);

    const counts = await applyEventPage(CAL, { upserts: [], deletedEventIds: [], cancelledIds: ['weekly', 'one-off'] }, {}, db);

    expect(counts).toEqual({ added: 0, updated: 0, removed: 4 });
    expect((await listCalendarEvents(CAL, db)).map((event) => event.eventId)).toEqual(['other']);
    // Another calendar's copy of a series with the same id is not touched.
    expect(await listCalendarEvents('google:primary', db)).toHaveLength(1);
  });

  it('keeps the old copies through a full sync’s pages and sweeps those it did not see with its last page', async () => {
    const db = freshDatabase();
    await applyEventPage(CAL, { ...nothing, upserts: [copy('kept'), copy('changed'), copy('deleted-meanwhile')] }, newState, db);
    const sweep = { startMs: Date.parse('2026-01-01T00:00:00Z'), endMs: Date.parse('2027-01-01T00:00:00Z') };

    const first = await applyEventPage(CAL, { ...nothing, upserts: [copy('kept'), copy('new')], mark: 'full-1' }, {}, db);
    expect(first).toEqual({ added: 1, updated: 0, removed: 0 });
    expect((await listCalendarEvents(CAL, db)).map((event) => event.eventId).sort()).toEqual(['changed', 'deleted-meanwhile', 'kept', 'new']);

    const last = await applyEventPage(CAL, { ...nothing, upserts: [copy('changed', CAL, 'Changed')], mark: 'full-1', sweep }, {}, db);
    expect(last).toEqual({ added: 0, updated: 1, removed: 1 });
    expect((await listCalendarEvents(CAL, db)).map((event) => event.eventId).sort()).toEqual(['changed', 'kept', 'new']);
  });

  it('a sweep counts only removals inside the window it listed; copies outside it just go', async () => {
    const db = freshDatabase();
    const farAhead = copy('far-ahead', CAL, 'Later', { start: { dateTime: '2029-05-04T09:00:00Z' }, end: { dateTime: '2029-05-04T10:00:00Z' } });
    await applyEventPage(CAL, { ...nothing, upserts: [copy('a'), farAhead] }, newState, db);
    const sweep = { startMs: Date.parse('2026-01-01T00:00:00Z'), endMs: Date.parse('2027-01-01T00:00:00Z') };
    expect(await applyEventPage(CAL, { ...nothing, upserts: [copy('a')], mark: 'full-2', sweep }, {}, db)).toEqual({ added: 0, updated: 0, removed: 0 });
    expect((await listCalendarEvents(CAL, db)).map((event) => event.eventId)).toEqual(['a']);
  });

  it('on a first sync into an empty calendar writes without looking up what is stored', async () => {
    const db = freshDatabase();
    const counts = await applyEventPage(CAL, { ...nothing, upserts: [copy('a'), copy('b')], mark: 'full-1', storeWasEmpty: true }, newState, db);
    expect(counts).toEqual({ added: 2, updated: 0, removed: 0 });
    expect((await listCalendarEvents(CAL, db)).every((event) => event.syncMark === 'full-1')).toBe(true);
  });

  it('applying the same page twice changes nothing the second time', async () => {
    const db = freshDatabase();
    const page = { upserts: [copy('a'), copy('b')], deletedEventIds: ['c'], cancelledIds: [] };
    await applyEventPage(CAL, page, newState, db);
    const again = await applyEventPage(CAL, page, {}, db);
    expect(again).toEqual({ added: 0, updated: 0, removed: 0 });
    expect(await listCalendarEvents(CAL, db)).toHaveLength(2);
  });
});

describe('pruning', () => {
  it('drops the copies wholly outside the window, by Google’s bounds, and leaves other calendars alone', async () => {
    const db = freshDatabase();
    const at = (id: string, start: string, end: string, calendarKey = CAL) => copy(id, calendarKey, id, { start: { dateTime: start }, end: { dateTime: end } });
    const window = { startMs: Date.parse('2026-05-01T00:00:00Z'), endMs: Date.parse('2026-06-01T00:00:00Z') };
    await applyEventPage(
      CAL,
      {
        ...nothing,
        upserts: [
          at('ended-before', '2026-04-30T09:00:00Z', '2026-04-30T10:00:00Z'),
          at('ends-at-start', '2026-04-30T23:00:00Z', '2026-05-01T00:00:00Z'),
          at('spans-start', '2026-04-30T23:00:00Z', '2026-05-01T01:00:00Z'),
          at('inside', '2026-05-10T09:00:00Z', '2026-05-10T10:00:00Z'),
          at('starts-at-end', '2026-06-01T00:00:00Z', '2026-06-01T01:00:00Z'),
          at('years-ahead', new Date(window.endMs + 900 * DAY).toISOString(), new Date(window.endMs + 900 * DAY + 3_600_000).toISOString()),
        ],
      },
      newState,
      db,
    );
    await applyEventPage('google:primary', { ...nothing, upserts: [at('other-old', '2020-01-01T09:00:00Z', '2020-01-01T10:00:00Z', 'google:primary')] }, { source: 'google', calendarId: 'primary', label: 'Me' }, db);

    expect(await pruneCalendar(CAL, window, db)).toBe(4);
    expect((await listCalendarEvents(CAL, db)).map((event) => event.eventId).sort()).toEqual(['inside', 'spans-start']);
    expect(await listCalendarEvents('google:primary', db)).toHaveLength(1);
  });
});

describe('sync state helpers', () => {
  it('keeps only the newest 200 skip reasons', async () => {
    const db = freshDatabase();
    const skipped = Array.from({ length: 250 }, (_, index) => ({ eventId: `e${index}`, reason: 'bad' }));
    const state = await updateSyncState(CAL, { ...newState, skipped, notices: skipped }, db);
    expect(state.skipped).toHaveLength(200);
    expect(state.skipped[0]?.eventId).toBe('e50');
    expect(state.notices).toHaveLength(200);
  });

  it('deleteCalendarData removes the events and the state of that calendar only', async () => {
    const db = freshDatabase();
    await replaceCalendarEvents(CAL, [copy('a'), copy('b')], newState, db);
    await replaceCalendarEvents('google:primary', [copy('g', 'google:primary')], { source: 'google', calendarId: 'primary', label: 'Me' }, db);
    expect(await deleteCalendarData(CAL, db)).toBe(2);
    expect(await getSyncState(CAL, db)).toBeUndefined();
    expect(await listCalendarEvents('google:primary', db)).toHaveLength(1);
  });
});

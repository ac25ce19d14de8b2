import { describe, expect, it } from 'vitest';
import { MentoringDatabase } from '../../../lib/db/database';
import { toEventCopy } from '../../../lib/calendar/event-copy';
import {
  applyEventPage,
  deleteCalendarData,
  getSyncState,
  listCalendarEvents,
  replaceCalendarEvents,
  updateSyncState,
} from '../../../lib/calendar/sync/event-store';
import type { CalendarEventCopy } from '../../../lib/model';

const CAL = 'ics:team.ics';
const newState = { source: 'ics' as const, calendarId: 'team.ics', label: 'Team' };

function freshDb(): MentoringDatabase {
  return new MentoringDatabase(`event-store-${crypto.randomUUID()}`);
}

function copy(id: string, calendarKey = CAL, summary = `Event ${id}`): CalendarEventCopy {
  const result = toEventCopy(
    { id, summary, start: { dateTime: '2026-05-04T09:00:00Z' }, end: { dateTime: '2026-05-04T10:00:00Z' } },
    calendarKey,
    calendarKey.startsWith('google') ? 'google' : 'ics',
  );
  if (!result.ok) throw new Error(result.reason);
  return result.copy;
}

describe('replaceCalendarEvents', () => {
  it('replaces every event of the calendar and its sync state together, leaving other calendars alone', async () => {
    const db = freshDb();
    await replaceCalendarEvents(CAL, [copy('a'), copy('b')], newState, db);
    await replaceCalendarEvents('google:primary', [copy('g', 'google:primary')], { source: 'google', calendarId: 'primary', label: 'Me' }, db);

    const counts = await replaceCalendarEvents(CAL, [copy('b', CAL, 'B renamed'), copy('c')], { lastSyncAt: '2026-11-21T10:00:00.000Z' }, db);

    expect(counts).toEqual({ added: 1, updated: 1, removed: 1 });
    const events = await listCalendarEvents(CAL, db);
    expect(events.map((event) => [event.eventId, event.event.summary]).sort()).toEqual([
      ['b', 'B renamed'],
      ['c', 'Event c'],
    ]);
    expect(await listCalendarEvents('google:primary', db)).toHaveLength(1);
    expect(await getSyncState(CAL, db)).toMatchObject({ ...newState, lastSyncAt: '2026-11-21T10:00:00.000Z', skipped: [] });
  });

  it('writes nothing when the sync state is invalid', async () => {
    const db = freshDb();
    await replaceCalendarEvents(CAL, [copy('a')], newState, db);
    await expect(replaceCalendarEvents(CAL, [copy('z')], { label: 'x'.repeat(301) }, db)).rejects.toThrow(/label/);
    expect((await listCalendarEvents(CAL, db)).map((event) => event.eventId)).toEqual(['a']);
    expect((await getSyncState(CAL, db))?.label).toBe('Team');
  });

  it('refuses a first write that does not say what the calendar is', async () => {
    const db = freshDb();
    await expect(replaceCalendarEvents(CAL, [copy('a')], { lastSyncAt: '2026-11-21T10:00:00.000Z' }, db)).rejects.toThrow(
      /source, calendarId and label/,
    );
    expect(await listCalendarEvents(CAL, db)).toEqual([]);
  });

  it('refuses copies of another calendar', async () => {
    const db = freshDb();
    await expect(replaceCalendarEvents(CAL, [copy('a', 'ics:other.ics')], newState, db)).rejects.toThrow(/does not belong/);
    expect(await getSyncState(CAL, db)).toBeUndefined();
  });
});

describe('applyEventPage', () => {
  it('upserts, deletes and clears state fields set to undefined in one step', async () => {
    const db = freshDb();
    await applyEventPage(CAL, { upserts: [copy('a'), copy('b')], deletedEventIds: [] }, { ...newState, pageToken: 'p2' }, db);

    const counts = await applyEventPage(
      CAL,
      { upserts: [copy('a', CAL, 'A moved'), copy('c')], deletedEventIds: ['b', 'never-seen'] },
      { pageToken: undefined, syncToken: 's1' },
      db,
    );

    expect(counts).toEqual({ added: 1, updated: 1, removed: 1 });
    expect((await listCalendarEvents(CAL, db)).map((event) => event.event.summary).sort()).toEqual(['A moved', 'Event c']);
    const state = await getSyncState(CAL, db);
    expect(state?.syncToken).toBe('s1');
    expect(state).not.toHaveProperty('pageToken');
  });

  it('replaceAll removes the calendar’s earlier events before writing the page', async () => {
    const db = freshDb();
    await applyEventPage(CAL, { upserts: [copy('old')], deletedEventIds: [] }, newState, db);
    const counts = await applyEventPage(CAL, { upserts: [copy('new')], deletedEventIds: [], replaceAll: true }, {}, db);
    expect(counts).toEqual({ added: 1, updated: 0, removed: 1 });
    expect((await listCalendarEvents(CAL, db)).map((event) => event.eventId)).toEqual(['new']);
  });

  it('after the calendar was emptied in the same sync, writes pages without looking up what is stored', async () => {
    const db = freshDb();
    await applyEventPage(CAL, { upserts: [copy('old')], deletedEventIds: [] }, newState, db);
    await applyEventPage(CAL, { upserts: [copy('a')], deletedEventIds: [], replaceAll: true }, {}, db);
    const counts = await applyEventPage(CAL, { upserts: [copy('b')], deletedEventIds: ['cancelled-meanwhile'], emptiedBefore: true }, {}, db);
    expect(counts).toEqual({ added: 1, updated: 0, removed: 0 });
    expect((await listCalendarEvents(CAL, db)).map((event) => event.eventId).sort()).toEqual(['a', 'b']);
  });

  it('applying the same page twice changes nothing the second time', async () => {
    const db = freshDb();
    const page = { upserts: [copy('a'), copy('b')], deletedEventIds: ['c'] };
    await applyEventPage(CAL, page, newState, db);
    const again = await applyEventPage(CAL, page, {}, db);
    expect(again).toEqual({ added: 0, updated: 2, removed: 0 });
    expect(await listCalendarEvents(CAL, db)).toHaveLength(2);
  });
});

describe('sync state helpers', () => {
  it('keeps only the newest 200 skip reasons', async () => {
    const db = freshDb();
    const skipped = Array.from({ length: 250 }, (_, index) => ({ eventId: `e${index}`, reason: 'bad' }));
    const state = await updateSyncState(CAL, { ...newState, skipped }, db);
    expect(state.skipped).toHaveLength(200);
    expect(state.skipped[0]?.eventId).toBe('e50');
  });

  it('deleteCalendarData removes the events and the state of that calendar only', async () => {
    const db = freshDb();
    await replaceCalendarEvents(CAL, [copy('a'), copy('b')], newState, db);
    await replaceCalendarEvents('google:primary', [copy('g', 'google:primary')], { source: 'google', calendarId: 'primary', label: 'Me' }, db);
    expect(await deleteCalendarData(CAL, db)).toBe(2);
    expect(await getSyncState(CAL, db)).toBeUndefined();
    expect(await listCalendarEvents('google:primary', db)).toHaveLength(1);
  });
});

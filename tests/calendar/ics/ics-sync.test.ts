import { describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../../support/fresh-database';
import { listCalendarEvents } from '../../../lib/calendar/sync/event-store';
import { seriesIdOf } from '../../../lib/calendar/ics/ics-ids';
import { addIcsAddress, importIcsText, pollIcsAddresses, type IcsSyncDeps } from '../../../lib/calendar/ics/ics-sync';
import type { FetchLike } from '../../../lib/calendar/ics/ics-fetch';
import { inProcessIcsParser as parser } from '../../../lib/calendar/ics/ics-parse';
import type { MentoringDatabase } from '../../../lib/db/database';
import { getSettings, updateSettings } from '../../../lib/settings/settings-store';
import { fixture, NOW, unknownZoneCalendar } from './support';

const SECRET_URL = 'https://calendar.google.com/calendar/ical/ada%40example.com/private-0123456789abcdef/basic.ics';
const URL_KEY = `ics:${SECRET_URL}`;
const CIRCLE_SERIES = seriesIdOf('0n8v3kq1mentoringcircle2026@google.com');

/** Answers every request with the current `body`, or the current failure. */
function fakeServer(body: string) {
  const server = { body, status: 200, requests: 0 };
  const fetch: FetchLike = async () => {
    server.requests += 1;
    return new Response(server.body, { status: server.status, headers: { 'content-type': 'text/calendar; charset=utf-8' } });
  };
  return { server, fetch };
}

function deps(db: MentoringDatabase, fetch: FetchLike, granted = true): IcsSyncDeps {
  return { db, fetch, now: () => NOW, userTimeZone: 'Europe/Berlin', hasPermission: async () => granted, parser };
}

/** The Google export after the organiser renamed the circle and deleted the all-day review. */
function editedGoogleExport(): string {
  return fixture('google-export.ics')
    .replace('SUMMARY:Mentoring circle – strategic thinking', 'SUMMARY:Mentoring circle – decision-making')
    .replace(/BEGIN:VEVENT\r\n(?:(?!END:VEVENT)[\s\S])*?1a2b3c4d5e6f7g8h9i0jallday@google\.com[\s\S]*?END:VEVENT\r\n/, '');
}

describe('importing a calendar file', () => {
  it('stores every event with a sync state naming the calendar', async () => {
    const db = freshDatabase();
    const result = await importIcsText('ada.ics', fixture('google-export.ics'), { db, now: () => NOW, parser });

    expect(result).toEqual({ calendarKey: 'ics:ada.ics', events: 32, skipped: 0, shortened: 0, notices: [] });
    expect(await listCalendarEvents('ics:ada.ics', db)).toHaveLength(32);
    const state = await db.syncStates.get('ics:ada.ics');
    expect(state).toMatchObject({ source: 'ics-file', calendarId: 'ada.ics', label: 'Ada Lovelace – mentoring', skipped: [] });
    expect(state?.lastSyncAt).toBe(new Date(NOW).toISOString());
    expect((await getSettings(db)).calendarSource).toBe('ics-file');
  });

  it('updates on re-import: no duplicates, changed events changed, removed events gone', async () => {
    const db = freshDatabase();
    await importIcsText('ada.ics', fixture('google-export.ics'), { db, now: () => NOW, parser });
    const before = (await listCalendarEvents('ics:ada.ics', db)).map((copy) => copy.key).sort();

    await importIcsText('ada.ics', fixture('google-export.ics'), { db, now: () => NOW, parser });
    expect((await listCalendarEvents('ics:ada.ics', db)).map((copy) => copy.key).sort()).toEqual(before);

    const result = await importIcsText('ada.ics', editedGoogleExport(), { db, now: () => NOW, parser });
    expect(result.events).toBe(31);
    const after = await listCalendarEvents('ics:ada.ics', db);
    expect(after).toHaveLength(31);
    expect(after.some((copy) => copy.event.summary === 'Mentoring programme mid-year review')).toBe(false);
    const circle = after.filter((copy) => copy.seriesId === CIRCLE_SERIES);
    expect(circle).toHaveLength(10);
    expect(circle.every((copy) => copy.event.summary === 'Mentoring circle – decision-making')).toBe(true);
    expect(after.map((copy) => copy.key).every((key) => before.includes(key))).toBe(true);
  });

  it('records why broken events were skipped while storing the rest', async () => {
    const db = freshDatabase();
    const result = await importIcsText('mixed.ics', fixture('malformed-events.ics'), { db, now: () => NOW, parser });
    expect(result).toEqual({ calendarKey: 'ics:mixed.ics', events: 2, skipped: 4, shortened: 0, notices: [] });
    const state = await db.syncStates.get('ics:mixed.ics');
    expect(state?.skipped.map((skip) => skip.eventId).sort()).toEqual([
      'backwards@example.org',
      'bad-date@example.org',
      'bad-rule@example.org',
      'no-start@example.org',
    ]);
  });

  it('stores nothing from an invalid file and says which file and why', async () => {
    const db = freshDatabase();
    await expect(importIcsText('login.ics', fixture('not-a-calendar.ics'), { db, now: () => NOW, parser })).rejects.toThrow(
      '“login.ics” could not be imported. This is not an iCalendar file: it does not begin with BEGIN:VCALENDAR.',
    );
    expect(await db.events.count()).toBe(0);
    expect(await db.syncStates.count()).toBe(0);
    expect((await getSettings(db)).calendarSource).toBe('none');
  });

  it('keeps the previous import when a broken version of the file is imported over it', async () => {
    const db = freshDatabase();
    await importIcsText('ada.ics', fixture('google-export.ics'), { db, now: () => NOW, parser });
    const stateBefore = await db.syncStates.get('ics:ada.ics');
    const truncated = fixture('google-export.ics').slice(0, 3_000);
    await expect(importIcsText('ada.ics', truncated, { db, now: () => NOW + 60_000, parser })).rejects.toThrow(/incomplete/);
    expect(await listCalendarEvents('ics:ada.ics', db)).toHaveLength(32);
    expect(await db.syncStates.get('ics:ada.ics')).toEqual(stateBefore);
  });

  it('says in the import summary when a time zone is unknown, and reads its times as the calendar’s own', async () => {
    const db = freshDatabase();
    const text = unknownZoneCalendar('20261202T100000', [
      'BEGIN:VEVENT',
      'UID:berlin-1@example.org',
      'DTSTAMP:20261101T000000Z',
      'DTSTART;TZID=Europe/Berlin:20261203T100000',
      'SUMMARY:Mentoring on Earth',
      'END:VEVENT',
    ]);

    const result = await importIcsText('mars.ics', text, { db, now: () => NOW, parser, userTimeZone: 'America/New_York' });

    expect(result).toMatchObject({ events: 2, skipped: 0 });
    expect(result.notices).toEqual(['The time zone “Mars/Olympus_Mons” is not one this browser knows, so times written in it were read as Europe/Berlin time.']);
    const [orbit] = (await listCalendarEvents('ics:mars.ics', db)).filter((copy) => copy.event.summary === 'Mentoring from orbit');
    expect(orbit?.event.start).toEqual({ dateTime: '2026-12-02T10:00:00+01:00', timeZone: 'Europe/Berlin' });
    // The note stays with the calendar, for a polled address as much as for a file.
    expect((await db.syncStates.get('ics:mars.ics'))?.notices).toEqual([{ eventId: '', reason: result.notices[0] }]);
  });

  it('marks the user’s own attendance from the settings', async () => {
    const db = freshDatabase();
    await updateSettings((settings) => ({ ...settings, selfEmail: 'grace.hopper@example.com' }), db);
    await importIcsText('ada.ics', fixture('google-export.ics'), { db, now: () => NOW, parser });
    const events = await listCalendarEvents('ics:ada.ics', db);
    const selves = events.flatMap((copy) => copy.event.attendees ?? []).filter((person) => person.self);
    expect(selves.length).toBeGreaterThan(0);
    expect(selves.every((person) => person.email === 'grace.hopper@example.com')).toBe(true);
  });

  it('learns the user’s address from a Google calendar named after its owner', async () => {
    const db = freshDatabase();
    const text = fixture('google-export.ics').replace('X-WR-CALNAME:Ada Lovelace – mentoring', 'X-WR-CALNAME:grace.hopper@example.com');
    await importIcsText('grace.ics', text, { db, now: () => NOW, parser });
    expect((await getSettings(db)).selfEmail).toBe('grace.hopper@example.com');
    const [first] = (await listCalendarEvents('ics:grace.ics', db)).filter((copy) => copy.event.summary === 'Mentoring: Ada / Grace');
    expect(first?.event.attendees?.find((person) => person.self)?.email).toBe('grace.hopper@example.com');
  });
});

describe('adding a calendar address', () => {
  it('downloads, stores and labels the calendar', async () => {
    const db = freshDatabase();
    const { server, fetch } = fakeServer(fixture('outlook-export.ics'));
    const result = await addIcsAddress(SECRET_URL, deps(db, fetch));
    expect(result).toEqual({ calendarKey: URL_KEY, events: 17, skipped: 0, shortened: 0, notices: [] });
    expect(server.requests).toBe(1);
    expect(await db.syncStates.get(URL_KEY)).toMatchObject({ source: 'ics-url', calendarId: SECRET_URL, label: 'Calendar' });
  });

  it('refuses without the origin permission, naming the site, and fetches nothing', async () => {
    const db = freshDatabase();
    const { server, fetch } = fakeServer(fixture('outlook-export.ics'));
    await expect(addIcsAddress(SECRET_URL, deps(db, fetch, false))).rejects.toThrow(
      'Mentoring Companion may not read calendar.google.com yet. Add the address again from the options page and allow access to calendar.google.com when the browser asks.',
    );
    expect(server.requests).toBe(0);
    expect(await db.syncStates.count()).toBe(0);
  });

  it('stores nothing when the address answers with an error or a web page', async () => {
    const db = freshDatabase();
    const { server, fetch } = fakeServer('Not found');
    server.status = 404;
    await expect(addIcsAddress(SECRET_URL, deps(db, fetch))).rejects.toThrow(
      'calendar.google.com has no calendar at this address (HTTP 404). Copy the iCal address again from your calendar\'s settings.',
    );
    server.status = 200;
    server.body = fixture('not-a-calendar.ics');
    await expect(addIcsAddress(SECRET_URL, deps(db, fetch))).rejects.toThrow(
      'The address on calendar.google.com did not return a usable calendar. This is not an iCalendar file',
    );
    expect(await db.syncStates.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });

  it('gives up on a server that does not answer, without naming the secret address', async () => {
    const hanging: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const error = await addIcsAddress(SECRET_URL, { ...deps(freshDatabase(), hanging), timeoutMs: 5 }).catch((caught: Error) => caught);
    expect((error as Error).message).toMatch(/^calendar\.google\.com did not send the calendar within/);
    expect((error as Error).message).not.toContain('private-0123456789abcdef');
  });
});

describe('polling calendar addresses', () => {
  it('keeps the previous events when a poll fails and records the error; the next good poll clears it', async () => {
    const db = freshDatabase();
    const { server, fetch } = fakeServer(fixture('google-export.ics'));
    await addIcsAddress(SECRET_URL, deps(db, fetch));
    server.status = 503;

    const failed = await pollIcsAddresses(deps(db, fetch));
    expect(failed.calendars).toBe(1);
    expect(failed.errors).toEqual([
      'Ada Lovelace – mentoring: calendar.google.com is busy or unavailable (HTTP 503); it will be tried again later.',
    ]);
    expect(await listCalendarEvents(URL_KEY, db)).toHaveLength(32);
    expect((await db.syncStates.get(URL_KEY))?.lastError).toMatchObject({ status: 503, message: expect.stringContaining('HTTP 503') });

    server.status = 200;
    server.body = editedGoogleExport();
    const recovered = await pollIcsAddresses(deps(db, fetch));
    // Only what changed counts: the renamed circle's ten occurrences, and the deleted review.
    expect(recovered).toMatchObject({ calendars: 1, added: 0, updated: 10, removed: 1, errors: [] });
    expect((await db.syncStates.get(URL_KEY))?.lastError).toBeUndefined();
  });

  it('keeps the previous events when the download is cut off', async () => {
    const db = freshDatabase();
    const { server, fetch } = fakeServer(fixture('google-export.ics'));
    await addIcsAddress(SECRET_URL, deps(db, fetch));
    server.body = fixture('google-export.ics').slice(0, 4_000);
    const summary = await pollIcsAddresses(deps(db, fetch));
    expect(summary.errors[0]).toMatch(/The calendar could not be read\. The file ends inside BEGIN:/);
    expect(await listCalendarEvents(URL_KEY, db)).toHaveLength(32);
    expect((await db.syncStates.get(URL_KEY))?.lastError?.message).toMatch(/incomplete/);
  });

  it('records a withdrawn permission instead of fetching', async () => {
    const db = freshDatabase();
    const { server, fetch } = fakeServer(fixture('outlook-export.ics'));
    await addIcsAddress(SECRET_URL, deps(db, fetch));
    const summary = await pollIcsAddresses(deps(db, fetch, false));
    expect(server.requests).toBe(1);
    expect(summary.errors[0]).toContain('may not read calendar.google.com');
    expect((await db.syncStates.get(URL_KEY))?.lastError?.message).toContain('may not read calendar.google.com');
  });

  it('polls addresses only, not imported files', async () => {
    const db = freshDatabase();
    await importIcsText('ada.ics', fixture('google-export.ics'), { db, now: () => NOW, parser });
    const fetch = vi.fn<FetchLike>();
    const summary = await pollIcsAddresses(deps(db, fetch));
    expect(summary.calendars).toBe(0);
    expect(fetch).not.toHaveBeenCalled();
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../support/fresh-database';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GoogleAuthError } from '../../../lib/calendar/google/auth';
import { EVENTS_SCOPE } from '../../../lib/calendar/google/config';
import { getSyncState } from '../../../lib/calendar/sync/event-store';
import { CALENDAR_LIST_REFUSED, createGoogleSource } from '../../../lib/calendar/google/google-source';
import { selectedGoogleCalendars } from '../../../lib/calendar/google/google-calendars';
import { createSyncLease } from '../../../lib/calendar/google/lease';
import { createIcsFileSource } from '../../../lib/calendar/ics/ics-file-source';
import { createIcsUrlSource } from '../../../lib/calendar/ics/ics-url-source';
import { calendarMessageHandlers } from '../../../lib/background/sync-everything';
import type { MentoringDatabase } from '../../../lib/db/database';
import { validate } from '../../../lib/model/validation';
import { messageDataSchemas } from '../../../lib/messaging/protocol';
import { startEmulator, type RunningEmulator } from '../../../tools/calendar-emulator/index';
import { NOW, fastBackoff, localSummaries } from './support/environment';
import { fakeAuth } from './support/service';
import { storageItems } from '../../../lib/storage/storage-items';

/** The calendar-choice messages, handled by the real service against the Calendar API emulator's sample data. */
const PROGRAMME = 'c_7m3ntor1ngpr0gramme2526@group.calendar.google.com';
const HOLIDAYS = 'en.uk#holiday@group.v.calendar.google.com';

let emulator: RunningEmulator;
let db: MentoringDatabase;

beforeAll(async () => {
  emulator = await startEmulator({ httpsPort: false, dataFile: 'tools/calendar-emulator/data/sample-mentoring.json', now: NOW().toISOString() });
});
afterAll(async () => {
  await emulator?.close();
});
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDatabase();
});

/** A fake account whose tokens the emulator checks: each carries exactly the scopes granted so far. */
function setup(options: { refuseCalendarList?: 'decline' | 'untick' } = {}) {
  const account = fakeAuth();
  const signIn = account.auth.signIn;
  account.auth.signIn = async (extra = []) => {
    if (extra.length > 0 && options.refuseCalendarList === 'decline') throw new GoogleAuthError('Google sign-in was cancelled: access was not allowed.', 'cancelled');
    return signIn(options.refuseCalendarList === 'untick' ? [] : extra);
  };
  account.auth.getToken = async () => {
    const scopes = account.state.scopes.map((scope) => (scope === 'events' ? EVENTS_SCOPE : scope));
    return emulator.control.issueToken({ scopes }).access_token;
  };
  account.auth.renewToken = account.auth.getToken;
  const sync = createGoogleSource({
    db,
    auth: account.auth,
    selectedCalendars: storageItems.selectedGoogleCalendars,
    lease: createSyncLease({ record: storageItems.syncLease }),
    baseUrl: `${emulator.url}/calendar/v3`,
    backoff: fastBackoff(),
    now: NOW,
  });
  const sources = { google: sync, 'ics-file': createIcsFileSource({ db }), 'ics-url': createIcsUrlSource({ db }) };
  return { account, sync, handlers: { ...sync.handlers, ...calendarMessageHandlers(sources, db) } };
}

describe('choosing Google calendars through the messages', () => {
  it('lists the account’s calendars once the calendar-list scope is granted, and syncs an added one', async () => {
    const { account, sync, handlers } = setup();
    await handlers.signInGoogle();
    expect(account.hasCalendarListScope()).toBe(false);

    const { calendars } = await handlers.listGoogleCalendars();
    expect(account.hasCalendarListScope()).toBe(true);
    expect(calendars).toEqual([
      { calendarId: 'primary', label: 'jordan.lee@corp.example', primary: true, selected: true },
      { calendarId: PROGRAMME, label: 'Mentoring Programme 2025/26', primary: false, selected: false },
      { calendarId: HOLIDAYS, label: 'Holidays in United Kingdom', primary: false, selected: false },
    ]);

    expect(await handlers.addGoogleCalendar({ calendarId: PROGRAMME, label: 'Mentoring Programme 2025/26' })).toEqual({ calendarKey: `google:${PROGRAMME}` });
    await sync.idle();
    const expected = Object.fromEntries(emulator.control.listEvents(PROGRAMME).map((event) => [event.id, event.summary ?? undefined]));
    expect(Object.keys(expected)).toHaveLength(5);
    expect(await localSummaries(db, `google:${PROGRAMME}`)).toEqual(expected);
    const state = await getSyncState(`google:${PROGRAMME}`, db);
    expect(state).toMatchObject({ label: 'Mentoring Programme 2025/26', skipped: [] });
    expect(state?.lastError).toBeUndefined();
    expect((await handlers.listGoogleCalendars()).calendars.find((calendar) => calendar.calendarId === PROGRAMME)?.selected).toBe(true);

    // Adding it again changes nothing; removing goes through removeCalendar.
    await handlers.addGoogleCalendar({ calendarId: PROGRAMME });
    expect((await selectedGoogleCalendars(storageItems.selectedGoogleCalendars)).map((calendar) => calendar.calendarId)).toEqual(['primary', PROGRAMME]);
    await handlers.removeCalendar({ calendarKey: `google:${PROGRAMME}`, keepData: false });
    expect(await localSummaries(db, `google:${PROGRAMME}`)).toEqual({});
    expect((await selectedGoogleCalendars(storageItems.selectedGoogleCalendars)).map((calendar) => calendar.calendarId)).toEqual(['primary']);
  });

  it('says clearly that the calendars cannot be listed when the user declines or unticks the permission', async () => {
    for (const refusal of ['decline', 'untick'] as const) {
      const { account, handlers } = setup({ refuseCalendarList: refusal });
      await handlers.signInGoogle();
      await expect(handlers.listGoogleCalendars()).rejects.toThrow(CALENDAR_LIST_REFUSED);
      // Still signed in, still syncing the primary calendar.
      expect(account.state.signedIn).toBe(true);
      expect(await selectedGoogleCalendars(storageItems.selectedGoogleCalendars)).toEqual([{ calendarId: 'primary', label: 'Primary calendar' }]);
    }
  });

  it('asks to connect Google first when not signed in', async () => {
    const { handlers } = setup();
    await expect(handlers.listGoogleCalendars()).rejects.toThrow('Connect your Google account first.');
    await expect(handlers.addGoogleCalendar({ calendarId: PROGRAMME })).rejects.toThrow('Connect your Google account first.');
    expect(await selectedGoogleCalendars(storageItems.selectedGoogleCalendars)).toEqual([]);
  });

  it('refuses a blank calendar id or an over-long label before any handler runs', () => {
    const check = (data: unknown) => () => validate(messageDataSchemas.addGoogleCalendar, 'message "addGoogleCalendar"', data);
    expect(check({ calendarId: '' })).toThrow(/calendarId/);
    expect(check({ calendarId: PROGRAMME, label: 'x'.repeat(301) })).toThrow(/label/);
    expect(check({ calendarId: PROGRAMME, label: 'Team' })).not.toThrow();
  });
});

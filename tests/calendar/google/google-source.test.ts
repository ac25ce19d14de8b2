import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../support/fresh-database';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CALENDAR_LIST_SCOPE } from '../../../lib/calendar/google/config';
import { getSyncState, listSyncStates } from '../../../lib/calendar/sync/event-store';
import { ANOTHER_SYNC_RUNNING } from '../../../lib/calendar/google/google-source';
import { selectedGoogleCalendars } from '../../../lib/calendar/google/google-calendars';
import { onSyncCompleted, type CalendarDataChange } from '../../../lib/calendar/sync/sync-events';
import { getSettings, updateSettings } from '../../../lib/settings/settings-store';
import { FakeCalendarApi, anApiEvent, json } from './support/fake-calendar-api';
import { localSummaries, serverSummaries } from './support/environment';
import { fakeAuth, serviceFor } from './support/service';
import { storageItems } from '../../../lib/storage/storage-items';

function setup(eventCount = 5) {
  const api = new FakeCalendarApi();
  for (let index = 0; index < eventCount; index++) api.put(anApiEvent(`ev${index}`, index));
  const db = freshDatabase();
  const account = fakeAuth();
  const sync = serviceFor(api, db, account.auth);
  return { api, db, account, sync };
}

let changes: CalendarDataChange[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  changes = [];
  return onSyncCompleted((change) => void changes.push(change));
});

describe('signing in', () => {
  it('chooses the primary calendar, switches the source to Google and syncs it', async () => {
    const { api, db, sync } = setup();
    expect(await sync.signIn()).toEqual({ calendarKey: 'google:primary' });
    const summary = await sync.syncAll();
    expect(summary).toMatchObject({ calendars: 1, added: 5, errors: [] });
    expect(await localSummaries(db)).toEqual(serverSummaries(api));
    expect((await getSettings(db)).calendarSource).toBe('google');
    expect(await selectedGoogleCalendars(storageItems.selectedGoogleCalendars)).toEqual([{ calendarId: 'primary', label: 'Primary calendar' }]);
  });

  it('learns the user’s address from the primary calendar’s name, without overriding one the user set', async () => {
    const { db, sync } = setup();
    await sync.signIn();
    await sync.idle();
    expect((await getSettings(db)).selfEmail).toBe('jordan.lee@corp.example');

    const other = setup();
    await updateSettings((settings) => ({ ...settings, selfEmail: 'me@elsewhere.example' }), other.db);
    await other.sync.signIn();
    await other.sync.idle();
    expect((await getSettings(other.db)).selfEmail).toBe('me@elsewhere.example');
  });

  it('does nothing on a sync before sign-in', async () => {
    const { api, sync } = setup();
    expect(await sync.syncAll()).toEqual({ calendars: 0, added: 0, updated: 0, removed: 0, skipped: 0, errors: [] });
    expect(api.requests).toHaveLength(0);
  });
});

describe('one sync at a time', () => {
  it('shares one running sync between callers in the same context', async () => {
    const { api, sync } = setup(2);
    await sync.signIn();
    await sync.syncAll();
    api.requests.length = 0;
    const [first, second, third] = await Promise.all([sync.syncAll(), sync.syncAll(), sync.syncAll()]);
    expect(api.requests).toHaveLength(1);
    expect(second).toBe(first);
    expect(third).toBe(first);
  });

  it('lets a second context step aside while the first holds the lease', async () => {
    const { api, db, account, sync } = setup(6);
    const otherContext = serviceFor(api, db, account.auth);
    await sync.signIn();
    const [mine, theirs] = await Promise.all([sync.syncAll(), otherContext.syncAll()]);
    expect(mine.errors).toEqual([]);
    expect(theirs).toMatchObject({ calendars: 0, errors: [ANOTHER_SYNC_RUNNING] });
    expect(await localSummaries(db)).toEqual(serverSummaries(api));
    // Once released, the lease lets the other context sync.
    await sync.idle();
    expect((await otherContext.syncAll()).errors).toEqual([]);
  });

  it('tells listeners after each sync that changed something, and not after a failed one', async () => {
    const { api, sync } = setup(2);
    await sync.signIn();
    await sync.idle();
    expect(changes).toEqual([expect.objectContaining({ reason: 'sync', calendarKeys: ['google:primary'] })]);

    await sync.syncAll();
    await sync.idle();
    expect(changes).toHaveLength(1);

    api.cancel('ev0');
    await sync.syncAll();
    await sync.idle();
    expect(changes.at(-1)).toMatchObject({ reason: 'sync', summary: { removed: 1 } });

    api.faults.push(() => json(404, { error: { message: 'Not Found' } }));
    const failed = await sync.syncAll();
    await sync.idle();
    expect(failed.errors).toEqual([expect.stringMatching(/^jordan.lee@corp.example: .*404/)]);
    expect(changes).toHaveLength(2);
  });
});

describe('signing out', () => {
  it('forgets the account and deletes the synced copies when asked', async () => {
    const { api, db, account, sync } = setup();
    await sync.signIn();
    await sync.syncAll();
    expect(await sync.signOut(false)).toEqual({ revoked: true });
    expect(account.state.signOuts).toBe(1);
    expect(await localSummaries(db)).toEqual({});
    expect(await listSyncStates('google', db)).toEqual([]);
    expect((await getSettings(db)).calendarSource).toBe('none');
    expect(changes.at(-1)).toMatchObject({ reason: 'removed', calendarKeys: ['google:primary'], summary: { removed: 5 } });
    api.requests.length = 0;
    expect((await sync.syncAll()).calendars).toBe(0);
    expect(api.requests).toHaveLength(0);
  });

  it('keeps the synced copies when asked, and stops syncing them', async () => {
    const { api, db, sync } = setup();
    await sync.signIn();
    await sync.syncAll();
    await sync.signOut(true);
    expect(await localSummaries(db)).toEqual(serverSummaries(api));
    // Listed as no longer synced, so the options page can still delete them.
    const kept = await getSyncState('google:primary', db);
    expect(kept?.stoppedAt).toBeDefined();
    expect(kept?.syncToken).toBeUndefined();
    api.put(anApiEvent('after-sign-out', 1));
    await sync.syncAll();
    expect(await db.events.get('google:primary|after-sign-out')).toBeUndefined();
  });

  it('stops a sync that is running and leaves nothing of it behind', async () => {
    const { api, db, sync } = setup(9);
    await sync.signIn();
    let releasePage: () => void = () => undefined;
    api.faults.push(() => undefined, async (url) => {
      await new Promise<void>((resolve) => (releasePage = resolve));
      return api.fetch(url, { headers: { authorization: 'Bearer token-1' } });
    });
    const running = sync.syncAll();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const signingOut = sync.signOut(false);
    releasePage();
    await signingOut;
    expect((await running).errors).toEqual(['The sync was stopped']);
    expect(await localSummaries(db)).toEqual({});
    expect(await listSyncStates('google', db)).toEqual([]);
  });
});

describe('choosing calendars', () => {
  it('lists the user’s calendars after asking for the calendar-list scope, and syncs an added one', async () => {
    const { api, db, account, sync } = setup(1);
    api.put(anApiEvent('team-1', 2), 'team@group.calendar.google.com');
    await sync.signIn();
    const listing = { items: [{ id: 'jordan.lee@corp.example', summary: 'jordan.lee@corp.example', primary: true }, { id: 'team@group.calendar.google.com', summary: 'Team' }] };
    api.faults.push(() => json(200, listing));
    const available = await sync.listAvailableCalendars();
    expect(account.hasCalendarListScope()).toBe(true);
    expect(available).toEqual([
      { calendarId: 'primary', label: 'jordan.lee@corp.example', primary: true, selected: true },
      { calendarId: 'team@group.calendar.google.com', label: 'Team', primary: false, selected: false },
    ]);
    expect(account.state.scopes).toContain(CALENDAR_LIST_SCOPE);

    changes = [];
    expect(await sync.addCalendar('team@group.calendar.google.com', 'Team')).toEqual({ calendarKey: 'google:team@group.calendar.google.com' });
    await sync.idle();
    // The primary calendar had no news: only the added one changed.
    expect(changes.at(-1)?.calendarKeys).toEqual(['google:team@group.calendar.google.com']);
    expect(await localSummaries(db, 'google:team@group.calendar.google.com')).toEqual(serverSummaries(api, 'team@group.calendar.google.com'));
  });

  it('removes one calendar, keeping or deleting its copies', async () => {
    const { api, db, sync } = setup(2);
    api.put(anApiEvent('team-1', 2), 'team@group.calendar.google.com');
    await sync.signIn();
    await sync.addCalendar('team@group.calendar.google.com', 'Team');
    await sync.idle();

    await sync.remove('google:team@group.calendar.google.com', true);
    expect(Object.keys(await localSummaries(db, 'google:team@group.calendar.google.com'))).toEqual(['team-1']);
    // Kept: no longer synced, and listed as such so the user can still delete the copies.
    const kept = await getSyncState('google:team@group.calendar.google.com', db);
    expect(kept?.stoppedAt).toBeDefined();
    expect(kept?.syncToken).toBeUndefined();

    await sync.remove('google:primary', false);
    expect(await localSummaries(db)).toEqual({});
    expect(await selectedGoogleCalendars(storageItems.selectedGoogleCalendars)).toEqual([]);
    api.requests.length = 0;
    await sync.syncAll();
    expect(api.requests).toHaveLength(0);
  });

  it('says so when there is no such calendar', async () => {
    const { sync } = setup(0);
    await expect(sync.remove('ics:nothing.ics', false)).rejects.toThrow('There is no Google calendar "ics:nothing.ics" to remove.');
  });
});

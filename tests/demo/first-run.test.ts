import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { onSyncCompleted, type CalendarDataChange } from '../../lib/calendar/sync/sync-events';
import { MentoringDatabase } from '../../lib/db/database';
import { hasDemoData } from '../../lib/demo/demo-store';
import { demoMessageHandlers, startFirstRun } from '../../lib/demo/first-run';
import { unhandledMessages } from '../../lib/messaging/register';
import { getSettings, updateSettings } from '../../lib/settings/settings-store';
import { aPairing } from '../support/factories';

let db: MentoringDatabase;
afterEach(async () => {
  await db?.delete();
});
function freshDatabase(): MentoringDatabase {
  db = new MentoringDatabase(`test-${crypto.randomUUID()}`);
  return db;
}

type InstallReason = Parameters<typeof fakeBrowser.runtime.onInstalled.trigger>[0]['reason'];
const installed = (reason: InstallReason) => fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false });

beforeAll(() => {
  // As the background does: once, synchronously, reading the database of the test that runs.
  startFirstRun(() => db);
});

describe('first run', () => {
  it('registers the demo messages as soon as the background starts', () => {
    expect(unhandledMessages()).not.toContain('loadDemo');
    expect(unhandledMessages()).not.toContain('removeDemo');
  });

  it('on a fresh install seeds the templates and loads the sample data', async () => {
    const db = freshDatabase();
    await installed('install');
    expect(await db.goalTemplates.count()).toBe(9);
    expect(await hasDemoData(db)).toBe(true);
    expect(await db.pairings.count()).toBe(6);
    expect(await getSettings(db)).toMatchObject({ calendarSource: 'demo', selfEmail: 'jordan.lee@corp.example' });
  });

  it('loads no sample data when a calendar is already connected', async () => {
    const db = freshDatabase();
    await updateSettings((settings) => ({ ...settings, calendarSource: 'google', selfEmail: 'me@example.org' }), db);
    await installed('install');
    expect(await db.goalTemplates.count()).toBe(9);
    expect(await hasDemoData(db)).toBe(false);
    expect(await getSettings(db)).toMatchObject({ calendarSource: 'google', selfEmail: 'me@example.org' });
  });

  it('loads no sample data when the user already has a pairing', async () => {
    const db = freshDatabase();
    await db.pairings.add(aPairing());
    await installed('install');
    expect(await hasDemoData(db)).toBe(false);
    expect(await db.pairings.count()).toBe(1);
  });

  it('on an update only brings the templates up to date', async () => {
    const db = freshDatabase();
    await installed('update');
    expect(await db.goalTemplates.count()).toBe(9);
    expect(await db.pairings.count()).toBe(0);
    await db.goalTemplates.update('builtin-delegation', { archived: true, updatedAt: '2026-11-22T00:00:00.000Z' });
    await installed('update');
    expect(await db.goalTemplates.get('builtin-delegation')).toMatchObject({ archived: true });
  });

  it('does nothing when the browser itself was updated', async () => {
    const db = freshDatabase();
    await installed('browser_update');
    expect(await db.goalTemplates.count()).toBe(0);
    expect(await db.pairings.count()).toBe(0);
  });
});

describe('demo message handlers', () => {
  it('load the sample data and say how much there is', async () => {
    const db = freshDatabase();
    const handlers = demoMessageHandlers(() => db);
    const loaded = await handlers.loadDemo(undefined);
    expect(loaded.pairings).toBe(6);
    expect(loaded.sessions).toBe(await db.sessions.count());
    expect(await handlers.loadDemo(undefined)).toEqual(loaded);
  });

  it('remove the sample data and say how many rows went', async () => {
    const db = freshDatabase();
    const handlers = demoMessageHandlers(() => db);
    await handlers.loadDemo(undefined);
    const rows = (await Promise.all(db.tables.map((table) => table.count()))).reduce((total, count) => total + count, 0);
    const settingsRows = await db.settings.count();
    expect(await handlers.removeDemo(undefined)).toEqual({ removed: rows - settingsRows });
    expect(await hasDemoData(db)).toBe(false);
    expect(await handlers.removeDemo(undefined)).toEqual({ removed: 0 });
  });

  it('announce the sample calendar’s arrival and departure, so sessions and prompts follow', async () => {
    const db = freshDatabase();
    const changes: CalendarDataChange[] = [];
    const stop = onSyncCompleted((change) => {
      changes.push(change);
    });
    try {
      const handlers = demoMessageHandlers(() => db);
      await handlers.loadDemo(undefined);
      const events = await db.events.count();
      await handlers.removeDemo(undefined);
      expect(changes.map((change) => [change.reason, change.calendarKeys])).toEqual([
        ['sync', ['demo:sample']],
        ['removed', ['demo:sample']],
      ]);
      expect(changes[0]!.summary).toMatchObject({ added: events, errors: [] });
      expect(changes[1]!.summary).toMatchObject({ removed: events, errors: [] });
    } finally {
      stop();
    }
  });
});

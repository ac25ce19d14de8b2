import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { MentoringDatabase, tableSchemas, type TableName } from '../../lib/db/database';
import { schemaVersions } from '../../lib/db/schema-versions';
import type { SyncState } from '../../lib/model';

/** Rows as version 2 wrote them, frozen in a fixture (never regenerated from today's factories). */
const frozen = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/version-2-calendar-rows.json', import.meta.url)), 'utf8')) as Record<
  'syncStates' | 'events' | 'settings',
  Record<string, unknown>[]
>;

const URL_KEY = 'ics:https://calendar.google.com/calendar/ical/ada%40example.org/private-0123456789abcdef/basic.ics';

let names: string[] = [];
afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
  names = [];
});

async function upgradedFromVersion2(): Promise<MentoringDatabase> {
  const name = `migration-v3-${crypto.randomUUID()}`;
  names.push(name);
  const version2 = new Dexie(name);
  version2.version(1).stores(schemaVersions[0].stores);
  version2.version(2).stores(schemaVersions[1].stores);
  await version2.open();
  for (const table of ['syncStates', 'events', 'settings'] as const) await version2.table(table).bulkPut(frozen[table]);
  version2.close();
  const current = new MentoringDatabase(name);
  await current.open();
  return current;
}

describe('database version 4', () => {
  it('tells ICS files from addresses, as version 2 did by the look of the id, and keeps keys and content', async () => {
    const db = await upgradedFromVersion2();
    expect((await db.syncStates.get('ics:mentoring.ics'))?.source).toBe('ics-file');
    expect(await db.syncStates.get(URL_KEY)).toMatchObject({ source: 'ics-url', label: 'ada@example.org', skipped: [{ eventId: 'broken-1' }] });
    expect((await db.syncStates.get('demo:sample'))?.source).toBe('demo');
    const events = await db.events.toArray();
    expect(Object.fromEntries(events.map((copy) => [copy.key, copy.source]))).toEqual({
      'ics:mentoring.ics|5f0c1a2b3c4d5e6f7a8b9c0d1e2f3a4b_20260504T090000Z': 'ics-file',
      [`${URL_KEY}|0a1b2c3d4e5f60718293a4b5c6d7e8f9`]: 'ics-url',
      'google:primary|kept1': 'google',
      'google:team@group.calendar.google.com|kept2': 'google',
      'demo:sample|demo-1': 'demo',
    });
    // Nothing else about an event changed.
    for (const before of frozen.events) expect(await db.events.get(before.key as string)).toEqual({ ...before, source: expect.any(String) });
    expect((await db.settings.get('app'))?.value.calendarSource).toBe('ics-url');
    db.close();
  });

  it('gives copies a sign-out kept without a sync state a stopped one, so the options page can list and delete them', async () => {
    const db = await upgradedFromVersion2();
    const kept = (await db.syncStates.toArray()).filter((state) => state.stoppedAt);
    expect(kept.map((state: SyncState) => [state.calendarKey, state.source, state.calendarId, state.label]).sort()).toEqual([
      ['google:primary', 'google', 'primary', 'primary'],
      ['google:team@group.calendar.google.com', 'google', 'team@group.calendar.google.com', 'team@group.calendar.google.com'],
    ]);
    db.close();
  });

  it('leaves every table valid against today’s schemas', async () => {
    const db = await upgradedFromVersion2();
    for (const table of ['syncStates', 'events', 'settings'] as TableName[]) {
      for (const row of await db.table(table).toArray()) expect(tableSchemas[table].schema.safeParse(row).success, `${table} ${JSON.stringify(row).slice(0, 80)}`).toBe(true);
    }
    // The new index the full sync sweeps by answers on the upgraded rows.
    expect(await db.events.where('[calendarKey+syncMark]').equals(['google:primary', 'any']).count()).toBe(0);
    db.close();
  });
});

import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MentoringDatabase } from '../../lib/db/database';
import { schemaVersions } from '../../lib/db/schema-versions';
import { removeDemoData } from '../../lib/demo/demo-store';

/** Rows as version 2 stored them (a frozen fixture, not today's factories). */
const frozen = JSON.parse(readFileSync(new URL('../fixtures/db/version-2-user-rows-on-demo.json', import.meta.url), 'utf8')) as Record<
  'pairings' | 'sessions' | 'feedback' | 'actionItems',
  { id: string; isDemo: boolean }[]
>;

let name = '';
afterEach(async () => {
  if (name) await Dexie.delete(name);
});

async function openVersion2WithFrozenRows(): Promise<void> {
  name = `migration-v3-${crypto.randomUUID()}`;
  const version2 = new Dexie(name);
  for (const { version, stores } of schemaVersions.filter((entry) => entry.version <= 2)) version2.version(version).stores(stores);
  await version2.open();
  for (const table of ['pairings', 'sessions', 'feedback', 'actionItems'] as const) await version2.table(table).bulkPut(frozen[table]);
  version2.close();
}

const flags = (rows: { id: string; isDemo: boolean }[]) => Object.fromEntries(rows.map((row) => [row.id, row.isDemo]));

describe('version 3: what the user wrote on sample sessions stops being demo data', () => {
  it('clears the inherited isDemo flag of user-written feedback and action items, and nothing else', async () => {
    await openVersion2WithFrozenRows();
    const db = new MentoringDatabase(name);
    await db.open();
    expect(flags(await db.feedback.toArray())).toEqual({
      'demo-feedback-priya-11': true,
      '8f0c2a4e-5d1b-4c3a-9e7f-2b6d8a1c0e93': false,
    });
    expect(flags(await db.actionItems.toArray())).toEqual({
      'demo-action-priya-11-1': true,
      '3b9d7e21-0c4f-4a8e-b6d2-71e5f0a9c384': false,
      // A row the schema now refuses is left as it was rather than block the upgrade.
      'c41e8b70-2f6a-4d19-8e35-9a0b7c6d5e21': true,
    });
    // Everything else of the user-written rows is unchanged.
    const { isDemo: _flag, ...rest } = frozen.feedback[1]!;
    expect(await db.feedback.get(frozen.feedback[1]!.id)).toEqual({ ...rest, isDemo: false });
    expect(await db.pairings.toArray()).toEqual(frozen.pairings);
    expect(await db.sessions.toArray()).toEqual(frozen.sessions);
    db.close();
  });

  it('then keeps the user’s words when the demo data is removed', async () => {
    await openVersion2WithFrozenRows();
    const db = new MentoringDatabase(name);
    await removeDemoData(db, new Date('2026-11-21T10:00:00Z'));
    expect((await db.feedback.toArray()).map((row) => row.privateReflection)).toEqual([
      'I still hesitate to ask basic questions. Ask them anyway.',
    ]);
    expect((await db.actionItems.toArray()).map((row) => row.text).sort()).toEqual([
      'An item a later version would refuse: its owner is neither side',
      'Try the checklist on the Q4 memo',
    ]);
    expect(await db.sessions.get('demo-session-priya-12')).toMatchObject({ isDemo: false, calendar: { present: false } });
    expect(await db.pairings.get('demo-pairing-priya')).toMatchObject({ isDemo: false, seriesIds: ['demopriyareverse14'] });
    db.close();
  });
});

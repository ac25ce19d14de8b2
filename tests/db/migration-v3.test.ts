import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MentoringDatabase, tableSchemas } from '../../lib/db/database';
import { isSampleRow, type Session } from '../../lib/model';
import { schemaVersions } from '../../lib/db/schema-versions';
import { removeDemoData } from '../../lib/demo/demo-store';

/** Rows as version 2 stored them (a frozen fixture, not today's factories). */
const frozen = JSON.parse(readFileSync(new URL('./fixtures/version-2-user-rows-on-demo.json', import.meta.url), 'utf8')) as Record<
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

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('version 3: databases of version 2 open unchanged, and their user-written rows are told apart', () => {
  it('keeps every frozen version-2 row as it was, each still passing its schema', async () => {
    await openVersion2WithFrozenRows();
    const db = new MentoringDatabase(name);
    await db.open();
    expect(db.verno).toBe(schemaVersions.at(-1)!.version);
    for (const table of ['pairings', 'sessions', 'feedback', 'actionItems'] as const) {
      const stored = await db.table(table).toArray();
      expect(byId(stored), table).toEqual(byId(frozen[table]));
      const valid = stored.filter((row) => tableSchemas[table].schema.safeParse(row).success).map((row: { id: string }) => row.id);
      // The one action item a later rule refuses stays stored; nothing is dropped by opening.
      expect(valid, table).toEqual(stored.map((row: { id: string }) => row.id).filter((id) => id !== 'c41e8b70-2f6a-4d19-8e35-9a0b7c6d5e21'));
    }
    // What version 3 added works on the upgraded data: notes over the limit are kept aside.
    const [session] = frozen.sessions as unknown as Session[];
    await db.sessions.put({ ...session!, notes: 'n'.repeat(20_000), notesOverflow: 'kept aside' });
    expect((await db.sessions.get(session!.id))?.notesOverflow).toBe('kept aside');
    // The user's feedback still carries the flag it inherited; the rule that removal uses tells it apart.
    expect((await db.feedback.toArray()).filter((row) => isSampleRow(row)).map((row) => row.id)).toEqual(['demo-feedback-priya-11']);
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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MentoringDatabase, tableSchemas, type TableName } from '../../lib/db/database';
import { currentSchemaVersion, schemaVersions } from '../../lib/db/schema-versions';
import { asUpgradedFrom } from '../support/frozen-upgrades';

/** Rows as each older version stored them: the frozen backup files hold exactly those. */
function frozenRows(version: number): Partial<Record<TableName, Record<string, unknown>[]>> {
  const file = JSON.parse(readFileSync(join(__dirname, '../fixtures/backup', `backup-v${version}.json`), 'utf8')) as { tables: never };
  return file.tables;
}

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('database upgrades from frozen rows of every older version', () => {
  for (const { version } of schemaVersions.filter((entry) => entry.version < currentSchemaVersion)) {
    it(`keeps every version-${version} row when opened by version ${currentSchemaVersion}`, async () => {
      const name = `frozen-migration-${crypto.randomUUID()}`;
      names.push(name);
      const old = new Dexie(name);
      for (const entry of schemaVersions.filter((candidate) => candidate.version <= version)) old.version(entry.version).stores(entry.stores);
      await old.open();
      const rows = frozenRows(version);
      for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkPut(tableRows);
      old.close();

      const current = new MentoringDatabase(name);
      await current.open();
      expect(current.verno).toBe(currentSchemaVersion);
      for (const [table, tableRows] of Object.entries(rows) as [TableName, Record<string, unknown>[]][]) {
        const stored = await current.table(table).toArray();
        expect(sorted(stored), table).toEqual(sorted(tableRows.map((row) => asUpgradedFrom(version, table, row))));
        for (const row of stored) expect(tableSchemas[table].schema.safeParse(row).success, table).toBe(true);
      }
      // What version 7 added works on the upgraded data.
      const pairingId = String(rows.pairings![0]!.id);
      await current.recapImports.put({
        id: `ana.silva@corp.example|session-${version}`,
        pairingId,
        sessionStart: '2026-02-16T09:00:00.000Z',
        focus: '',
        importedAt: '2026-02-17T08:00:00.000Z',
      });
      expect(await current.recapImports.where('pairingId').equals(pairingId).count()).toBe(1);
      current.close();
    });
  }
});

function sorted(rows: object[]): object[] {
  return [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

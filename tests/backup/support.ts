import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MentoringDatabase, TableName } from '../../lib/db/database';
import { backupTableNames, primaryKeyOf, type BackupTables } from '../../lib/backup/backup-tables';
import { checkBackupText, type CheckedBackup } from '../../lib/backup/check-backup';
import { createBackup } from '../../lib/backup/create-backup';

/** A frozen backup file of one schema version (tests/fixtures/backup), as text. */
export function fixtureText(version: number): string {
  return readFileSync(join(__dirname, '../fixtures/backup', `backup-v${version}.json`), 'utf8');
}

export function fixture(version: number): { schemaVersion: number; tables: Partial<Record<TableName, Record<string, unknown>[]>> } {
  return JSON.parse(fixtureText(version)) as never;
}

export function checked(text: string): CheckedBackup {
  const check = checkBackupText(text);
  if (!check.ok) throw new Error(`the backup was refused: ${JSON.stringify(check.problems)}`);
  return check.backup;
}

export async function seed(db: MentoringDatabase, tables: Partial<Record<TableName, object[]>>): Promise<void> {
  await db.transaction('rw', backupTableNames.map((table) => db.table(table)), async () => {
    for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkPut(rows);
  });
}

/** Every table, each sorted by its key, so two databases compare row by row. */
export async function dump(db: MentoringDatabase): Promise<BackupTables> {
  const tables = {} as BackupTables;
  for (const table of backupTableNames) {
    const key = primaryKeyOf(table);
    const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
    tables[table] = rows.sort((a, b) => String(a[key]).localeCompare(String(b[key])));
  }
  return tables;
}

export async function backupTextOf(db: MentoringDatabase, now = new Date('2026-03-02T09:00:00Z')): Promise<string> {
  return (await createBackup({ appVersion: '9.9.9', now }, db)).parts.join('');
}

import type { IndexableType } from 'dexie';
import { getDatabase, type MentoringDatabase, type TableName } from '../db/database';
import { currentSchemaVersion } from '../db/schema-versions';
import { BACKUP_FORMAT, type BackupHeader } from './backup-file';
import { backupTableNames, primaryKeyOf, toBackupRow, type BackupTables } from './backup-tables';
import type { OnProgress } from './progress';

/** Rows read or written per step: small enough for smooth progress, large enough to cost nothing. */
export const BACKUP_CHUNK_ROWS = 5_000;

export interface CreatedBackup {
  header: BackupHeader;
  /** The file's text in pieces, ready for a Blob: one giant string would double the memory needed. */
  parts: string[];
  counts: Record<TableName, number>;
}

/** Every table in one consistent read, then the file's text, reporting progress on the way. */
export async function createBackup(
  options: { appVersion: string; now?: Date; onProgress?: OnProgress },
  db: MentoringDatabase = getDatabase(),
): Promise<CreatedBackup> {
  const tables = await readAllTables(db, options.onProgress);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    schemaVersion: currentSchemaVersion,
    appVersion: options.appVersion,
    createdAt: (options.now ?? new Date()).toISOString(),
  };
  const counts = Object.fromEntries(backupTableNames.map((table) => [table, tables[table].length])) as Record<TableName, number>;
  return { header, parts: serialiseBackup(header, tables, options.onProgress), counts };
}

/** Reads every table in one read-only transaction (a sync writing meanwhile cannot tear the copy), chunk by chunk. */
export async function readAllTables(db: MentoringDatabase, onProgress?: OnProgress): Promise<BackupTables> {
  return db.transaction('r', backupTableNames.map((table) => db.table(table)), async () => {
    const counts = await Promise.all(backupTableNames.map((table) => db.table(table).count()));
    const total = counts.reduce((sum, count) => sum + count, 0);
    let done = 0;
    onProgress?.({ phase: 'reading', done, total });
    const tables = {} as BackupTables;
    for (const table of backupTableNames) {
      const key = primaryKeyOf(table);
      const rows: Record<string, unknown>[] = [];
      let after: IndexableType | undefined;
      for (;;) {
        const store = db.table(table);
        const chunk = (await (after === undefined ? store.orderBy(':id') : store.where(':id').above(after))
          .limit(BACKUP_CHUNK_ROWS)
          .toArray()) as Record<string, unknown>[];
        for (const row of chunk) rows.push(row);
        done += chunk.length;
        onProgress?.({ phase: 'reading', done, total });
        if (chunk.length < BACKUP_CHUNK_ROWS) break;
        after = chunk[chunk.length - 1]![key] as IndexableType;
      }
      tables[table] = rows;
    }
    return tables;
  });
}

/**
 * The backup as JSON text in pieces: the header, then each table as a list with one row per line,
 * so a person can read the file and a diff of two backups stays small.
 */
function serialiseBackup(header: BackupHeader, tables: BackupTables, onProgress?: OnProgress): string[] {
  const total = backupTableNames.reduce((sum, table) => sum + tables[table].length, 0);
  let done = 0;
  const head = JSON.stringify(header);
  const parts = [`${head.slice(0, -1)},"tables":{`];
  backupTableNames.forEach((table, index) => {
    const rows = tables[table];
    parts.push(`${index === 0 ? '' : ','}\n${JSON.stringify(table)}:[`);
    for (let start = 0; start < rows.length; start += BACKUP_CHUNK_ROWS) {
      const lines = rows.slice(start, start + BACKUP_CHUNK_ROWS).map((row) => JSON.stringify(toBackupRow(table, row)));
      parts.push(`${start === 0 ? '' : ','}\n${lines.join(',\n')}`);
      done += lines.length;
      onProgress?.({ phase: 'saving', done, total });
    }
    parts.push(rows.length === 0 ? ']' : '\n]');
  });
  parts.push('\n}}\n');
  return parts;
}

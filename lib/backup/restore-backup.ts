import { getDatabase, markValidated, type MentoringDatabase, type SettingsRecord, type TableName } from '../db/database';
import { defaultSettings, type BackupReminder } from '../model';
import { BACKUP_CHUNK_ROWS, readAllTables } from './create-backup';
import { backupTableNames } from './backup-tables';
import type { BackupProblem, CheckedBackup } from './check-backup';
import { planMerge, type MergeSummary } from './merge-plan';
import type { OnProgress } from './progress';

export type RestoreMode = 'replace' | 'merge';

export interface RestoreOutcome {
  mode: RestoreMode;
  /** Rows written. */
  written: number;
  /** What a merge did; absent after a replace. */
  merge?: MergeSummary;
}

/** A merge that cannot be written as planned; nothing was written. */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
  constructor(readonly problems: BackupProblem[]) {
    super(`The backup could not be merged: ${problems.length} row${problems.length === 1 ? '' : 's'} would be invalid.`);
  }
}

/**
 * Writes a checked backup in one transaction: everything is restored, or (on any error) nothing.
 * `replace` empties every table first; `merge` keeps what is here and adds or updates from the backup.
 * Either way this browser's backup reminder knows a backup of this data exists.
 */
export async function restoreBackup(
  backup: CheckedBackup,
  mode: RestoreMode,
  options: { onProgress?: OnProgress; labels?: { backup: string; local: string } } = {},
  db: MentoringDatabase = getDatabase(),
): Promise<RestoreOutcome> {
  const tables = backupTableNames.map((table) => db.table(table));
  return db.transaction('rw', tables, async () => {
    const localSettings = (await db.settings.get('app'))?.value;
    let puts: Partial<Record<TableName, Record<string, unknown>[]>>;
    let merge: MergeSummary | undefined;
    if (mode === 'replace') {
      for (const table of backupTableNames) await db.table(table).clear();
      puts = backup.tables;
    } else {
      const plan = planMerge(await readAllTables(db), backup.tables, options.labels ?? { backup: 'the backup', local: 'this browser' });
      if (!plan.ok) throw new RestoreRefused(plan.problems);
      puts = plan.puts;
      merge = plan.summary;
    }
    const total = backupTableNames.reduce((sum, table) => sum + (puts[table]?.length ?? 0), 0);
    let written = 0;
    options.onProgress?.({ phase: 'writing', done: 0, total });
    for (const table of backupTableNames) {
      const rows = puts[table] ?? [];
      for (let start = 0; start < rows.length; start += BACKUP_CHUNK_ROWS) {
        const chunk = rows.slice(start, start + BACKUP_CHUNK_ROWS);
        await db.table(table).bulkPut(markValidated(chunk));
        written += chunk.length;
        options.onProgress?.({ phase: 'writing', done: written, total });
      }
    }
    await keepReminder(db, localSettings?.backup, backup.header.createdAt);
    return { mode, written, ...(merge ? { merge } : {}) };
  });
}

/**
 * The reminder belongs to this browser: its choices survive a replace, and the last backup is the
 * latest of the one made here, the restored data's own, and the restored file itself.
 */
async function keepReminder(db: MentoringDatabase, local: BackupReminder | undefined, fileCreatedAt: string): Promise<void> {
  const record: SettingsRecord = (await db.settings.get('app')) ?? { key: 'app', value: structuredClone(defaultSettings) };
  const restored = record.value.backup;
  const lastBackupAt = [local?.lastBackupAt, restored?.lastBackupAt, fileCreatedAt]
    .filter((at): at is string => at !== undefined)
    .reduce((latest, at) => (Date.parse(at) > Date.parse(latest) ? at : latest));
  const backup: BackupReminder = { ...(restored ?? {}), ...(local ?? {}), remind: local?.remind ?? restored?.remind ?? true, lastBackupAt };
  await db.settings.put({ ...record, value: { ...record.value, backup } });
}

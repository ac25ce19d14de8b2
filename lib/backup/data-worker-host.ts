import { getDatabase, type MentoringDatabase, type TableName } from '../db/database';
import { backupTableNames } from './backup-tables';
import { checkBackupText, MAX_REPORTED_PROBLEMS, type CheckedBackup } from './check-backup';
import { createBackup } from './create-backup';
import type { DataWorkerReply, DataWorkerRequest } from './data-worker-protocol';
import { countOwnRows } from './local-data';
import type { Progress } from './progress';
import { restoreBackup, RestoreRefused } from './restore-backup';
import { messageOf } from '../text/error-message';

/** Larger than any real backup; JavaScript cannot hold a text much longer than this anyway. */
const MAX_BACKUP_BYTES = 500_000_000;

/** The worker's side: one request at a time, every answer posted back (see data-worker-protocol.ts). */
export function createDataWorkerHost(post: (reply: DataWorkerReply) => void, db: MentoringDatabase = getDatabase()) {
  let checked: CheckedBackup | undefined;
  const onProgress = (progress: Progress) => post({ kind: 'progress', progress });

  async function handle(request: DataWorkerRequest): Promise<void> {
    switch (request.kind) {
      case 'backup': {
        const created = await createBackup({ appVersion: request.appVersion, onProgress }, db);
        const file = new Blob(created.parts, { type: 'application/json' });
        post({ kind: 'backup-ready', result: { file, header: created.header, counts: created.counts } });
        return;
      }
      case 'check': {
        checked = undefined;
        if (request.file.size > MAX_BACKUP_BYTES) {
          post({ kind: 'checked', result: { ok: false, problems: [{ message: 'The file is too large to be a backup (over 500 MB).' }], more: 0 } });
          return;
        }
        const check = checkBackupText(await request.file.text(), onProgress);
        if (!check.ok) {
          post({ kind: 'checked', result: check });
          return;
        }
        checked = check.backup;
        const counts = Object.fromEntries(backupTableNames.map((table) => [table, check.backup.tables[table].length])) as Record<TableName, number>;
        post({ kind: 'checked', result: { ok: true, header: check.backup.header, counts, localRows: await countOwnRows(db) } });
        return;
      }
      case 'restore': {
        if (!checked) throw new Error('Choose the backup file again: it was not checked, or was already restored.');
        const backupDay = new Date(checked.header.createdAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
        try {
          const outcome = await restoreBackup(checked, request.mode, { onProgress, labels: { backup: `the backup of ${backupDay}`, local: 'this browser' } }, db);
          checked = undefined;
          post({ kind: 'restored', result: { ok: true, outcome } });
        } catch (error) {
          if (!(error instanceof RestoreRefused)) throw error;
          const { problems } = error;
          post({ kind: 'restored', result: { ok: false, problems: problems.slice(0, MAX_REPORTED_PROBLEMS), more: Math.max(0, problems.length - MAX_REPORTED_PROBLEMS) } });
        }
        return;
      }
    }
  }

  return async (request: DataWorkerRequest): Promise<void> => {
    try {
      await handle(request);
    } catch (error) {
      post({ kind: 'failed', message: messageOf(error) });
    }
  };
}

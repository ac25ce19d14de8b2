import type { TableName } from '../db/database';
import type { BackupHeader } from './backup-file';
import type { BackupProblem } from './check-backup';
import type { Progress } from './progress';
import type { RestoreMode, RestoreOutcome } from './restore-backup';

/**
 * Backup and restore run in a worker of the options page: reading, checking and writing a heavy
 * user's 100,000 rows (and parsing a file of hundreds of megabytes) never freezes the page, which
 * only receives progress and the result.
 */
export type DataWorkerRequest =
  | { kind: 'backup'; appVersion: string }
  /** Reads and checks the whole file; a valid one is kept in the worker for `restore`. */
  | { kind: 'check'; file: Blob }
  | { kind: 'restore'; mode: RestoreMode };

export type CheckReply =
  | { ok: true; header: BackupHeader; counts: Record<TableName, number>; localRows: number }
  | { ok: false; problems: BackupProblem[]; more: number };

export type RestoreReply = { ok: true; outcome: RestoreOutcome } | { ok: false; problems: BackupProblem[]; more: number };

export interface BackupReady {
  file: Blob;
  header: BackupHeader;
  counts: Record<TableName, number>;
}

export type DataWorkerReply =
  | { kind: 'progress'; progress: Progress }
  | { kind: 'backup-ready'; result: BackupReady }
  | { kind: 'checked'; result: CheckReply }
  | { kind: 'restored'; result: RestoreReply }
  | { kind: 'failed'; message: string };

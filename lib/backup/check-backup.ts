import type { TableName } from '../db/database';
import { currentSchemaVersion } from '../db/schema-versions';
import { humanIssueMessage } from '../forms/field-errors';
import { BACKUP_FORMAT, backupHeaderSchema, type BackupHeader } from './backup-file';
import {
  backupRowSchema,
  backupTableNames,
  isRecord,
  primaryKeyOf,
  tablesOfVersion,
  upgradeBackupTables,
  type BackupTables,
} from './backup-tables';
import type { OnProgress } from './progress';
import { parseJsonText } from '../text/json-text';

/** One thing wrong with a backup file: where (table, 1-based row, the row's id, field) and what. */
export interface BackupProblem {
  table?: string;
  row?: number;
  id?: string;
  field?: string;
  message: string;
}

export interface CheckedBackup {
  header: BackupHeader;
  /** Every table of the current version, upgraded and parsed: ready to write. */
  tables: BackupTables;
}

export type BackupCheck = { ok: true; backup: CheckedBackup } | { ok: false; problems: BackupProblem[]; more: number };

/** A broken file can have thousands of bad rows; the first ones say enough. */
export const MAX_REPORTED_PROBLEMS = 50;

const otherFormats: Record<string, string> = {
  'mentoring-companion/goal-templates': 'This is a goal template export, not a backup: import it under Goal templates.',
  'mentoring-companion/recap': 'This is a session recap, not a backup: import it under “Import a recap”.',
};

/** The whole file is checked before anything is written; every problem found is named. */
export function checkBackupText(text: string, onProgress?: OnProgress): BackupCheck {
  const json = parseJsonText(text);
  if (!json.ok) return refuse({ message: json.message });
  return checkBackupData(json.data, onProgress);
}

function checkBackupData(data: unknown, onProgress?: OnProgress): BackupCheck {
  if (!isRecord(data)) return refuse({ message: 'The file is not a Mentoring Companion backup: it should hold one JSON object.' });
  if (data.format !== BACKUP_FORMAT) {
    const other = typeof data.format === 'string' ? otherFormats[data.format] : undefined;
    return refuse({ message: other ?? `The file is not a Mentoring Companion backup: its "format" should be "${BACKUP_FORMAT}".` });
  }
  const version = data.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > currentSchemaVersion) {
    return refuse({
      field: 'schemaVersion',
      message: `The backup was made by a newer version of Mentoring Companion (data version ${version}; this one reads up to ${currentSchemaVersion}). Update the extension, then restore.`,
    });
  }
  const header = backupHeaderSchema.safeParse(data);
  if (!header.success) {
    return refuseAll(header.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: humanIssueMessage(issue, data) })));
  }
  if (!isRecord(data.tables)) return refuse({ field: 'tables', message: 'The backup has no "tables" object.' });
  const fileTables = data.tables;
  const problems: BackupProblem[] = [];
  const expected = tablesOfVersion(header.data.schemaVersion);
  for (const name of Object.keys(fileTables)) {
    if (!(expected as string[]).includes(name)) {
      problems.push({ table: name, message: `is not a table of a version ${header.data.schemaVersion} backup` });
    }
  }
  for (const table of expected) {
    if (!(table in fileTables)) problems.push({ table, message: 'is missing from the backup' });
    else if (!Array.isArray(fileTables[table])) problems.push({ table, message: 'must be a list of rows' });
  }
  if (problems.length > 0) return refuseAll(problems);

  const upgraded = upgradeBackupTables(header.data.schemaVersion, fileTables as Partial<Record<TableName, unknown[]>>);
  const total = backupTableNames.reduce((sum, table) => sum + (upgraded[table]?.length ?? 0), 0);
  let done = 0;
  const tables = {} as BackupTables;
  for (const table of backupTableNames) {
    const rows = upgraded[table] ?? [];
    tables[table] = checkRows(table, rows, problems);
    done += rows.length;
    onProgress?.({ phase: 'checking', done, total });
  }
  if (problems.length > 0) return refuseAll(problems);
  return { ok: true, backup: { header: header.data, tables } };
}

function checkRows(table: TableName, rows: unknown[], problems: BackupProblem[]): Record<string, unknown>[] {
  const schema = backupRowSchema(table);
  const key = primaryKeyOf(table);
  const firstRowOf = new Map<unknown, number>();
  const parsed: Record<string, unknown>[] = [];
  rows.forEach((row, index) => {
    const where = { table, row: index + 1, ...idOf(row, key) };
    const result = schema.safeParse(row);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ ...where, field: issue.path.map(String).join('.') || undefined, message: humanIssueMessage(issue, row) });
      }
      return;
    }
    const value = result.data as Record<string, unknown>;
    const earlier = firstRowOf.get(value[key]);
    if (earlier !== undefined) {
      problems.push({ ...where, field: key, message: `repeats the ${key} of row ${earlier}` });
      return;
    }
    firstRowOf.set(value[key], index + 1);
    parsed.push(value);
  });
  return parsed;
}

function idOf(row: unknown, key: string): { id?: string } {
  const id = isRecord(row) ? row[key] : undefined;
  return typeof id === 'string' && id ? { id: id.length > 80 ? `${id.slice(0, 80)}…` : id } : {};
}

function refuse(problem: BackupProblem): BackupCheck {
  return { ok: false, problems: [problem], more: 0 };
}

function refuseAll(problems: BackupProblem[]): BackupCheck {
  return { ok: false, problems: problems.slice(0, MAX_REPORTED_PROBLEMS), more: Math.max(0, problems.length - MAX_REPORTED_PROBLEMS) };
}

/** “sessions, row 12 (id "s-1"), end: ends before it starts” */
export function describeBackupProblem(problem: BackupProblem): string {
  const where = [
    problem.table && `table “${problem.table}”`,
    problem.row !== undefined && `row ${problem.row}${problem.id ? ` (id “${problem.id}”)` : ''}`,
    problem.field && `field “${problem.field}”`,
  ].filter(Boolean);
  return where.length > 0 ? `${where.join(', ')}: ${problem.message}` : problem.message;
}

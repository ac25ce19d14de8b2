import { tableSchemas, type TableName } from '../db/database';
import { humanIssueMessage } from '../forms/field-errors';
import { backupTableNames, primaryKeyOf, type BackupTables } from './backup-tables';
import type { BackupProblem } from './check-backup';
import { sameData } from './keep-both';
import { changedAt, mergeRow } from './merge-rules';

type Row = Record<string, unknown>;

export interface MergeSummary {
  /** Rows only the backup had. */
  added: number;
  /** Rows the backup had in a newer version. */
  updated: number;
  /** Rows where both versions differed and user-written text of both was kept. */
  keptBoth: number;
  /** Rows the same on both sides, or newer here. */
  unchanged: number;
}

export type MergePlan =
  | { ok: true; puts: Partial<Record<TableName, Row[]>>; summary: MergeSummary }
  | { ok: false; problems: BackupProblem[] };

/**
 * What merging a backup into the data here writes: rows only the backup has are added; where both
 * have a row, the one changed last wins, and the user-written text of the other is kept with it
 * (see merge-rules.ts). Nothing here is deleted. Every row to write is checked first, so a merge
 * that cannot be stored (two long notes together past the limit) is refused before anything is written.
 */
export function planMerge(local: BackupTables, incoming: BackupTables, labels: { backup: string; local: string }): MergePlan {
  const summary: MergeSummary = { added: 0, updated: 0, keptBoth: 0, unchanged: 0 };
  const puts: Partial<Record<TableName, Row[]>> = {};
  const problems: BackupProblem[] = [];
  for (const table of backupTableNames) {
    const key = primaryKeyOf(table);
    const here = new Map(local[table].map((row) => [row[key], row]));
    const theirs = new Map(incoming[table].map((row) => [row[key], row]));
    const rows: Row[] = [];
    for (const row of incoming[table]) {
      const current = here.get(row[key]);
      if (!current) {
        rows.push(row);
        summary.added += 1;
        continue;
      }
      if (sameData(current, row)) {
        summary.unchanged += 1;
        continue;
      }
      const backupIsNewer = isLater(changedAt(table, row), changedAt(table, current));
      const merged = mergeRow<Row>(
        table,
        backupIsNewer ? { newer: row, older: current, olderLabel: labels.local } : { newer: current, older: row, olderLabel: labels.backup },
      );
      const existing = (id: unknown) => here.get(id) ?? theirs.get(id) ?? rows.find((planned) => planned[key] === id);
      const extra = merged.extra
        .map((candidate) => withFreeId(candidate, key, existing))
        .filter((candidate) => !sameData(existing(candidate[key]), candidate));
      const keptBoth = extra.length > 0 || !sameData(merged.row, backupIsNewer ? row : current);
      if (!sameData(merged.row, current)) rows.push(merged.row);
      rows.push(...extra);
      if (keptBoth) summary.keptBoth += 1;
      else if (backupIsNewer) summary.updated += 1;
      else summary.unchanged += 1;
    }
    puts[table] = rows.map((row) => checkMerged(table, row, key, problems)).filter((row): row is Row => row !== undefined);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, puts, summary };
}

function isLater(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return Date.parse(a) > Date.parse(b);
}

/** A kept older version takes `<id>~kept`, or `<id>~kept2`… when that id already holds something else. */
function withFreeId(row: Row, key: string, existing: (id: unknown) => Row | undefined): Row {
  const base = String(row[key]);
  let candidate = row;
  for (let n = 2; ; n += 1) {
    const found = existing(candidate[key]);
    if (!found || sameData(found, candidate)) return candidate;
    candidate = { ...row, [key]: `${base}${n}` };
  }
}

function checkMerged(table: TableName, row: Row, key: string, problems: BackupProblem[]): Row | undefined {
  const result = tableSchemas[table].schema.safeParse(row);
  if (result.success) return result.data as Row;
  for (const issue of result.error.issues) {
    problems.push({
      table,
      id: String(row[key]),
      field: issue.path.map(String).join('.') || undefined,
      message: `with both versions kept, ${humanIssueMessage(issue, row)}; restore with “Replace”, or shorten it here first`,
    });
  }
  return undefined;
}

import { z } from 'zod/mini';
import { tableSchemas, type TableName } from '../db/database';
import { icsCalendarSourceOf, icsKindOf, stoppedStateFor, toUtc } from '../db/migrations';
import { currentSchemaVersion, schemaVersions } from '../db/schema-versions';
import { defaultSettings, syncStateSchema } from '../model';

/** Every row of a backup, table by table (rows are plain objects as the database stores them). */
export type BackupTables = Record<TableName, Record<string, unknown>[]>;

/** The tables a database of `version` had, oldest first. */
export function tablesOfVersion(version: number): TableName[] {
  const names = new Set<TableName>();
  for (const entry of schemaVersions) {
    if (entry.version > version) break;
    for (const table of Object.keys(entry.stores)) names.add(table as TableName);
  }
  return [...names];
}

/** Every table of the current database: a backup holds all of them (secrets live in session storage, not here). */
export const backupTableNames: readonly TableName[] = tablesOfVersion(currentSchemaVersion);

/** The primary key of each table, read from its latest store definition ("id, pairingId" → "id"). */
export function primaryKeyOf(table: TableName): string {
  let definition: string | undefined;
  for (const entry of schemaVersions) {
    const stores = entry.stores as Partial<Record<TableName, string>>;
    definition = stores[table] ?? definition;
  }
  if (definition === undefined) throw new Error(`unknown table "${table}"`);
  return definition.split(',')[0]!.trim();
}

/**
 * Sync cursors are only meaningful to the Google account that was signed in when they were made; a
 * backup leaves them out, so a restored calendar starts with a full sync instead of resuming someone
 * else's listing.
 */
export const SYNC_CURSOR_FIELDS = ['syncToken', 'pageToken', 'fullSyncStartedAt'] as const;

const backupSyncStateSchema = z.omit(syncStateSchema, { syncToken: true, pageToken: true, fullSyncStartedAt: true });

/** The schema a row of each table must pass in a backup (the database's own, sync cursors aside). */
export function backupRowSchema(table: TableName): z.ZodMiniType {
  return table === 'syncStates' ? backupSyncStateSchema : tableSchemas[table].schema;
}

/** The row as it goes into a backup file. */
export function toBackupRow(table: TableName, row: Record<string, unknown>): Record<string, unknown> {
  if (table !== 'syncStates') return row;
  const copy = { ...row };
  for (const field of SYNC_CURSOR_FIELDS) delete copy[field];
  return copy;
}

/**
 * Brings rows written by an older database version to the current shape before they are checked.
 * Tables added since that version start empty; settings gain the defaults of fields added since
 * (as the settings store does for the stored row). A version that changes a row's shape applies
 * here the same row rules as its Dexie upgrade (lib/db/migrations.ts).
 */
export function upgradeBackupTables(
  fromVersion: number,
  tables: Partial<Record<TableName, unknown[]>>,
  now: Date = new Date(),
): Partial<Record<TableName, unknown[]>> {
  const upgraded: Partial<Record<TableName, unknown[]>> = { ...tables };
  for (const table of backupTableNames) {
    if (!tablesOfVersion(fromVersion).includes(table)) upgraded[table] = [];
  }
  if (fromVersion < 4) splitIcsKinds(upgraded, now.toISOString());
  if (fromVersion < 6) {
    upgraded.sessions = (upgraded.sessions ?? []).map((row) =>
      isRecord(row) && typeof row.start === 'string' && typeof row.end === 'string'
        ? { ...row, start: toUtc(row.start), end: toUtc(row.end) }
        : row,
    );
  }
  upgraded.settings = (upgraded.settings ?? []).map((row) =>
    isRecord(row) && isRecord(row.value) ? { ...row, value: { ...defaultSettings, ...row.value } } : row,
  );
  return upgraded;
}

/** Version 4's rules (one `ics` source becomes a file or an address kind) on a backup's rows. */
function splitIcsKinds(tables: Partial<Record<TableName, unknown[]>>, stoppedAt: string): void {
  const states = (tables.syncStates ?? []).map((row) =>
    isRecord(row) && row.source === 'ics' && typeof row.calendarId === 'string' ? { ...row, source: icsKindOf(row.calendarId) } : row,
  );
  const kinds = new Map(states.filter(isRecord).map((state) => [state.calendarKey, state.source]));
  tables.events = (tables.events ?? []).map((row) =>
    isRecord(row) && row.source === 'ics' && typeof row.calendarKey === 'string'
      ? { ...row, source: kinds.get(row.calendarKey) ?? icsKindOf(row.calendarKey.slice('ics:'.length)) }
      : row,
  );
  const orphanKeys = new Set(
    tables.events.flatMap((row) => (isRecord(row) && typeof row.calendarKey === 'string' && !kinds.has(row.calendarKey) ? [row.calendarKey] : [])),
  );
  tables.syncStates = [...states, ...[...orphanKeys].flatMap((key) => stoppedStateFor(key, stoppedAt) ?? [])];
  const anyAddress = [...kinds.values()].includes('ics-url');
  tables.settings = (tables.settings ?? []).map((row) =>
    isRecord(row) && isRecord(row.value) && row.value.calendarSource === 'ics'
      ? { ...row, value: { ...row.value, calendarSource: icsCalendarSourceOf(anyAddress) } }
      : row,
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { z } from 'zod/mini';
import { currentSchemaVersion } from '../db/schema-versions';
import { isoDateTimeSchema } from '../model';
import { backupRowSchema, backupTableNames } from './backup-tables';

export const BACKUP_FORMAT = 'mentoring-companion/backup';

/** What a backup file says about itself, before its tables. */
export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  /** The database version that wrote it (lib/db/schema-versions.ts); older ones are upgraded on restore. */
  schemaVersion: z.number().check(z.int(), z.minimum(1)),
  /** The extension's version (its manifest's), for the reader's information. */
  appVersion: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(50)),
  createdAt: isoDateTimeSchema,
});

export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** One backup file as this version writes it: the header and every table, each row as its schema says. */
export function currentBackupFileSchema() {
  return z.object({
    ...backupHeaderSchema.shape,
    schemaVersion: z.literal(currentSchemaVersion),
    tables: z.object(Object.fromEntries(backupTableNames.map((table) => [table, z.array(backupRowSchema(table))]))),
  });
}

/** mentoring-companion-backup-2026-11-21.json (the local date, which is what the user expects to read). */
export function backupFileName(date = new Date()): string {
  return `mentoring-companion-backup-${localDay(date)}.json`;
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

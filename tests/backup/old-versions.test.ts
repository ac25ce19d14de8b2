import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupTableNames, primaryKeyOf, tablesOfVersion } from '../../lib/backup/backup-tables';
import { restoreBackup } from '../../lib/backup/restore-backup';
import { schemaVersions } from '../../lib/db/schema-versions';
import { defaultSettings } from '../../lib/model';
import { asUpgradedFrom } from '../support/frozen-upgrades';
import { checked, dump, fixture, fixtureText } from './support';
import { freshDatabase } from '../support/fresh-database';

/**
 * tests/fixtures/backup/backup-v<N>.json are frozen: written once, as version N stored its data, and
 * never regenerated. A new database version adds its file; these tests then restore it too.
 */
describe('backups written by every schema version restore', () => {
  it('has a frozen backup file for every schema version', () => {
    for (const { version } of schemaVersions) {
      expect(existsSync(join(__dirname, '../fixtures/backup', `backup-v${version}.json`)), `backup-v${version}.json`).toBe(true);
    }
  });

  for (const { version } of schemaVersions) {
    it(`restores the frozen version-${version} backup into an empty database, keeping every row`, async () => {
      const file = fixture(version);
      expect(file.schemaVersion).toBe(version);
      const db = freshDatabase();
      await restoreBackup(checked(fixtureText(version)), 'replace', {}, db);
      const restored = await dump(db);
      for (const table of backupTableNames) {
        const rows = file.tables[table] ?? [];
        if (!tablesOfVersion(version).includes(table)) {
          expect(restored[table], `${table} did not exist in version ${version}`).toEqual([]);
          continue;
        }
        expect(restored[table], table).toHaveLength(rows.length);
        if (table === 'settings') continue;
        const key = primaryKeyOf(table);
        const byKey = new Map(restored[table].map((row) => [row[key], row]));
        for (const row of rows) expect(byKey.get(row[key]), `${table} ${String(row[key])}`).toEqual(asUpgradedFrom(version, table, row));
      }
      // Settings of older versions gain the defaults of fields added since; the user's choices stay.
      const settings = restored.settings[0]!.value as typeof defaultSettings;
      const original = (file.tables.settings![0] as { value: typeof defaultSettings }).value;
      expect(settings).toMatchObject({ ...original, backup: expect.objectContaining({ lastBackupAt: expect.any(String) }) });
      // The user's words survive in full, accents and scripts included.
      const notes = restored.sessions.map((session) => session.notes).join('\n');
      expect(notes).toContain('«on y va»');
      expect(notes).toContain('«أشعر بتحسن»');
    });
  }
});

import { describe, expect, it } from 'vitest';
import { backupTableNames, SYNC_CURSOR_FIELDS } from '../../lib/backup/backup-tables';
import { BACKUP_CHUNK_ROWS, createBackup } from '../../lib/backup/create-backup';
import { restoreBackup } from '../../lib/backup/restore-backup';
import { currentSchemaVersion } from '../../lib/db/schema-versions';
import type { Progress } from '../../lib/backup/progress';
import { anEventCopy, aSyncState } from '../support/factories';
import { backupTextOf, checked, dump, fixture, seed } from './support';
import { freshDatabase } from '../support/fresh-database';

describe('backup round trip', () => {
  it('restores every table of a backup into an empty database exactly as it was', async () => {
    const source = freshDatabase();
    const rows = fixture(currentSchemaVersion).tables;
    await seed(source, rows);
    for (const table of backupTableNames) expect(rows[table]?.length, `the fixture fills ${table}`).toBeGreaterThan(0);
    const before = await dump(source);

    const text = await backupTextOf(source);
    const header = JSON.parse(text) as Record<string, unknown>;
    expect(header).toMatchObject({ format: 'mentoring-companion/backup', schemaVersion: currentSchemaVersion, appVersion: '9.9.9', createdAt: '2026-03-02T09:00:00.000Z' });
    expect(Object.keys(header.tables as object)).toEqual(backupTableNames);

    const target = freshDatabase();
    const outcome = await restoreBackup(checked(text), 'replace', {}, target);
    expect(outcome.written).toBe(Object.values(before).reduce((sum, table) => sum + table.length, 0));
    const after = await dump(target);
    for (const table of backupTableNames.filter((name) => name !== 'settings')) expect(after[table], table).toEqual(before[table]);
    // The settings come back too; only the reminder learns that a backup of this data now exists.
    const settings = structuredClone(before.settings[0]) as { value: { backup: { lastBackupAt: string } } };
    settings.value.backup.lastBackupAt = '2026-03-02T09:00:00.000Z';
    expect(after.settings).toEqual([settings]);
  });

  it('leaves out sync cursors: they belong to the Google account signed in when the backup was made', async () => {
    const source = freshDatabase();
    await seed(source, { syncStates: [aSyncState({ syncToken: 'secret-cursor', pageToken: 'page-2', fullSyncStartedAt: '2026-05-04T09:00:00.000Z' })] });
    const text = await backupTextOf(source);
    expect(text).not.toContain('secret-cursor');
    expect(text).not.toContain('page-2');
    const target = freshDatabase();
    await restoreBackup(checked(text), 'replace', {}, target);
    const [state] = await target.syncStates.toArray();
    for (const field of SYNC_CURSOR_FIELDS) expect(state).not.toHaveProperty(field);
    expect(state).toMatchObject({ calendarKey: 'google:primary', lastFullSyncAt: aSyncState().lastFullSyncAt });
  });

  it('reads and writes large tables in chunks, reporting progress up to the last row', async () => {
    const source = freshDatabase();
    const count = BACKUP_CHUNK_ROWS * 2 + 17;
    const events = Array.from({ length: count }, (_, index) => anEventCopy({ key: `google:primary|ev-${index}`, eventId: `ev-${index}` }));
    await seed(source, { events });
    const reading: Progress[] = [];
    const created = await createBackup({ appVersion: '1.0.0', onProgress: (progress) => reading.push(progress) }, source);
    expect(created.counts.events).toBe(count);
    expect(reading.at(0)).toEqual({ phase: 'reading', done: 0, total: count });
    expect(reading.filter((p) => p.phase === 'reading').at(-1)).toEqual({ phase: 'reading', done: count, total: count });
    expect(reading.filter((p) => p.phase === 'saving').at(-1)).toEqual({ phase: 'saving', done: count, total: count });

    const target = freshDatabase();
    const writing: Progress[] = [];
    await restoreBackup(checked(created.parts.join('')), 'replace', { onProgress: (progress) => writing.push(progress) }, target);
    expect(writing.length).toBeGreaterThan(3);
    expect(writing.at(-1)).toEqual({ phase: 'writing', done: count, total: count });
    expect(await target.events.count()).toBe(count);
    expect((await target.events.get('google:primary|ev-10016'))?.eventId).toBe('ev-10016');
  });

  it('writes an empty database as a valid backup of empty tables', async () => {
    const text = await backupTextOf(freshDatabase());
    const backup = checked(text);
    for (const table of backupTableNames) expect(backup.tables[table]).toEqual([]);
  });
});

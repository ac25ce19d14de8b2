import { describe, expect, it } from 'vitest';
import { checkBackupText, describeBackupProblem, MAX_REPORTED_PROBLEMS, type BackupProblem } from '../../lib/backup/check-backup';
import { currentSchemaVersion } from '../../lib/db/schema-versions';
import { fixture, fixtureText } from './support';

type Json = Record<string, unknown>;

function valid(): Json & { tables: Record<string, Json[]> } {
  return fixture(currentSchemaVersion) as never;
}

function refusal(input: string | object): BackupProblem[] {
  const check = checkBackupText(typeof input === 'string' ? input : JSON.stringify(input));
  if (check.ok) throw new Error('the backup was accepted');
  return check.problems;
}

describe('a backup file is refused, with what is wrong named', () => {
  it('accepts the frozen current-version file (the baseline every case below breaks)', () => {
    expect(checkBackupText(fixtureText(currentSchemaVersion)).ok).toBe(true);
  });

  it('when it is not JSON', () => {
    expect(refusal('{"format": "mentoring-companion/backup", ')[0]!.message).toMatch(/^The file is not valid JSON \(/);
    expect(refusal('')[0]!.message).toMatch(/not valid JSON/);
  });

  it('when it is JSON but not one object', () => {
    expect(refusal([1, 2])[0]!.message).toBe('The file is not a Mentoring Companion backup: it should hold one JSON object.');
  });

  it('when its format is missing or another', () => {
    const { format: _format, ...rest } = valid();
    expect(refusal(rest)[0]!.message).toMatch(/its "format" should be "mentoring-companion\/backup"/);
    expect(refusal({ ...valid(), format: 'something-else' })[0]!.message).toMatch(/is not a Mentoring Companion backup/);
  });

  it('when it is another file of ours: a template export or a recap, saying where it belongs', () => {
    expect(refusal({ format: 'mentoring-companion/goal-templates', version: 1, templates: [] })[0]!.message).toMatch(/goal template export.*Goal templates/);
    expect(refusal({ format: 'mentoring-companion/recap', version: 1 })[0]!.message).toMatch(/recap.*Import a recap/);
  });

  it('when a newer version of the extension wrote it', () => {
    const [problem] = refusal({ ...valid(), schemaVersion: currentSchemaVersion + 1 });
    expect(problem).toMatchObject({ field: 'schemaVersion' });
    expect(problem!.message).toMatch(new RegExp(`newer version.*data version ${currentSchemaVersion + 1}.*Update the extension`));
  });

  it('when its header fields are missing or malformed, naming each', () => {
    const { appVersion: _app, ...noApp } = valid();
    expect(refusal(noApp)).toEqual([{ field: 'appVersion', message: 'is missing' }]);
    expect(refusal({ ...valid(), schemaVersion: '2' })).toEqual([{ field: 'schemaVersion', message: 'must be a number' }]);
    expect(refusal({ ...valid(), schemaVersion: 0 })[0]).toMatchObject({ field: 'schemaVersion', message: 'must be at least 1' });
    expect(refusal({ ...valid(), createdAt: 'yesterday' })[0]).toMatchObject({ field: 'createdAt', message: expect.stringMatching(/date and time/) });
  });

  it('when it has no tables', () => {
    const { tables: _tables, ...rest } = valid();
    expect(refusal(rest)).toEqual([{ field: 'tables', message: 'The backup has no "tables" object.' }]);
  });

  it('when a table is missing, is not a list, or is not a table of that version', () => {
    const backup = valid();
    delete backup.tables.goals;
    (backup.tables as Record<string, unknown>).sessions = { 's-1': {} };
    backup.tables.tokens = [{ token: 'x' }];
    expect(refusal(backup)).toEqual([
      { table: 'tokens', message: `is not a table of a version ${currentSchemaVersion} backup` },
      { table: 'goals', message: 'is missing from the backup' },
      { table: 'sessions', message: 'must be a list of rows' },
    ]);
    // A version-1 file knows nothing of tables added later.
    const old = fixture(1) as Json & { tables: Record<string, unknown[]> };
    old.tables.detectionDecisions = [];
    expect(refusal(old)).toEqual([{ table: 'detectionDecisions', message: 'is not a table of a version 1 backup' }]);
  });

  it('when a row is invalid: table, row number, id and field', () => {
    const backup = valid();
    const session = backup.tables.sessions![1]!;
    session.end = '2020-01-01T00:00:00.000Z';
    backup.tables.goals![0]!.progress = 140;
    const problems = refusal(backup);
    expect(problems).toEqual([
      { table: 'goals', row: 1, id: backup.tables.goals![0]!.id, field: 'progress', message: 'must be at most 100' },
      { table: 'sessions', row: 2, id: session.id, field: 'end', message: 'ends before it starts' },
    ]);
    expect(describeBackupProblem(problems[1]!)).toBe(`table “sessions”, row 2 (id “${String(session.id)}”), field “end”: ends before it starts`);
  });

  it('when a row lacks a required field or has the wrong type of value', () => {
    const backup = valid();
    delete backup.tables.pairings![0]!.title;
    backup.tables.actionItems![0]!.owner = 'both';
    expect(refusal(backup)).toEqual([
      expect.objectContaining({ table: 'pairings', row: 1, field: 'title', message: 'is missing' }),
      expect.objectContaining({ table: 'actionItems', row: 1, field: 'owner', message: 'must be one of: me, them' }),
    ]);
  });

  it('when two rows of a table share a key', () => {
    const backup = valid();
    const copy: Json = { ...backup.tables.goals![0]!, title: 'Another title' };
    backup.tables.goals!.push(copy);
    expect(refusal(backup)).toEqual([
      { table: 'goals', row: 3, id: copy.id, field: 'id', message: 'repeats the id of row 1' },
    ]);
  });

  it('lists at most the first problems of a badly broken file, and counts the rest', () => {
    const backup = valid();
    backup.tables.events = Array.from({ length: MAX_REPORTED_PROBLEMS + 10 }, (_, index) => ({ key: `k-${index}` }));
    const check = checkBackupText(JSON.stringify(backup));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(check.more).toBeGreaterThan(10);
    expect(check.problems[0]).toMatchObject({ table: 'events', row: 1, id: 'k-0' });
  });
});

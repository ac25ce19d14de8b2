import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupJsonSchema, backupJsonSchemaText, withGeneratedSchema } from '../../lib/backup/json-schema';
import { backupTableNames } from '../../lib/backup/backup-tables';

const STALE = 'is stale: run `npm run docs:backup-schema` and commit the result';

describe('the documented backup format', () => {
  it('docs/backup-format.schema.json is the schema generated from today’s zod schemas', () => {
    expect(readFileSync('docs/backup-format.schema.json', 'utf8'), `docs/backup-format.schema.json ${STALE}`).toBe(backupJsonSchemaText());
  });

  it('docs/backup-format.md embeds the same generated schema', () => {
    const markdown = readFileSync('docs/backup-format.md', 'utf8');
    expect(markdown, `docs/backup-format.md ${STALE}`).toBe(withGeneratedSchema(markdown));
  });

  it('describes every table, and each row as its table schema says', () => {
    const schema = backupJsonSchema() as { properties: { tables: { properties: Record<string, { items: { required?: string[] } }>; required: string[] } } };
    expect(Object.keys(schema.properties.tables.properties)).toEqual(backupTableNames);
    expect(schema.properties.tables.required).toEqual(backupTableNames);
    expect(schema.properties.tables.properties.sessions!.items.required).toEqual(expect.arrayContaining(['id', 'pairingId', 'start', 'end', 'notes']));
    // Sync cursors are not part of a backup.
    expect(JSON.stringify(schema.properties.tables.properties.syncStates)).not.toContain('syncToken');
    const markdown = readFileSync('docs/backup-format.md', 'utf8');
    for (const table of backupTableNames) expect(markdown, table).toContain(`| \`${table}\` |`);
  });
});

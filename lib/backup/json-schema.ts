import { z } from 'zod/mini';
import { currentSchemaVersion } from '../db/schema-versions';
import { BACKUP_FORMAT, currentBackupFileSchema } from './backup-file';

/**
 * The JSON Schema of a backup file of the current version, generated from the zod schemas the
 * database and the restore use (never written by hand). Only tooling and tests import this:
 * `npm run docs:backup-schema` writes it into docs/, and a test fails while the copy there is stale.
 */
export function backupJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(currentBackupFileSchema(), { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return {
    $schema,
    $id: `https://mentoring-companion.invalid/schemas/backup-v${currentSchemaVersion}.json`,
    title: `Mentoring Companion backup (${BACKUP_FORMAT}, data version ${currentSchemaVersion})`,
    ...rest,
  };
}

const SCHEMA_BLOCK_START = '<!-- BEGIN GENERATED JSON SCHEMA: npm run docs:backup-schema -->';
const SCHEMA_BLOCK_END = '<!-- END GENERATED JSON SCHEMA -->';

export function backupJsonSchemaText(): string {
  return `${JSON.stringify(backupJsonSchema(), null, 2)}\n`;
}

/** The Markdown document with its generated block replaced by the current schema. */
export function withGeneratedSchema(markdown: string): string {
  const start = markdown.indexOf(SCHEMA_BLOCK_START);
  const end = markdown.indexOf(SCHEMA_BLOCK_END);
  if (start < 0 || end < start) throw new Error(`the document lacks the markers ${SCHEMA_BLOCK_START} … ${SCHEMA_BLOCK_END}`);
  const block = `${SCHEMA_BLOCK_START}\n\`\`\`json\n${backupJsonSchemaText()}\`\`\`\n`;
  return markdown.slice(0, start) + block + markdown.slice(end);
}

/**
 * `npm run docs:backup-schema`: writes the JSON Schema of the backup file, generated from the zod
 * schemas, to docs/backup-format.schema.json and into docs/backup-format.md.
 * tests/backup/json-schema.test.ts fails while either copy is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { backupJsonSchemaText, withGeneratedSchema } from '../lib/backup/json-schema';

writeFileSync('docs/backup-format.schema.json', backupJsonSchemaText());
writeFileSync('docs/backup-format.md', withGeneratedSchema(readFileSync('docs/backup-format.md', 'utf8')));
console.log('docs/backup-format.schema.json and docs/backup-format.md are up to date.');

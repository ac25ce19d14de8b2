import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadVocabulary, type PackagedFileReader, type Vocabulary } from '../../lib/detection';

/**
 * The packaged files as Node reads them: public/ is what the build copies to the extension's root,
 * so tests, the corpus test and the benchmark load exactly the lexicons the extension fetches.
 */
export const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public');

export const readPublicFile: PackagedFileReader = async (path) => JSON.parse(await readFile(join(PUBLIC_DIR, path), 'utf8')) as unknown;

let loaded: Promise<Vocabulary> | null = null;

/** Every lexicon in public/lexicons/, compiled once per test file. */
export function publicVocabulary(): Promise<Vocabulary> {
  loaded ??= loadVocabulary(readPublicFile);
  return loaded;
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript file of the extension itself (not tooling or tests). */
function extensionSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return extensionSources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
const sources = ['lib', 'components', 'entrypoints'].flatMap(extensionSources);

describe('code layout', () => {
  it('imports the tree-shakable zod/mini in extension code (classic zod would blow the size budget)', () => {
    const offenders = sources.filter((file) => /from ['"]zod['"]/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('imports only the types of @googleapis/calendar in extension code (its runtime needs Node)', () => {
    const offenders = sources.filter((file) =>
      /^import (?!type )[^;]*from ['"]@googleapis\/calendar['"]/m.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps source files small enough to read (about 300 lines at most)', () => {
    const long = sources.filter((file) => readFileSync(file, 'utf8').split('\n').length > 330);
    expect(long).toEqual([]);
  });

  it('keeps entry points thin: they wire and mount, logic lives in lib/ and components/', () => {
    const thick = sources
      .filter((file) => file.startsWith('entrypoints'))
      .filter((file) => readFileSync(file, 'utf8').split('\n').length > 40);
    expect(thick).toEqual([]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { LexiconLoadError, loadVocabulary, type PackagedFileReader } from '../../lib/detection';
import { PROGRAMME_KINDS, PURPOSE_KINDS } from '../../lib/detection/lexicon/format';
import { LEXICON_LANGUAGES } from '../../lib/detection/lexicon/languages';
import { loadLexicons } from '../../lib/detection/lexicon/load';
import { readPublicFile } from './lexicon-files';

/** The packaged files, with one of them replaced or missing. */
function readerWith(path: string, replacement: (original: Record<string, unknown>) => unknown): PackagedFileReader {
  return async (requested) => {
    const original = (await readPublicFile(requested)) as Record<string, unknown>;
    return requested === path ? replacement(original) : original;
  };
}

describe('lexicon files', () => {
  it('loads one lexicon per language, each with words in every core category', async () => {
    const lexicons = await loadLexicons(readPublicFile);
    expect(lexicons.map((lexicon) => lexicon.language)).toEqual([...LEXICON_LANGUAGES]);
    for (const lexicon of lexicons) {
      for (const category of ['mentoring', 'roles', 'coaching', 'coachingSessions', 'catchUp', 'withWords', 'preparation', 'circle', 'growth'] as const) {
        expect(lexicon[category].length, `${lexicon.language} ${category}`).toBeGreaterThan(0);
      }
      expect(Object.keys(lexicon.purposes).length, `${lexicon.language} purposes`).toBeGreaterThanOrEqual(12);
      expect(Object.keys(lexicon.programme).length, `${lexicon.language} programme`).toBeGreaterThanOrEqual(3);
      for (const kind of Object.keys(lexicon.purposes)) expect(Object.keys(PURPOSE_KINDS)).toContain(kind);
      for (const kind of Object.keys(lexicon.programme)) expect(Object.keys(PROGRAMME_KINDS)).toContain(kind);
    }
  });

  it('refuses to compile when any file is missing, naming it', async () => {
    const read: PackagedFileReader = async (path) => {
      if (path === '/lexicons/sv.json') throw new Error('HTTP 404');
      return readPublicFile(path);
    };
    const loading = loadVocabulary(read);
    await expect(loading).rejects.toBeInstanceOf(LexiconLoadError);
    await expect(loading).rejects.toThrow('lexicon /lexicons/sv.json could not be read: HTTP 404');
  });

  it('refuses a malformed file, saying where it is wrong', async () => {
    const unknownKind = readerWith('/lexicons/tr.json', (original) => ({ ...original, purposes: { ...(original.purposes as object), lunch: ['ogle'] } }));
    await expect(loadVocabulary(unknownKind)).rejects.toThrow('lexicon /lexicons/tr.json is malformed: purposes: unknown "lunch"');
    const notAList = readerWith('/lexicons/ko.json', (original) => ({ ...original, roles: '멘토' }));
    await expect(loadVocabulary(notAList)).rejects.toThrow('lexicon /lexicons/ko.json is malformed: roles: must be an array');
    const emptyWord = readerWith('/lexicons/de.json', (original) => ({ ...original, catchUp: ['kaffee', ''] }));
    await expect(loadVocabulary(emptyWord)).rejects.toThrow(/lexicon \/lexicons\/de\.json is malformed: catchUp\.1: must not be empty/);
    const notJson = readerWith('/lexicons/fi.json', () => null);
    await expect(loadVocabulary(notJson)).rejects.toThrow('lexicon /lexicons/fi.json is malformed: (file): must be a JSON object');
  });

  it('refuses a file that holds another language', async () => {
    const swapped = readerWith('/lexicons/pl.json', (original) => ({ ...original, language: 'cs' }));
    await expect(loadVocabulary(swapped)).rejects.toThrow('lexicon /lexicons/pl.json says it is "cs", not "pl"');
  });
});

describe('packaged lexicons', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('are fetched from the extension package, and a failed load is tried again on the next call', async () => {
    const realFetch = globalThis.fetch;
    const requested: string[] = [];
    let failing = true;
    vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input);
      requested.push(url);
      if (failing && url.endsWith('/lexicons/ja.json')) return new Response('gone', { status: 404 });
      return realFetch(input, init);
    });
    const { packagedVocabulary } = await import('../../lib/detection/packaged');
    await expect(packagedVocabulary()).rejects.toThrow('lexicon /lexicons/ja.json could not be read: HTTP 404');
    failing = false;
    const vocabulary = await packagedVocabulary();
    expect(vocabulary.languages).toEqual([...LEXICON_LANGUAGES]);
    expect(requested.every((url) => /^chrome-extension:\/\/[^/]+\/lexicons\/[a-z]+\.json$/.test(url))).toBe(true);
    // Loaded once: the next caller shares it.
    expect(await packagedVocabulary()).toBe(vocabulary);
  });
});

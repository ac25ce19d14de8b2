import { browser, type PublicPath } from 'wxt/browser';
import type { PackagedFileReader } from './lexicon/load';
import { loadVocabulary, type Vocabulary } from './vocabulary';

/**
 * The lexicons ship as data files in the extension package (public/lexicons/), outside the
 * background's JavaScript: a service worker cannot import() code on demand, but it can fetch its own
 * files. They are read once per service-worker start, all of them before any detection runs.
 */
const readPackagedFile: PackagedFileReader = async (path) => {
  const response = await fetch(browser.runtime.getURL(path as PublicPath));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
};

let loading: Promise<Vocabulary> | null = null;

/**
 * Every lexicon of the package, compiled; shared by all callers. A failed load is not kept, so the
 * next call tries again (detection waits rather than running with some languages missing).
 */
export function packagedVocabulary(): Promise<Vocabulary> {
  loading ??= loadVocabulary(readPackagedFile).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

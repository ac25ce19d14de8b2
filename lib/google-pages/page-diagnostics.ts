import { browser } from 'wxt/browser';
import { LEGACY_STORAGE_KEYS, STORAGE_KEYS } from '../storage/storage-keys';

export type PageSurface = 'calendar' | 'meet';

/** Something the Calendar or Meet page script could not do, most likely because Google changed the page. */
export interface PageDiagnostic {
  surface: PageSurface;
  /** In words, for the options page. */
  problem: string;
  /** The page's path (no query: it may hold event ids), e.g. "/calendar/u/0/r/week". */
  page: string;
  /** Epoch ms. */
  seenAt: number;
  extensionVersion: string;
}

const KEY = STORAGE_KEYS.pageDiagnostics;
type Stored = Partial<Record<PageSurface, PageDiagnostic>>;

/** Keeps the latest diagnostic of each page (one per surface: the options page shows them). */
export async function recordPageDiagnostic(surface: PageSurface, problem: string): Promise<void> {
  const stored = await readStored();
  const diagnostic: PageDiagnostic = {
    surface,
    problem,
    page: location.pathname.slice(0, 200),
    seenAt: Date.now(),
    extensionVersion: browser.runtime.getManifest().version,
  };
  await browser.storage.local.set({ [KEY]: { ...stored, [surface]: diagnostic } });
  // An earlier version's entry is as old as that version: the page has been read since.
  await browser.storage.local.remove(LEGACY_STORAGE_KEYS.pageDiagnostics);
}

/** Forgets a surface's diagnostic (the page works again, or the user dismissed it). */
export async function clearPageDiagnostic(surface: PageSurface): Promise<void> {
  const stored = await readStored();
  if (!stored[surface]) return;
  delete stored[surface];
  await browser.storage.local.set({ [KEY]: stored });
}

export async function listPageDiagnostics(): Promise<PageDiagnostic[]> {
  return Object.values(await readStored()).filter((entry): entry is PageDiagnostic => Boolean(entry));
}

/** Calls `listener` whenever the diagnostics change; returns the function that stops listening. */
export function watchPageDiagnostics(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

async function readStored(): Promise<Stored> {
  const value = (await browser.storage.local.get(KEY))[KEY];
  if (typeof value !== 'object' || value === null) return {};
  const stored: Stored = {};
  for (const surface of ['calendar', 'meet'] as const) {
    const entry = (value as Stored)[surface];
    if (entry && typeof entry.problem === 'string' && typeof entry.seenAt === 'number') stored[surface] = entry;
  }
  return stored;
}

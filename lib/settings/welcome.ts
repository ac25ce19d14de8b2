import { browser } from 'wxt/browser';
import { LEGACY_STORAGE_KEYS, STORAGE_KEYS } from '../storage/storage-keys';

const KEY = STORAGE_KEYS.welcomeDismissed;
const LEGACY_KEY = LEGACY_STORAGE_KEYS.welcomeDismissed;

/** Whether the user closed the options page's welcome (it shows from the first run until then). */
export async function isWelcomeDismissed(): Promise<boolean> {
  const stored = await browser.storage.local.get([KEY, LEGACY_KEY]);
  return stored[KEY] === true || stored[LEGACY_KEY] === true;
}

export async function dismissWelcome(): Promise<void> {
  await browser.storage.local.set({ [KEY]: true });
  await browser.storage.local.remove(LEGACY_KEY);
}

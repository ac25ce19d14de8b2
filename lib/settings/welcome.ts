import { browser } from 'wxt/browser';

const KEY = 'welcomeDismissed';

/** Whether the user closed the options page's welcome (it shows from the first run until then). */
export async function isWelcomeDismissed(): Promise<boolean> {
  return (await browser.storage.local.get(KEY))[KEY] === true;
}

export async function dismissWelcome(): Promise<void> {
  await browser.storage.local.set({ [KEY]: true });
}

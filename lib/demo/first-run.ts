/**
 * The background's part of the first run: on install it opens the options page, where the setup
 * happens (first-run-setup.ts). The demo stories and templates are mostly text; keeping them out of
 * the service worker keeps it within its size budget and quick to start.
 */
export function startFirstRun(): void {
  // Added synchronously: the event that woke the service worker reaches only listeners added in its first turn.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.runtime.openOptionsPage().catch((error: unknown) => {
      console.error('Mentoring Companion: could not open the welcome page', error);
    });
  });
}

import type { Page } from 'playwright-core';
import type { LaunchedExtension } from './browser';

declare const chrome: {
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]> };
  extension: { getViews(filter?: { type?: string }): Window[] };
};

/** What the real side panel (not a tab showing sidepanel.html) shows. */
export interface OpenedPanel {
  /** Its whole visible text. */
  text: string;
  /** The start (ISO) of the session it focuses on (the session card's <time datetime>). */
  focusStart?: string;
}

/** Waits until Chrome's side panel is open (the panel document exists), as the background sees it. */
export async function waitForSidePanel(extension: LaunchedExtension, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const contexts = await extension.serviceWorker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }));
    if (contexts.some((context) => context.documentUrl?.includes('/sidepanel.html'))) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the side panel did not open');
}

/**
 * Reads the real side panel from another page of the extension (`probe`, any extension page):
 * tests cannot drive Chrome's side panel, but pages of one extension can see each other's documents.
 */
async function readSidePanel(probe: Page): Promise<OpenedPanel | undefined> {
  return probe.evaluate(() => {
    const tabs = new Set(chrome.extension.getViews({ type: 'tab' }));
    const panel = chrome.extension.getViews().find((view) => !tabs.has(view) && view.location.pathname.endsWith('/sidepanel.html'));
    // A panel still loading has no body yet.
    if (!panel?.document.body) return undefined;
    const heading = panel.document.getElementById('session-heading');
    const focusStart = heading?.closest('section')?.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
    return { text: panel.document.body.innerText, focusStart };
  });
}

/** Polls the real side panel until `accept` holds; fails with what it last showed. */
export async function waitForSidePanelShowing(probe: Page, accept: (panel: OpenedPanel) => boolean, timeoutMs = 15_000): Promise<OpenedPanel> {
  const deadline = Date.now() + timeoutMs;
  let last: OpenedPanel | undefined;
  while (Date.now() < deadline) {
    last = await readSidePanel(probe);
    if (last && accept(last)) return last;
    await probe.waitForTimeout(200);
  }
  throw new Error(`the side panel never showed what was expected; it showed: ${last ? `${last.focusStart} ${last.text.slice(0, 400)}` : 'nothing'}`);
}

import { browser } from 'wxt/browser';

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

const FEEDBACK_WINDOW = { width: 420, height: 720 } as const;

/**
 * Opens the side panel (Chrome) or the sidebar (Firefox). Both browsers only allow this inside a
 * user action, so the call is made synchronously, before anything is awaited; a click on one of
 * our notifications is such an action, and so is a click in our part of the Calendar or Meet page
 * (`windowId`: that page's window). Where the browser still refuses (or has neither API), the
 * panel opens in a small window instead, so the click is never a dead end.
 */
export function openSidePanel(windowId: number = browser.windows.WINDOW_ID_CURRENT): Promise<void> {
  const apis = browser as unknown as PanelApis;
  let opening: Promise<void>;
  try {
    if (apis.sidePanel?.open) opening = apis.sidePanel.open({ windowId });
    else if (apis.sidebarAction?.open) opening = apis.sidebarAction.open();
    else opening = Promise.reject(new Error('this browser has no side panel'));
  } catch (error) {
    opening = Promise.reject(error);
  }
  return opening.catch(async (error: unknown) => {
    console.warn('Mentoring Companion: opening the panel in a window instead', error);
    await browser.windows.create({ url: browser.runtime.getURL('/sidepanel.html'), type: 'popup', width: 400, height: 720 });
  });
}

/** The feedback form of one session, in its own small window. */
export async function openFeedbackWindow(sessionId: string): Promise<void> {
  await browser.windows.create({
    url: browser.runtime.getURL(`/feedback.html?session=${encodeURIComponent(sessionId)}`),
    type: 'popup',
    ...FEEDBACK_WINDOW,
  });
}

import { browser } from 'wxt/browser';

interface ToolbarButton {
  onClicked?: { addListener(listener: () => void): void };
}

/**
 * The side panel (Chrome) and sidebar (Firefox) APIs this module touches, the only place that reaches
 * them; each may be missing depending on the browser.
 */
interface PanelApis {
  sidePanel?: {
    setPanelBehavior?(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
    open?(options: { windowId: number }): Promise<void>;
  };
  sidebarAction?: { toggle?(): Promise<void>; open?(): Promise<void> };
  /** MV3 toolbar button. */
  action?: ToolbarButton;
  /** MV2 toolbar button (Firefox builds are MV2). */
  browserAction?: ToolbarButton;
}

/**
 * The toolbar button opens the panel: Chrome does it natively once asked; Firefox has no such
 * setting, so its button toggles the sidebar. Browsers with neither API keep the default.
 */
export function startSidePanelBehavior(): void {
  const api = browser as unknown as PanelApis;
  const setPanelBehavior = api.sidePanel?.setPanelBehavior;
  if (typeof setPanelBehavior === 'function') {
    setPanelBehavior.call(api.sidePanel, { openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('Mentoring Companion: could not make the toolbar button open the side panel', error);
    });
    return;
  }
  const sidebar = api.sidebarAction;
  const button = api.action ?? api.browserAction;
  if (typeof sidebar?.toggle === 'function' && button?.onClicked) {
    // toggle() must run synchronously inside the click handler (a user gesture), so nothing is awaited before it.
    button.onClicked.addListener(() => {
      void sidebar.toggle?.();
    });
  }
}

/** The panel in a small window, where the browser cannot show it beside the page. */
const PANEL_WINDOW = { width: 400, height: 720 } as const;

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
    await browser.windows.create({ url: browser.runtime.getURL('/sidepanel.html'), type: 'popup', ...PANEL_WINDOW });
  });
}

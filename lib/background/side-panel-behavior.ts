import { browser } from 'wxt/browser';

interface ToolbarButton {
  onClicked?: { addListener(listener: () => void): void };
}

/** The parts of the browser APIs this module touches; each may be missing depending on the browser. */
interface PanelApis {
  sidePanel?: { setPanelBehavior?(behavior: { openPanelOnActionClick: boolean }): Promise<void> };
  sidebarAction?: { toggle?(): Promise<void> };
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

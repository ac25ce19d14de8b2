import type { Browser } from 'puppeteer-core';

/**
 * Scripts in Firefox's own (privileged) windows, over WebDriver BiDi: Firefox must be started with
 * `--remote-allow-system-access`, and contexts are listed with `"moz:scope": "chrome"`. Used for what
 * BiDi refuses to content: opening a moz-extension:// page, and clicking a notification.
 */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface ChromeContext {
  context: string;
  url: string;
}
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

function connectionOf(browser: Browser): BidiConnection {
  // Puppeteer's BiDi browser exposes its connection; the public types do not name it.
  return (browser as unknown as { connection: BidiConnection }).connection;
}

async function chromeContexts(browser: Browser): Promise<ChromeContext[]> {
  const { result } = await connectionOf(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  return (result as { contexts: ChromeContext[] }).contexts;
}

/** Evaluates `expression` in a chrome window and returns its (JSON-like) value; throws with Firefox's message. */
async function evaluateInChrome(browser: Browser, context: string, expression: string): Promise<unknown> {
  const { result } = await connectionOf(browser).send('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' });
  const evaluated = result as EvaluateResult;
  if (evaluated.type === 'exception') throw new Error(`chrome script failed: ${evaluated.exceptionDetails?.text ?? 'unknown error'}`);
  return evaluated.result?.value;
}

/** Opens `url` in a new, selected tab of the browser window, as the browser itself would (system principal). */
export async function openTabAsBrowser(browser: Browser, url: string): Promise<void> {
  await evaluateInChrome(
    browser,
    await browserWindow(browser),
    `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); true`,
  );
}

export interface ShownNotification {
  context: string;
  title: string;
  message: string;
}

/**
 * The notifications on screen. With `alerts.useSystemBackend` off, Firefox shows each as a small
 * chrome window (alert.xhtml), the same one a user sees on systems without a notification daemon.
 */
export async function shownNotifications(browser: Browser): Promise<ShownNotification[]> {
  const alerts = (await chromeContexts(browser)).filter((context) => context.url === 'chrome://global/content/alerts/alert.xhtml');
  const shown: ShownNotification[] = [];
  for (const alert of alerts) {
    const texts = await evaluateInChrome(
      browser,
      alert.context,
      `[document.getElementById('alertTitleLabel')?.getAttribute('value') ?? '', document.getElementById('alertTextLabel')?.textContent ?? '']`,
    ).catch(() => undefined);
    if (!Array.isArray(texts)) continue; // closed meanwhile
    const [title, message] = texts.map((item: { value?: unknown }) => String(item.value ?? ''));
    shown.push({ context: alert.context, title: title ?? '', message: message ?? '' });
  }
  return shown;
}

/**
 * Firefox's notification windows close themselves after 20 seconds unless the pointer rests on them.
 * The harness holds each one on screen as that resting pointer would (pausing the same animation),
 * so a slow machine cannot make a test miss a notification; a click releases it.
 */
export async function holdNotificationsOnScreen(browser: Browser): Promise<void> {
  await evaluateInChrome(
    browser,
    await browserWindow(browser),
    `(() => {
      window.mentoringAlertWatcher = {
        observe(opened, topic) {
          if (topic !== 'domwindowopened') return;
          opened.addEventListener('load', () => {
            const box = opened.document.getElementById('alertBox');
            if (opened.location.href === 'chrome://global/content/alerts/alert.xhtml' && box) box.style.animationPlayState = 'paused';
          }, { once: true });
        },
      };
      Services.ww.registerNotification(window.mentoringAlertWatcher);
      return true;
    })()`,
  );
}

/** Clicks a notification's body, as a user would: Firefox then fires `notifications.onClicked`. */
export async function clickNotification(browser: Browser, notification: ShownNotification): Promise<void> {
  await evaluateInChrome(
    browser,
    notification.context,
    `(() => { const box = document.getElementById('alertBox'); box.style.animationPlayState = ''; box.click(); return true; })()`,
  );
}

/** Firefox's id for an add-on's toolbar widgets (its `makeWidgetId`). */
function widgetId(addonId: string): string {
  return addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
}

async function browserWindow(browser: Browser): Promise<string> {
  const window = (await chromeContexts(browser)).find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('Firefox has no browser window');
  return window.context;
}

export interface SidebarState {
  open: boolean;
  /** The page the sidebar shows, and its title once loaded. */
  url?: string;
  title?: string;
}

export async function sidebarState(browser: Browser): Promise<SidebarState> {
  const state = await evaluateInChrome(
    browser,
    await browserWindow(browser),
    `(() => {
      const panel = SidebarController.isOpen ? SidebarController.browser.contentDocument?.getElementById('webext-panels-browser') : null;
      return JSON.stringify({ open: SidebarController.isOpen, url: panel?.currentURI?.spec, title: panel?.browsingContext?.currentWindowGlobal?.documentTitle });
    })()`,
  );
  return JSON.parse(String(state)) as SidebarState;
}

export async function hideSidebar(browser: Browser): Promise<void> {
  await evaluateInChrome(browser, await browserWindow(browser), 'SidebarController.hide(); true');
}

/**
 * Clicks the add-on's toolbar button. Firefox keeps add-on buttons in its Extensions menu until
 * pinned, so the button is pinned to the toolbar first, as a user would.
 */
export async function clickToolbarButton(browser: Browser, addonId: string): Promise<void> {
  const id = `${widgetId(addonId)}-browser-action`;
  await evaluateInChrome(
    browser,
    await browserWindow(browser),
    `(() => {
      CustomizableUI.addWidgetToArea(${JSON.stringify(id)}, CustomizableUI.AREA_NAVBAR);
      const item = document.getElementById(${JSON.stringify(id)});
      if (!item) throw new Error('the add-on has no toolbar button');
      (item.querySelector('toolbarbutton') ?? item).click();
      return true;
    })()`,
  );
}

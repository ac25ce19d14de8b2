import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { BrowserContext, Page } from 'playwright-core';
import { startHostProxy, proxyPrefs, type HostProxy } from '../host-proxy';
import { clickNotification, clickToolbarButton, hideSidebar, holdNotificationsOnScreen, shownNotifications, sidebarState, type ShownNotification, type SidebarState } from './chrome-scope';
import { FirefoxContext, poll, type FirefoxPage } from './page';

/** The Firefox build, as README's "Load the built extension" names it. */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
/** The fixed moz-extension:// host the tests give the add-on (any UUID would do; a fixed one keeps URLs stable). */
const EXTENSION_UUID = '5d6c9a8e-2f41-4b7a-9c3e-6a1f0b2d4e87';

export interface FirefoxLaunchOptions {
  /** Host names tunnelled to a loopback port, e.g. `{ 'www.googleapis.com': 8443 }` (see host-proxy.ts). */
  mapHosts?: Record<string, number>;
  extensionDir?: string;
}

export interface LaunchedFirefoxExtension {
  browser: Browser;
  /** The page objects' BrowserContext (tests/e2e/pages take it as Playwright's). */
  context: BrowserContext;
  /** What page objects put after `chrome-extension://`: the add-on's moz-extension UUID. */
  extensionId: string;
  /** The add-on id from the manifest (browser_specific_settings.gecko.id). */
  addonId: string;
  /** The options page Firefox opened on install (the first-run welcome). */
  welcome: Page;
  openPage(path: string): Promise<Page>;
  /** Notifications on screen now. */
  notifications(): Promise<ShownNotification[]>;
  /** Waits until a notification for which `wanted` holds is on screen. */
  waitForNotification(wanted: (shown: ShownNotification) => boolean, timeoutMs: number): Promise<ShownNotification>;
  /** Clicks a notification and returns the page that click opened. */
  clickNotification(notification: ShownNotification): Promise<Page>;
  /** Whether Firefox's sidebar is open, and on which page. */
  sidebar(): Promise<SidebarState>;
  hideSidebar(): Promise<void>;
  /** Clicks the add-on's toolbar button (pinned to the toolbar first). */
  clickToolbarButton(): Promise<void>;
  close(): Promise<void>;
}

/** Debian's Firefox ESR unless FIREFOX_PATH says otherwise. */
function firefoxPath(): string {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

/**
 * Starts headless Firefox over WebDriver BiDi in a throw-away profile, installs the built add-on as a
 * temporary add-on (as about:debugging's "Load Temporary Add-on…" does), and waits for the options
 * page its first run opens.
 */
export async function launchFirefoxExtension(options: FirefoxLaunchOptions = {}): Promise<LaunchedFirefoxExtension> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${extensionDir}/manifest.json has no gecko id`);

  const proxy: HostProxy = await startHostProxy(options.mapHosts ?? {});
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      // Lets tests run scripts in Firefox's own windows (chrome-scope.ts).
      args: ['--remote-allow-system-access'],
      // The fixtures' self-signed certificates stand in for Google's.
      acceptInsecureCerts: true,
      defaultViewport: { width: 1000, height: 800 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
        // Notifications as Firefox's own small windows, which a test can see and click.
        'alerts.useSystemBackend': false,
        ...proxyPrefs(proxy.port),
      },
    });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  const context = new FirefoxContext(browser);
  const close = async () => {
    await browser.close();
    await proxy.close();
  };
  try {
    await holdNotificationsOnScreen(browser);
    const installed = await browser.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`Firefox installed ${installed}, expected ${addonId}`);
    const welcome = await waitForPage(context, `moz-extension://${EXTENSION_UUID}/options.html`);
    return {
      browser,
      context: context as unknown as BrowserContext,
      extensionId: EXTENSION_UUID,
      addonId,
      welcome: welcome as unknown as Page,
      async openPage(path) {
        const page = await context.newPage();
        await page.goto(`moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`);
        return page;
      },
      notifications: () => shownNotifications(browser),
      async waitForNotification(wanted, timeoutMs) {
        let seen: ShownNotification[] = [];
        const matching = () => seen.find(wanted);
        await poll('a matching notification', timeoutMs, async () => {
          seen = await shownNotifications(browser);
          return matching() !== undefined;
        }).catch((error: Error) => {
          throw new Error(`${error.message}; shown: ${JSON.stringify(seen)}`);
        });
        return matching()!;
      },
      async clickNotification(notification) {
        const pagesBefore = await browser.pages();
        await clickNotification(browser, notification);
        return (await context.waitForNewPage(pagesBefore)) as unknown as Page;
      },
      sidebar: () => sidebarState(browser),
      hideSidebar: () => hideSidebar(browser),
      clickToolbarButton: () => clickToolbarButton(browser, addonId),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The first-run options page may take over the blank first tab or open a new one; either way, find it. */
async function waitForPage(context: FirefoxContext, url: string): Promise<FirefoxPage> {
  let found: FirefoxPage | undefined;
  await poll(url, 30_000, async () => {
    for (const page of await context.firefoxPages()) {
      if ((await page.puppeteer.evaluate(() => location.href).catch(() => '')).startsWith(url)) found = page;
    }
    return found !== undefined;
  });
  await found!.waitForLoadState();
  return found!;
}

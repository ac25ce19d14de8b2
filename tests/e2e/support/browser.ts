import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface LaunchOptions {
  /** Host names mapped to a loopback port, e.g. `{ 'www.googleapis.com': 8443 }`: the product keeps calling Google's real hosts. */
  mapHosts?: Record<string, number>;
  headless?: boolean;
  extensionDir?: string;
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens an extension page (e.g. `options.html`) in a new tab. */
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** The browser the tests drive: Debian's Chromium unless CHROME_PATH says otherwise. */
export function chromePath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export function chromiumArgs(extensionDir: string, mapHosts: Record<string, number> = {}): string[] {
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const rules = Object.entries(mapHosts).map(([host, port]) => `MAP ${host} 127.0.0.1:${port}`);
  if (rules.length > 0) args.push(`--host-resolver-rules=${rules.join(', ')}`, '--ignore-certificate-errors');
  return args;
}

/** Starts Chromium with the built extension loaded in a throw-away profile and waits for its service worker. */
export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = await mkdtemp(join(tmpdir(), 'mentoring-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: options.headless ?? true,
    args: chromiumArgs(extensionDir, options.mapHosts),
    ignoreHTTPSErrors: true,
    viewport: { width: 1000, height: 800 },
  });
  const serviceWorker =
    context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  // A fresh profile is a fresh install, which opens the options page (the welcome). Chrome may open it
  // in whichever blank tab exists, so tests open their own pages only once it is there.
  await waitForPage(context, `chrome-extension://${extensionId}/options.html`);
  return {
    context,
    extensionId,
    serviceWorker,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

async function waitForPage(context: BrowserContext, url: string, timeoutMs = 30_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((candidate) => candidate.url().startsWith(url));
    if (page) {
      await page.waitForLoadState('domcontentloaded');
      return page;
    }
    if (Date.now() > deadline) throw new Error(`${url} never opened`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

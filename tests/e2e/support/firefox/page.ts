import type { Browser, ElementHandle, Page as PuppeteerPage } from 'puppeteer-core';
import type { BrowserContext, Page } from 'playwright-core';
import { openTabAsBrowser } from './chrome-scope';
import { queryEngineSource } from './engine-bundle';
import { FirefoxLocator, type RoleOptions } from './locator';
import type { Step } from './locator-steps';

const POLL_MS = 100;

/**
 * A Firefox tab with the part of Playwright's Page API that the page objects use, so `new
 * OptionsPage(page, id)` works in both browsers. Page objects address extension pages as
 * `chrome-extension://<id>/…`; here `<id>` is the add-on's fixed moz-extension UUID and the scheme is
 * swapped: the same extension-relative path, opened the only way Firefox allows for a test (see
 * chrome-scope.ts). Puppeteer does not follow navigations inside moz-extension:// documents, so
 * navigation waits here read the document itself.
 */
export class FirefoxPage {
  private tab: PuppeteerPage | undefined;
  private readonly errorHandlers: ((error: Error) => void)[] = [];
  private viewport = { width: 1000, height: 800 };

  constructor(
    readonly browserContext: FirefoxContext,
    tab?: PuppeteerPage,
  ) {
    this.tab = tab;
  }

  /** Uncaught errors of the page's scripts (`pageerror`), also for handlers added before the first goto. */
  on(event: 'pageerror', handler: (error: Error) => void): this {
    if (event !== 'pageerror') throw new Error(`FirefoxPage cannot listen for "${String(event)}"`);
    this.errorHandlers.push(handler);
    this.tab?.on('pageerror', handler as (event: unknown) => void);
    return this;
  }

  /** Makes `tab` this page's, with the listeners and size asked for before it existed. */
  private async bind(tab: PuppeteerPage): Promise<PuppeteerPage> {
    this.tab = tab;
    for (const handler of this.errorHandlers) tab.on('pageerror', handler as (event: unknown) => void);
    await tab.setViewport(this.viewport);
    return tab;
  }

  /** Keys pressed where the focus is. */
  readonly keyboard = {
    press: async (key: string): Promise<void> => {
      await this.puppeteer.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]);
    },
  };

  /** The mouse, at page coordinates. */
  readonly mouse = {
    move: async (x: number, y: number): Promise<void> => {
      await this.puppeteer.mouse.move(x, y);
    },
  };

  /** The Puppeteer page (after the first goto, for a page from `context().newPage()`). */
  get puppeteer(): PuppeteerPage {
    if (!this.tab) throw new Error('this Firefox page has not been opened yet: call goto first');
    return this.tab;
  }

  context(): BrowserContext {
    return this.browserContext as unknown as BrowserContext;
  }

  private root(): FirefoxLocator {
    return new FirefoxLocator(this, []);
  }
  locator(selector: string): FirefoxLocator {
    return this.root().locator(selector);
  }
  getByRole(role: string, options?: RoleOptions): FirefoxLocator {
    return this.root().getByRole(role, options);
  }
  getByLabel(text: string | RegExp, options?: { exact?: boolean }): FirefoxLocator {
    return this.root().getByLabel(text, options);
  }
  getByTestId(id: string): FirefoxLocator {
    return this.root().getByTestId(id);
  }
  getByText(text: string | RegExp, options?: { exact?: boolean }): FirefoxLocator {
    return this.root().getByText(text, options);
  }

  async goto(address: string): Promise<void> {
    if (/^https?:/.test(address)) {
      // Web pages (Google's hosts through the test's proxy, e.g. the content scripts' fixtures) load as usual.
      const tab = this.tab ?? (await this.bind(await this.browserContext.browser.newPage()));
      await tab.goto(address, { waitUntil: 'load' });
      return;
    }
    const url = address.replace(/^chrome-extension:\/\//, 'moz-extension://');
    if (this.tab) {
      // Inside the extension's own pages, moving to another of its pages is an ordinary navigation.
      await this.tab.evaluate((target) => void setTimeout(() => location.assign(target)), url);
    } else {
      await this.bind(await this.browserContext.openTab(url));
    }
    await this.poll(`${url} to load`, 30_000, async () => {
      const state = await this.tab!.evaluate(() => ({ href: location.href, ready: document.readyState })).catch(() => undefined);
      return state?.href === url && state.ready === 'complete';
    });
  }

  async url(): Promise<string> {
    return this.puppeteer.evaluate(() => location.href);
  }

  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.puppeteer.evaluate(fn as (arg: unknown) => R | Promise<R>, arg)) as R;
  }

  async waitForLoadState(): Promise<void> {
    await this.poll('the page to load', 30_000, async () => (await this.puppeteer.evaluate(() => document.readyState)) === 'complete');
  }

  async waitForTimeout(ms: number): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** Sizes the page (now, or when a page from `newPage()` first opens). */
  async setViewportSize(size: { width: number; height: number }): Promise<void> {
    this.viewport = size;
    if (this.tab) await this.tab.setViewport(size);
  }

  viewportSize(): { width: number; height: number } {
    return this.viewport;
  }

  async close(): Promise<void> {
    await this.tab?.close();
  }

  /** Runs `fn(steps, extra)` in the page with the query engine installed (once per document). */
  async withEngine<R, X = undefined>(fn: (steps: Step[], extra: X) => R, steps: Step[], extra?: X): Promise<R> {
    await this.installEngine();
    return (await this.puppeteer.evaluate(fn as (steps: Step[], extra: unknown) => R, steps, extra)) as R;
  }

  async withEngineHandle<X>(fn: (steps: Step[], extra: X) => Element | null, steps: Step[], extra: X): Promise<ElementHandle<Element> | null> {
    await this.installEngine();
    const handle = await this.puppeteer.evaluateHandle(fn as (steps: Step[], extra: unknown) => Element | null, steps, extra);
    const element = handle.asElement() as ElementHandle<Element> | null;
    if (!element) await handle.dispose();
    return element;
  }

  private async installEngine(): Promise<void> {
    const present = await this.puppeteer.evaluate(() => '__mentoringQueries' in globalThis);
    if (!present) await this.puppeteer.evaluate(await queryEngineSource());
  }

  poll(what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<void> {
    return poll(what, timeoutMs, check);
  }
}

/** Polls `check` until it holds; errors thrown by `check` end the wait at once. */
export async function poll(what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The browser's tabs, as the page objects' `BrowserContext` (newPage, waitForEvent('page')). */
export class FirefoxContext {
  private readonly wrapped = new Map<PuppeteerPage, FirefoxPage>();

  constructor(readonly browser: Browser) {}

  /** A page that opens a tab at its first `goto`. */
  async newPage(): Promise<Page> {
    return new FirefoxPage(this) as unknown as Page;
  }

  /** Resolves with the next page (tab or popup window) that opens, as Playwright's `waitForEvent('page')`. */
  async waitForEvent(event: 'page', options: { timeout?: number } = {}): Promise<Page> {
    if (event !== 'page') throw new Error(`FirefoxContext cannot wait for "${String(event)}"`);
    const since = await this.browser.pages();
    return (await this.waitForNewPage(since, options.timeout)) as unknown as Page;
  }

  /** Every open tab, wrapped (the same wrapper each time). */
  async firefoxPages(): Promise<FirefoxPage[]> {
    return (await this.browser.pages()).map((tab) => this.wrap(tab));
  }

  /** Waits for a tab (or popup window) that was not open before and returns it once it has loaded. */
  async waitForNewPage(since: PuppeteerPage[], timeoutMs = 30_000): Promise<FirefoxPage> {
    let found: PuppeteerPage | undefined;
    await poll('a new page', timeoutMs, async () => {
      found = (await this.browser.pages()).find((tab) => !since.includes(tab));
      return found !== undefined && (await found.evaluate(() => document.readyState === 'complete' && location.href !== 'about:blank').catch(() => false));
    });
    return this.wrap(found!);
  }

  async openTab(url: string): Promise<PuppeteerPage> {
    const before = await this.browser.pages();
    await openTabAsBrowser(this.browser, url);
    return (await this.waitForNewPage(before)).puppeteer;
  }

  private wrap(tab: PuppeteerPage): FirefoxPage {
    let page = this.wrapped.get(tab);
    if (!page) this.wrapped.set(tab, (page = new FirefoxPage(this, tab)));
    return page;
  }
}

import type { ElementHandle } from 'puppeteer-core';
import { textMatch, type Step } from './locator-steps';
import type { FirefoxPage } from './page';

type Name = string | RegExp;
type Option = string | { label?: string; value?: string; index?: number };
export interface RoleOptions {
  name?: Name;
  exact?: boolean;
  level?: number;
}
export interface FilterOptions {
  has?: FirefoxLocator;
  hasNot?: FirefoxLocator;
  hasText?: Name;
  hasNotText?: Name;
}

/** The page-side engine (./query-engine.ts), as the page sees it. */
interface Engine {
  resolve(steps: Step[]): Element[];
  isVisible(element: Element): boolean;
  clickPoint(element: Element): { x: number; y: number } | null;
  fill(element: Element, value: string): void;
  selectOption(element: Element, wanted: Option[]): string[];
}
declare const __mentoringQueries: Engine;

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The part of Playwright's Locator API the page objects in tests/e2e/pages use, over Puppeteer and
 * WebDriver BiDi: locators are lazy chains of steps resolved in the page at each use; actions wait
 * for exactly one visible element (more than one is an error, as in Playwright's strict mode) and
 * then act with real input (clicks) or the DOM events typing would fire (fill, select).
 */
export class FirefoxLocator {
  constructor(
    private readonly owner: FirefoxPage,
    readonly steps: Step[],
  ) {}

  private chain(step: Step): FirefoxLocator {
    return new FirefoxLocator(this.owner, [...this.steps, step]);
  }

  locator(selector: string): FirefoxLocator {
    return this.chain({ kind: 'css', selector });
  }
  getByRole(role: string, options: RoleOptions = {}): FirefoxLocator {
    return this.chain({ kind: 'role', role, name: options.name === undefined ? undefined : textMatch(options.name), exact: options.exact, level: options.level });
  }
  getByLabel(text: Name, options: { exact?: boolean } = {}): FirefoxLocator {
    return this.chain({ kind: 'label', text: textMatch(text), exact: options.exact });
  }
  getByTestId(id: string): FirefoxLocator {
    return this.chain({ kind: 'testid', id });
  }
  getByText(text: Name, options: { exact?: boolean } = {}): FirefoxLocator {
    return this.chain({ kind: 'text', text: textMatch(text), exact: options.exact });
  }
  filter(options: FilterOptions): FirefoxLocator {
    return this.chain({
      kind: 'filter',
      has: options.has?.steps,
      hasNot: options.hasNot?.steps,
      hasText: options.hasText === undefined ? undefined : textMatch(options.hasText),
      hasNotText: options.hasNotText === undefined ? undefined : textMatch(options.hasNotText),
    });
  }
  or(other: FirefoxLocator): FirefoxLocator {
    return new FirefoxLocator(this.owner, [{ kind: 'or', left: this.steps, right: other.steps }]);
  }
  nth(index: number): FirefoxLocator {
    return this.chain({ kind: 'nth', index });
  }
  first(): FirefoxLocator {
    return this.nth(0);
  }
  last(): FirefoxLocator {
    return this.nth(-1);
  }

  async count(): Promise<number> {
    return this.owner.withEngine((steps) => __mentoringQueries.resolve(steps).length, this.steps);
  }
  async all(): Promise<FirefoxLocator[]> {
    return Array.from({ length: await this.count() }, (_, index) => this.nth(index));
  }
  async allTextContents(): Promise<string[]> {
    return this.owner.withEngine((steps) => __mentoringQueries.resolve(steps).map((element) => element.textContent ?? ''), this.steps);
  }
  async allInnerTexts(): Promise<string[]> {
    return this.owner.withEngine((steps) => __mentoringQueries.resolve(steps).map((element) => (element as HTMLElement).innerText), this.steps);
  }

  async textContent(): Promise<string | null> {
    return this.evaluate((element) => element.textContent);
  }
  async innerText(): Promise<string> {
    return this.evaluate((element) => (element as HTMLElement).innerText);
  }
  async getAttribute(name: string): Promise<string | null> {
    return this.evaluate((element, attribute) => element.getAttribute(attribute), name);
  }
  async inputValue(): Promise<string> {
    return this.evaluate((element) => (element as HTMLInputElement).value);
  }
  async isChecked(): Promise<boolean> {
    return this.evaluate((element) => (element as HTMLInputElement).checked || element.getAttribute('aria-checked') === 'true');
  }
  async isDisabled(): Promise<boolean> {
    return this.evaluate((element) => (element as HTMLInputElement).disabled === true || element.getAttribute('aria-disabled') === 'true');
  }
  async isVisible(): Promise<boolean> {
    return this.owner.withEngine((steps) => {
      const [element] = __mentoringQueries.resolve(steps);
      return element !== undefined && __mentoringQueries.isVisible(element);
    }, this.steps);
  }

  /** Runs `fn` on the one element this locator finds (waiting until it is attached). */
  async evaluate<R, A = undefined>(fn: (element: Element, arg: A) => R, arg?: A): Promise<R> {
    const handle = await this.element({ state: 'attached' });
    try {
      return (await handle.evaluate(fn as (element: Element, arg: unknown) => R, arg)) as R;
    } finally {
      await handle.dispose();
    }
  }

  async waitFor(options: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number } = {}): Promise<void> {
    const state = options.state ?? 'visible';
    await this.owner.poll(`${describe(this.steps)} to be ${state}`, options.timeout ?? DEFAULT_TIMEOUT_MS, async () => {
      const found = await this.owner.withEngine(
        (steps) => __mentoringQueries.resolve(steps).map((element) => __mentoringQueries.isVisible(element)),
        this.steps,
      );
      if (state === 'attached') return found.length > 0;
      if (state === 'detached') return found.length === 0;
      if (state === 'visible') return found.some(Boolean);
      return !found.some(Boolean);
    });
  }

  /**
   * Clicks the middle of the element (or `position`, from its top left corner) once it stays put and
   * nothing covers it (Playwright's actionability checks).
   */
  async click(options: { position?: { x: number; y: number } } = {}): Promise<void> {
    const point = await this.actionPoint();
    const box = options.position ? await this.boundingBox() : null;
    await this.owner.puppeteer.mouse.click(box ? box.x + options.position!.x : point.x, box ? box.y + options.position!.y : point.y);
  }
  /** Moves the mouse over the middle of the element. */
  async hover(): Promise<void> {
    const point = await this.actionPoint();
    await this.owner.puppeteer.mouse.move(point.x, point.y);
  }
  async focus(): Promise<void> {
    await this.act((handle) => handle.focus(), { state: 'attached' });
  }

  /** The element's middle, once it stays put and nothing covers it. */
  private async actionPoint(): Promise<{ x: number; y: number }> {
    return this.act(async (handle) => {
      let last = '';
      let point: { x: number; y: number } | null = null;
      await this.owner.poll(`${describe(this.steps)} to be stable and receive the click`, DEFAULT_TIMEOUT_MS, async () => {
        point = await handle.evaluate((element) => __mentoringQueries.clickPoint(element));
        const seen = JSON.stringify(point);
        const stable = point !== null && seen === last;
        last = seen;
        return stable;
      });
      return point!;
    });
  }
  async check(): Promise<void> {
    await this.setChecked(true);
  }
  async uncheck(): Promise<void> {
    await this.setChecked(false);
  }
  async setChecked(checked: boolean): Promise<void> {
    if ((await this.isChecked()) !== checked) await this.click();
    if ((await this.isChecked()) !== checked) throw new Error(`${describe(this.steps)} did not become ${checked ? 'checked' : 'unchecked'}`);
  }
  async fill(value: string): Promise<void> {
    await this.act((handle) => handle.evaluate((element, text) => __mentoringQueries.fill(element, text), value));
  }
  async selectOption(wanted: Option | Option[]): Promise<string[]> {
    const list = Array.isArray(wanted) ? wanted : [wanted];
    return this.act((handle) => handle.evaluate((element, options) => __mentoringQueries.selectOption(element, options), list));
  }
  async press(key: string): Promise<void> {
    await this.act((handle) => handle.press(key as Parameters<ElementHandle['press']>[0]));
  }
  async boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.act((handle) => handle.boundingBox(), { state: 'attached' });
  }
  async setInputFiles(files: string | string[]): Promise<void> {
    await this.act((handle) => (handle as ElementHandle<HTMLInputElement>).uploadFile(...(Array.isArray(files) ? files : [files])), { state: 'attached' });
  }

  private async act<R>(action: (handle: ElementHandle<Element>) => Promise<R>, options: { state?: 'attached' | 'visible' } = {}): Promise<R> {
    const handle = await this.element(options);
    try {
      return await action(handle);
    } finally {
      await handle.dispose();
    }
  }

  /** Waits for exactly one element (visible, unless `attached` is enough) and returns it. */
  private async element(options: { state?: 'attached' | 'visible' } = {}): Promise<ElementHandle<Element>> {
    const visible = (options.state ?? 'visible') === 'visible';
    let handle: ElementHandle<Element> | undefined;
    await this.owner.poll(`${describe(this.steps)} to be ${visible ? 'visible' : 'attached'}`, DEFAULT_TIMEOUT_MS, async () => {
      const found = await this.owner.withEngine((steps) => __mentoringQueries.resolve(steps).length, this.steps);
      if (found > 1) throw new Error(`strict mode: ${describe(this.steps)} found ${found} elements`);
      if (found === 0) return false;
      const candidate = (await this.owner.withEngineHandle(
        (steps, mustShow) => {
          const [element] = __mentoringQueries.resolve(steps);
          return element && (!mustShow || __mentoringQueries.isVisible(element)) ? element : null;
        },
        this.steps,
        visible,
      )) as ElementHandle<Element> | null;
      if (!candidate) return false;
      handle = candidate;
      return true;
    });
    return handle!;
  }
}

function describe(steps: Step[]): string {
  return steps.map((step) => JSON.stringify(step)).join(' >> ');
}

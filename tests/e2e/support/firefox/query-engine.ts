/**
 * Runs INSIDE a Firefox page (bundled by ./engine-bundle.ts and evaluated once per document): finds
 * elements the way Playwright's locators do, so the Chromium suite's page objects (tests/e2e/pages)
 * drive Firefox unchanged. Roles and accessible names come from dom-accessibility-api (the W3C
 * accname algorithm, as used by Testing Library); matching follows Playwright's documented rules:
 * whitespace is normalised, a string matches case-insensitively as a substring unless `exact`, a
 * RegExp is tested as is, and hidden elements are left out of role queries.
 */
import { computeAccessibleName, getRole, isInaccessible } from 'dom-accessibility-api';
import type { Step, TextMatch } from './locator-steps';

function normalise(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function matches(value: string, match: TextMatch, exact: boolean | undefined = false): boolean {
  const text = normalise(value);
  if (typeof match !== 'string') return new RegExp(match.source, match.flags).test(text);
  const wanted = normalise(match);
  return exact ? text === wanted : text.toLowerCase().includes(wanted.toLowerCase());
}

/** Every element below `root`, open shadow trees included (Playwright's locators pierce them too). */
function descendants(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

/** `selector` matched in `root` and in every open shadow tree below it. */
function cssAll(root: ParentNode, selector: string): Element[] {
  const hosts = root instanceof Element ? [root, ...descendants(root)] : descendants(root);
  const scopes: ParentNode[] = [root, ...hosts.flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []))];
  return scopes.flatMap((scope) => Array.from(scope.querySelectorAll(selector)));
}

function elementText(element: Element): string {
  if (element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type)) return element.value;
  return element.textContent ?? '';
}

function roleOf(element: Element): string | null {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  return explicit || getRole(element);
}

function headingLevel(element: Element): number | undefined {
  const aria = Number(element.getAttribute('aria-level'));
  if (aria > 0) return aria;
  const tag = /^H([1-6])$/.exec(element.tagName);
  return tag ? Number(tag[1]) : undefined;
}

function labelTexts(element: Element): string[] {
  const texts: string[] = [];
  const ariaLabel = element.getAttribute('aria-label');
  if (ariaLabel) texts.push(ariaLabel);
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const scope = element.getRootNode() as Document | ShadowRoot;
    const names = labelledBy.split(/\s+/).map((id) => scope.getElementById(id)?.textContent ?? '');
    texts.push(names.join(' '));
  }
  const labels = (element as HTMLInputElement).labels;
  if (labels) for (const label of Array.from(labels)) texts.push(label.textContent ?? '');
  return texts;
}

function byText(root: ParentNode, match: TextMatch, exact: boolean | undefined): Element[] {
  const found = descendants(root).filter((element) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName) && matches(elementText(element), match, exact));
  // The innermost elements with the text, as Playwright does: a parent only matches through its own text.
  return found.filter((element) => !Array.from(element.children).some((child) => found.includes(child)));
}

function applyStep(roots: Element[] | [Document], step: Step, start: Element[] | undefined): Element[] {
  const each = (find: (root: ParentNode) => Element[]): Element[] => unique(roots.flatMap((root) => find(root)));
  switch (step.kind) {
    case 'css':
      if (step.selector.startsWith('xpath=')) {
        return each((root) => {
          const result = document.evaluate(step.selector.slice(6), root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
          return Array.from({ length: result.snapshotLength }, (_, index) => result.snapshotItem(index)).filter((node): node is Element => node instanceof Element);
        });
      }
      return each((root) => cssAll(root, step.selector));
    case 'role':
      return each((root) =>
        descendants(root).filter(
          (element) =>
            roleOf(element) === step.role &&
            (step.level === undefined || headingLevel(element) === step.level) &&
            !isInaccessible(element) &&
            (step.name === undefined || matches(computeAccessibleName(element), step.name, step.exact)),
        ),
      );
    case 'label':
      return each((root) => descendants(root).filter((element) => labelTexts(element).some((label) => matches(label, step.text, step.exact))));
    case 'testid':
      return each((root) => cssAll(root, `[data-testid="${CSS.escape(step.id)}"]`));
    case 'text':
      return each((root) => byText(root, step.text, step.exact));
    case 'filter':
      return roots.filter(
        (root): root is Element =>
          root instanceof Element &&
          (step.has === undefined || resolve(step.has, [root]).length > 0) &&
          (step.hasNot === undefined || resolve(step.hasNot, [root]).length === 0) &&
          (step.hasText === undefined || matches(elementText(root), step.hasText)) &&
          (step.hasNotText === undefined || !matches(elementText(root), step.hasNotText)),
      );
    case 'or':
      return sortInDocumentOrder(unique([...resolve(step.left, start), ...resolve(step.right, start)]));
    case 'nth': {
      const elements = roots.filter((root): root is Element => root instanceof Element);
      const picked = elements.at(step.index);
      return picked ? [picked] : [];
    }
  }
}

function unique(elements: Element[]): Element[] {
  return Array.from(new Set(elements));
}

function sortInDocumentOrder(elements: Element[]): Element[] {
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** The elements a chain of steps finds, starting from the document (or from `start`, for `has`). */
export function resolve(steps: Step[], start?: Element[]): Element[] {
  let current: Element[] | [Document] = start ?? [document];
  for (const step of steps) current = applyStep(current, step, start);
  return current.filter((node): node is Element => node instanceof Element);
}

export function isVisible(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
}

/**
 * Scrolls `element` into view and returns the middle of it when a click there would reach it (or its
 * label), as Playwright checks before clicking; null while something else covers that point.
 */
export function clickPoint(element: Element): { x: number; y: number } | null {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = element.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const hit = (element.getRootNode() as Document | ShadowRoot).elementFromPoint(x, y);
  const label = hit?.closest('label');
  const reaches = hit !== null && (element.contains(hit) || (label !== null && label !== undefined && (label as HTMLLabelElement).control === element));
  return reaches ? { x, y } : null;
}

/** Sets a field's value as typing would end, so Preact's onInput/onChange handlers see it. */
export function fill(element: Element, value: string): void {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) throw new Error(`cannot fill a <${element.tagName.toLowerCase()}>`);
  element.focus();
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')?.set;
  setter?.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Chooses options by value or label (strings), `{ label }`, `{ value }` or `{ index }`, as Playwright's selectOption. */
export function selectOption(element: Element, wanted: (string | { label?: string; value?: string; index?: number })[]): string[] {
  if (!(element instanceof HTMLSelectElement)) throw new Error(`cannot select in a <${element.tagName.toLowerCase()}>`);
  const options = Array.from(element.options);
  const picked = wanted.map((want) => {
    const option = options.find((candidate, index) =>
      typeof want === 'string'
        ? candidate.value === want || candidate.label === want
        : (want.value === undefined || candidate.value === want.value) &&
          (want.label === undefined || candidate.label === want.label) &&
          (want.index === undefined || index === want.index),
    );
    if (!option) throw new Error(`no option ${JSON.stringify(want)} in the select`);
    return option;
  });
  for (const option of options) option.selected = picked.includes(option);
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
  return picked.map((option) => option.value);
}

(globalThis as unknown as { __mentoringQueries: unknown }).__mentoringQueries = { resolve, isVisible, clickPoint, fill, selectOption };

/**
 * Small DOM helpers for what the extension adds to Google's pages: plain DOM (no UI framework, to
 * stay small), every piece in its own shadow root so the page's styles and ours never mix, and all
 * text set as text (calendar text is untrusted).
 */
export const HOST_ATTRIBUTE = 'data-mentoring-companion';

export type Theme = 'light' | 'dark';

type Child = Node | string | null | undefined | false;

/** `h('button', { type: 'button' }, 'Mentoring notes')`: attributes as given, children as nodes or text. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** A host element of ours with an open shadow root holding `css`; `kind` names it in the page. */
export function shadowHost(tag: 'span' | 'div', kind: string, css: string, theme: Theme): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute(HOST_ATTRIBUTE, kind);
  host.setAttribute('data-theme', theme);
  const root = host.attachShadow({ mode: 'open' });
  root.append(h('style', {}, css));
  return { host, root };
}

/** Whether a node is (or is inside) something the extension added. */
export function isOurs(node: Node | null): boolean {
  const element = node instanceof Element ? node : node?.parentElement;
  return Boolean(element?.closest(`[${HOST_ATTRIBUTE}]`));
}

/** Every host of ours in the page follows the theme. */
export function applyTheme(theme: Theme): void {
  for (const host of document.querySelectorAll(`[${HOST_ATTRIBUTE}]`)) host.setAttribute('data-theme', theme);
}

/**
 * The page's theme, read from what it paints (so it follows any way the page switches themes):
 * a dark background of the body (or the root) means dark. Transparent all the way: the system's.
 */
export function pageTheme(): Theme {
  for (const element of [document.body, document.documentElement]) {
    if (!element) continue;
    const rgb = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(getComputedStyle(element).backgroundColor);
    if (!rgb || rgb[4] === '0') continue;
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map((part) => linear(Number(part) / 255)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function linear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** Shared look of our controls: Google-like sizes, our purple, visible focus, both themes. */
export const CONTROL_CSS = `
:host([hidden]),[hidden]{display:none!important}
:host{all:initial;font:13px/1.4 Roboto,"Google Sans",Arial,sans-serif;color-scheme:light;--fg:#1f1f1f;--muted:#5e5e5e;--bg:#fff;--line:#c7c7c7;--accent:#6929c4;--on-accent:#fff;--focus:#0b57d0}
:host([data-theme=dark]){color-scheme:dark;--fg:#e3e3e3;--muted:#b4b4b4;--bg:#2a2a2e;--line:#5f5f66;--accent:#d4bbff;--on-accent:#1f1f1f;--focus:#a8c7fa}
button{font:inherit;font-weight:500;border-radius:18px;padding:6px 14px;cursor:pointer;border:1px solid var(--line);background:transparent;color:var(--accent)}
button.primary{background:var(--accent);border-color:var(--accent);color:var(--on-accent)}
button:disabled{opacity:.6;cursor:default}
button:focus-visible,select:focus-visible{outline:2px solid var(--focus);outline-offset:2px}
select{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:4px;max-width:100%}
.muted{color:var(--muted)}
[role=status]:empty{display:none}
`;

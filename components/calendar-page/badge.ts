import type { CalendarMark } from '../../lib/google-pages/calendar-marks';
import { h, shadowHost, type Theme } from '../google-pages/dom';

export const BADGE_KIND = 'badge';

const BADGE_CSS = `
:host{all:initial;display:inline-block;line-height:0}
span{display:inline-flex;align-items:center;justify-content:center;width:16px;height:16px;border-radius:50%;box-sizing:border-box}
.session{background:#6929c4;color:#fff;box-shadow:0 0 0 1.5px #fff}
.suggestion{border:1px dashed #6b6b6b;color:#5e5e5e;background:rgba(255,255,255,.7)}
:host([data-theme=dark]) .session{background:#d4bbff;color:#1f1f1f;box-shadow:0 0 0 1.5px #1f1f1f}
:host([data-theme=dark]) .suggestion{border-color:#9a9aa0;color:#c4c4c8;background:rgba(0,0,0,.35)}
svg{width:12px;height:12px;fill:currentColor}
`;
/** A mortarboard: learning together. */
const ICON = 'M5 13.18v4L12 21l7-3.82v-4L12 17l-7-3.82zM12 3 1 9l11 6 9-4.91V17h2V9L12 3z';
const SVG_NS = 'http://www.w3.org/2000/svg';

const marks = new WeakMap<Element, CalendarMark>();

/** The mark a badge of ours shows. */
export function markOfBadge(host: Element): CalendarMark | undefined {
  return marks.get(host);
}

/** What the badge says to a screen reader, and the tooltip's first line. */
export function badgeLabel(mark: CalendarMark): string {
  if (mark.kind === 'suggestion') return 'Looks like a mentoring session (no pairing yet)';
  return mark.pairingTitle ? `Mentoring session: ${mark.pairingTitle}` : 'Mentoring session';
}

/**
 * The small mark on an event: filled for a session, a dashed outline for a suggestion. It floats
 * at the event's top corner and lets clicks through to the event, so Calendar's own click works.
 */
export function createBadge(mark: CalendarMark, theme: Theme): HTMLElement {
  const { host, root } = shadowHost('span', BADGE_KIND, BADGE_CSS, theme);
  host.style.cssText = 'float:right;position:relative;z-index:1;margin:2px 2px 0 4px;line-height:0';
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ICON);
  svg.append(path);
  root.append(h('span', { role: 'img' }, svg));
  updateBadge(host, mark);
  return host;
}

export function updateBadge(host: HTMLElement, mark: CalendarMark): void {
  marks.set(host, mark);
  const badge = host.shadowRoot?.querySelector('span[role=img]');
  if (!badge) return;
  badge.className = mark.kind;
  badge.setAttribute('aria-label', badgeLabel(mark));
  host.setAttribute('data-kind', mark.kind);
}

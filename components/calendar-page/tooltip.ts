import { CONTROL_CSS, shadowHost, type Theme } from '../google-pages/dom';
import type { CalendarMark } from '../../lib/google-pages/calendar-marks';
import { DETAILS_CSS, markDetails } from './mark-details';

const TOOLTIP_CSS = `${CONTROL_CSS}
:host{position:fixed;z-index:2147483647;pointer-events:none;max-width:280px}
.tip{background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:8px;padding:8px 10px;box-shadow:0 2px 8px rgba(0,0,0,.25)}
${DETAILS_CSS}`;

/** One tooltip for every badge, in the page's top layer of stacking (events clip their content). */
export function createTooltip() {
  let tooltip: { host: HTMLElement; root: ShadowRoot } | undefined;
  let shownFor: Element | undefined;

  return {
    show(anchor: Element, mark: CalendarMark, theme: Theme): void {
      tooltip ??= shadowHost('div', 'tooltip', TOOLTIP_CSS, theme);
      const { host, root } = tooltip;
      host.setAttribute('data-theme', theme);
      host.setAttribute('role', 'tooltip');
      root.querySelector('.tip')?.remove();
      const tip = markDetails(mark);
      tip.classList.add('tip');
      root.append(tip);
      if (!host.isConnected) document.body.append(host);
      const rect = anchor.getBoundingClientRect();
      const below = rect.bottom + 6;
      host.style.left = `${Math.max(4, Math.min(rect.left, innerWidth - 290))}px`;
      host.style.top = below + 120 < innerHeight ? `${below}px` : `${Math.max(4, rect.top - 126)}px`;
      host.hidden = false;
      shownFor = anchor;
    },
    hide(anchor?: Element): void {
      if (!tooltip || (anchor && anchor !== shownFor)) return;
      tooltip.host.hidden = true;
      shownFor = undefined;
    },
    remove(): void {
      tooltip?.host.remove();
      tooltip = undefined;
    },
  };
}

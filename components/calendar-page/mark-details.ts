import type { CalendarMark } from '../../lib/google-pages/calendar-marks';
import { h } from '../google-pages/dom';
import { badgeLabel } from './badge';

/**
 * The mark in words, for the tooltip and the event's dialog: what it is, with whom, and why.
 * Names and reasons come from calendar text: set as text, each isolated for bidirectional text.
 */
export function markDetails(mark: CalendarMark): HTMLElement {
  const people = mark.people.length > 0 ? h('p', {}, 'With ', ...joined(mark.people)) : null;
  const reasons =
    mark.reasons.length > 0
      ? h('ul', { class: 'reasons', 'aria-label': 'Why' }, ...mark.reasons.map((reason) => h('li', { dir: 'auto' }, reason)))
      : null;
  return h('div', { class: 'details' }, h('p', { class: 'title' }, h('bdi', {}, badgeLabel(mark))), people, reasons);
}

function joined(names: readonly string[]): Node[] {
  return names.flatMap((name, index) => [...(index > 0 ? [document.createTextNode(', ')] : []), h('bdi', {}, name)]);
}

export const DETAILS_CSS = `
.details p{margin:0 0 4px}
.title{font-weight:600}
.reasons{margin:4px 0 0;padding-inline-start:18px;color:var(--muted)}
.reasons li{margin:0}
`;

import type { CalendarMark } from '../../lib/google-pages/calendar-marks';
import { decodeEventElementId, type EventElementRef } from '../../lib/google-pages/event-element-id';
import type { Theme } from '../google-pages/dom';
import { createBadge, markOfBadge, updateBadge } from './badge';

const OUTERMOST_EVENTS = '[data-eventid]:not([data-eventid]:not([role="dialog"]) [data-eventid])';

/** Kept for elements with a badge only. */
interface ElementState {
  id: string;
  version: number;
  badge: HTMLElement;
}

export interface EventBadgesDeps {
  /** The mark of an event id: undefined while unknown (it is then asked for), null for none. */
  markOf(id: string): CalendarMark | null | undefined;
  theme(): Theme;
  /** Bumps when marks change: every element is looked at again. */
  version(): number;
}

/**
 * Puts the right badge (or none) on each event element. An element already handled for the same
 * id and marks costs a map lookup; ids are decoded once.
 */
export function createEventBadges(deps: EventBadgesDeps) {
  const elements = new WeakMap<Element, ElementState>();
  /** Each id the page showed, decoded once (null: not an event id we can read). */
  const decoded = new Map<string, EventElementRef | null>();
  /**
   * The badges made for each marked id: when Calendar redraws a view, the old event elements go
   * and their badges with them; the new elements get those badges back instead of new ones.
   */
  const made = new Map<string, HTMLElement[]>();

  function badgeFor(id: string, mark: CalendarMark): HTMLElement {
    const spares = made.get(id) ?? [];
    const spare = spares.find((badge) => !badge.isConnected);
    if (spare) {
      if (markOfBadge(spare) !== mark) updateBadge(spare, mark);
      spare.setAttribute('data-theme', deps.theme());
      return spare;
    }
    const badge = createBadge(mark, deps.theme());
    made.set(id, [...spares, badge]);
    return badge;
  }

  function update(element: Element): void {
    const id = element.getAttribute('data-eventid');
    const state = elements.get(element);
    const version = deps.version();
    if (state && state.id === id && state.version === version && state.badge?.parentNode === element) return;
    // Most events are no mentoring session: they cost a few lookups and leave nothing behind.
    const mark = id !== null && isReadable(id) ? deps.markOf(id) : null;
    const badge = state?.badge?.parentNode === element ? state.badge : undefined;
    if (!mark || element.getAttribute('role') === 'dialog' || isPartOfOuterEvent(element, id!)) {
      badge?.remove();
      if (state) elements.delete(element);
      return;
    }
    if (!badge) elements.set(element, { id: id!, version, badge: element.insertBefore(badgeFor(id!, mark), element.firstChild) });
    else {
      if (markOfBadge(badge) !== mark) updateBadge(badge, mark);
      elements.set(element, { id: id!, version, badge });
    }
  }

  /** A part of an event (its resize handle) carries the event's id too: only the event's own element gets a badge. */
  function isPartOfOuterEvent(element: Element, id: string): boolean {
    const outer = element.parentElement?.closest('[data-eventid]');
    return Boolean(outer && outer.getAttribute('data-eventid') === id && outer.getAttribute('role') !== 'dialog');
  }

  function refOf(id: string): EventElementRef | null {
    let ref = decoded.get(id);
    if (ref === undefined) {
      ref = decodeEventElementId(id) ?? null;
      decoded.set(id, ref);
    }
    return ref;
  }
  const isReadable = (id: string) => refOf(id) !== null;

  return {
    update,
    /** The event elements in `root` (itself included). */
    updateWithin(root: Document | Element): void {
      if (root instanceof Element && root.hasAttribute('data-eventid')) update(root);
      // Parts inside an event (its resize handle) are left out by the selector: the browser skips them.
      for (const element of root.querySelectorAll(OUTERMOST_EVENTS)) update(element);
    },
    badgeOf(element: Element): HTMLElement | undefined {
      return elements.get(element)?.badge;
    },
    isReadable,
    refOf,
    /** How many ids the page showed that we could read, and could not. */
    readability(): { readable: number; unreadable: number } {
      let count = 0;
      for (const ref of decoded.values()) if (ref) count++;
      return { readable: count, unreadable: decoded.size - count };
    },
  };
}

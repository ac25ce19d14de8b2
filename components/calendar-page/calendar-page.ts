import type { CalendarMark } from '../../lib/google-pages/calendar-marks';
import { decodeEventElementId } from '../../lib/google-pages/event-element-id';
import { applyTheme, HOST_ATTRIBUTE, pageTheme, type Theme } from '../google-pages/dom';
import { BADGE_KIND, createBadge, markOfBadge, updateBadge } from './badge';
import { createDialogScanner } from './dialogs';
import { diagnoseUnreadablePage } from './page-check';
import { createTooltip } from './tooltip';

export interface CalendarPageDeps {
  fetchMarks(elementIds: string[]): Promise<CalendarMark[]>;
  /** Starts synchronously (inside the click): the side panel opens only in a user action. */
  openNotes(sessionId: string): Promise<void>;
  notMentoring(seriesId: string): Promise<void>;
  /** The page has events but none we can read: once per page. */
  diagnose(problem: string): void;
  /** The page has events we can read. */
  working(): void;
  /** Something failed that the page must not see: stop quietly. */
  fail(error: unknown): void;
}

/** Mutations are handled together at most this often (one batch per view switch or scroll). */
const BATCH_DELAY_MS = 100;
/** How long a visible page may show nothing readable before it is judged changed. */
const SETTLE_MS = 5_000;
const MAX_IDS_PER_REQUEST = 500;

interface ElementState {
  id: string;
  version: number;
  badge?: HTMLElement;
}

/**
 * Badges on the events detection marked, actions in the event's dialog. One MutationObserver,
 * throttled, disconnected while the page is hidden; each batch looks at the event elements only,
 * and those already handled cost a map lookup. Returns the function that removes it all.
 */
export function startCalendarPage(deps: CalendarPageDeps): () => void {
  let theme: Theme = pageTheme();
  const marks = new Map<string, CalendarMark | null>();
  const readableIds = new Map<string, boolean>();
  const wanted = new Set<string>();
  const elements = new WeakMap<Element, ElementState>();
  const tooltip = createTooltip();
  const listeners = new AbortController();
  let version = 0;
  let asking = false;
  let themeChanged = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let visibleSince = performance.now();
  let readable = false;
  let diagnosed = false;
  let stopped = false;

  const markOf = (id: string): CalendarMark | null | undefined => {
    const mark = marks.get(id);
    if (mark === undefined && readableIds.get(id)) wanted.add(id);
    return mark;
  };
  const dialogs = createDialogScanner({
    markOf,
    theme: () => theme,
    openNotes: (mark) => deps.openNotes(mark.sessionId!),
    notMentoring: async (mark) => {
      await deps.notMentoring(mark.seriesId);
      refreshMarks();
    },
  });

  const guard =
    <A extends unknown[]>(work: (...args: A) => void) =>
    (...args: A) => {
      if (stopped) return;
      try {
        work(...args);
      } catch (error) {
        deps.fail(error);
      }
    };

  const schedule = () => {
    timer ??= setTimeout(run, BATCH_DELAY_MS);
  };

  const run = guard(() => {
    timer = undefined;
    if (themeChanged) updateTheme();
    scanEvents();
    dialogs.scan();
    // What we just added is no news to us.
    observer.takeRecords();
    void askForMarks();
    judgeReadability();
  });

  const observer = new MutationObserver(
    guard((records: MutationRecord[]) => {
      for (const record of records) {
        if (record.target === document.documentElement) themeChanged = true;
        else if (!isOwnRecord(record)) return schedule();
      }
      if (themeChanged) schedule();
    }),
  );

  function scanEvents(): void {
    for (const element of document.querySelectorAll('[data-eventid]')) {
      const id = element.getAttribute('data-eventid') ?? '';
      const state = elements.get(element);
      if (state && state.id === id && state.version === version && (!state.badge || state.badge.parentNode === element)) continue;
      const mark = isEventChip(element, id) ? markOf(id) : null;
      let badge = state?.badge?.parentNode === element ? state.badge : undefined;
      if (!mark) {
        badge?.remove();
        badge = undefined;
      } else if (!badge) {
        badge = createBadge(mark, theme);
        element.prepend(badge);
      } else if (markOfBadge(badge) !== mark) {
        updateBadge(badge, mark);
      }
      elements.set(element, { id, version, ...(badge ? { badge } : {}) });
    }
  }

  /** An event's own element: not the dialog, not a part (a resize handle) inside the same event, and an id we can read. */
  function isEventChip(element: Element, id: string): boolean {
    if (element.getAttribute('role') === 'dialog') return false;
    const outer = element.parentElement?.closest('[data-eventid]');
    if (outer && outer.getAttribute('data-eventid') === id && outer.getAttribute('role') !== 'dialog') return false;
    let ok = readableIds.get(id);
    if (ok === undefined) {
      ok = decodeEventElementId(id) !== undefined;
      readableIds.set(id, ok);
    }
    return ok;
  }

  async function askForMarks(): Promise<void> {
    if (asking || wanted.size === 0 || stopped) return;
    const ids = [...wanted].slice(0, MAX_IDS_PER_REQUEST);
    for (const id of ids) wanted.delete(id);
    asking = true;
    try {
      const found = new Map((await deps.fetchMarks(ids)).map((mark) => [mark.elementId, mark]));
      for (const id of ids) marks.set(id, found.get(id) ?? null);
      version++;
    } catch (error) {
      deps.fail(error);
    } finally {
      asking = false;
      if (!stopped) schedule();
    }
  }

  /** Asks again about the events on the page (after a decision, or coming back to the tab); badges stay meanwhile. */
  function refreshMarks(): void {
    const onPage = new Set([...document.querySelectorAll('[data-eventid]')].map((element) => element.getAttribute('data-eventid') ?? ''));
    for (const id of marks.keys()) {
      if (onPage.has(id)) wanted.add(id);
      else marks.delete(id);
    }
    schedule();
  }

  function judgeReadability(): void {
    if (readable || diagnosed) return;
    let undecodable = 0;
    for (const ok of readableIds.values()) {
      if (ok) {
        readable = true;
        deps.working();
        return;
      }
      undecodable++;
    }
    const waited = performance.now() - visibleSince;
    if (waited < SETTLE_MS) {
      settleTimer ??= setTimeout(() => {
        settleTimer = undefined;
        schedule();
      }, SETTLE_MS - waited);
      return;
    }
    const problem = diagnoseUnreadablePage(undecodable);
    if (problem) {
      diagnosed = true;
      deps.diagnose(problem);
    }
  }

  function updateTheme(): void {
    themeChanged = false;
    const next = pageTheme();
    if (next !== theme) applyTheme((theme = next));
  }

  function observe(): void {
    observer.observe(document.documentElement, { attributes: true });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-eventid', 'aria-hidden', 'hidden'] });
  }

  const on = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
    document.addEventListener(type, guard(handler), { capture: true, signal: listeners.signal });

  on('visibilitychange', () => {
    if (document.hidden) {
      observer.disconnect();
      clearTimeout(timer);
      timer = undefined;
      tooltip.hide();
      return;
    }
    visibleSince = performance.now();
    themeChanged = true;
    observe();
    refreshMarks();
  });
  on('click', (event) => dialogs.noteActivation(event.target));
  on('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') dialogs.noteActivation(event.target);
    if (event.key === 'Escape') tooltip.hide();
  });
  on('mouseover', (event) => showTooltip(event.target));
  on('mouseout', (event) => hideTooltip(event.target));
  on('focusin', (event) => showTooltip(chipBadge(event.target)));
  on('focusout', (event) => hideTooltip(chipBadge(event.target)));
  on('scroll', () => tooltip.hide());
  matchMedia('(prefers-color-scheme: dark)').addEventListener(
    'change',
    guard(() => {
      themeChanged = true;
      schedule();
    }),
    { signal: listeners.signal },
  );

  function chipBadge(target: EventTarget | null): Element | undefined {
    const chip = target instanceof Element ? target.closest('[data-eventid]') : null;
    return (chip && elements.get(chip)?.badge) || undefined;
  }
  function showTooltip(target: EventTarget | null | undefined): void {
    if (!(target instanceof Element) || target.getAttribute(HOST_ATTRIBUTE) !== BADGE_KIND) return;
    const mark = markOfBadge(target);
    if (mark) tooltip.show(target, mark, theme);
  }
  function hideTooltip(target: EventTarget | null | undefined): void {
    if (target instanceof Element && target.getAttribute(HOST_ATTRIBUTE) === BADGE_KIND) tooltip.hide(target);
  }

  if (!document.hidden) {
    observe();
    schedule();
  }

  return () => {
    stopped = true;
    observer.disconnect();
    listeners.abort();
    clearTimeout(timer);
    clearTimeout(settleTimer);
    tooltip.remove();
    for (const host of document.querySelectorAll(`[${HOST_ATTRIBUTE}]`)) host.remove();
  };
}

/** A mutation made only of our own elements coming or going. */
function isOwnRecord(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  for (const node of record.addedNodes) if (!(node instanceof Element && node.hasAttribute(HOST_ATTRIBUTE))) return false;
  for (const node of record.removedNodes) if (!(node instanceof Element && node.hasAttribute(HOST_ATTRIBUTE))) return false;
  return true;
}

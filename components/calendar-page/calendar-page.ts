import type { CalendarMark, PageEvent } from '../../lib/google-pages/calendar-marks';
import { applyTheme, HOST_ATTRIBUTE, pageTheme, type Theme } from '../google-pages/dom';
import { BADGE_KIND, markOfBadge } from './badge';
import { createDialogScanner } from './dialogs';
import { createEventBadges } from './event-badges';
import { createMutationBatches, DIALOG_SELECTOR, type PendingWork } from './mutation-batches';
import { diagnoseUnreadablePage } from './page-check';
import { createTooltip } from './tooltip';

export interface CalendarPageDeps {
  fetchMarks(events: PageEvent[]): Promise<CalendarMark[]>;
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

/** How long a visible page may show nothing readable before it is judged changed. */
const SETTLE_MS = 5_000;
const MAX_IDS_PER_REQUEST = 500;

/**
 * Badges on the events detection marked, actions in the event's dialog. One throttled
 * MutationObserver (mutation-batches.ts), disconnected while the page is hidden. Returns the
 * function that removes it all.
 */
export function startCalendarPage(deps: CalendarPageDeps): () => void {
  let theme: Theme = pageTheme();
  const marks = new Map<string, CalendarMark | null>();
  const wanted = new Set<string>();
  const tooltip = createTooltip();
  const listeners = new AbortController();
  let version = 0;
  let asking = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let visibleSince = performance.now();
  let judged = false;
  let stopped = false;

  const fail = (error: unknown) => {
    if (stopped) return;
    stop();
    deps.fail(error);
  };
  const markOf = (id: string): CalendarMark | null | undefined => {
    const mark = marks.get(id);
    if (mark === undefined && badges.isReadable(id)) wanted.add(id);
    return mark;
  };
  const badges = createEventBadges({ markOf, theme: () => theme, version: () => version });
  const dialogs = createDialogScanner({
    markOf,
    theme: () => theme,
    openNotes: (mark) => deps.openNotes(mark.sessionId!),
    notMentoring: async (mark) => {
      await deps.notMentoring(mark.seriesId);
      refreshMarks();
    },
  });

  const batches = createMutationBatches((work: PendingWork) => {
    if (work.themeChanged) updateTheme();
    if (work.all) {
      badges.updateWithin(document);
      dialogs.scan(document.querySelectorAll(DIALOG_SELECTOR));
    } else {
      for (const root of work.roots) {
        if (!root.isConnected) continue;
        badges.updateWithin(root);
        if (root.matches(DIALOG_SELECTOR)) work.dialogs.add(root);
        for (const dialog of root.querySelectorAll(DIALOG_SELECTOR)) work.dialogs.add(dialog);
      }
      for (const event of work.events) if (event.isConnected) badges.update(event);
      dialogs.scan(work.dialogs);
    }
    void askForMarks();
    judgeReadability();
  }, fail);

  async function askForMarks(): Promise<void> {
    if (asking || wanted.size === 0 || stopped) return;
    const ids = [...wanted].slice(0, MAX_IDS_PER_REQUEST);
    for (const id of ids) wanted.delete(id);
    asking = true;
    try {
      const events = ids.flatMap((elementId) => {
        const ref = badges.refOf(elementId);
        return ref ? [{ elementId, ...ref }] : [];
      });
      const found = new Map((await deps.fetchMarks(events)).map((mark) => [mark.elementId, mark]));
      for (const id of ids) marks.set(id, found.get(id) ?? null);
      version++;
      batches.requestAll();
    } catch (error) {
      fail(error);
    } finally {
      asking = false;
    }
  }

  /** Asks again about the events on the page (after a decision, or back on the tab); badges stay meanwhile. */
  function refreshMarks(): void {
    const onPage = new Set([...document.querySelectorAll('[data-eventid]')].map((element) => element.getAttribute('data-eventid') ?? ''));
    for (const id of marks.keys()) {
      if (onPage.has(id)) wanted.add(id);
      else marks.delete(id);
    }
    void askForMarks();
  }

  function judgeReadability(): void {
    if (judged) return;
    const { readable, unreadable } = badges.readability();
    if (readable > 0) {
      judged = true;
      deps.working();
      return;
    }
    const waited = performance.now() - visibleSince;
    if (waited < SETTLE_MS) {
      settleTimer ??= setTimeout(() => {
        settleTimer = undefined;
        if (!stopped && !document.hidden) batches.requestAll();
      }, SETTLE_MS - waited);
      return;
    }
    const problem = diagnoseUnreadablePage(unreadable);
    if (problem) {
      judged = true;
      deps.diagnose(problem);
    }
  }

  function updateTheme(): void {
    const next = pageTheme();
    if (next !== theme) applyTheme((theme = next));
  }

  const guard =
    <A extends unknown[]>(work: (...args: A) => void) =>
    (...args: A) => {
      if (stopped) return;
      try {
        work(...args);
      } catch (error) {
        fail(error);
      }
    };
  const on = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
    document.addEventListener(type, guard(handler), { capture: true, signal: listeners.signal });

  on('visibilitychange', () => {
    if (document.hidden) {
      batches.disconnect();
      tooltip.hide();
      return;
    }
    visibleSince = performance.now();
    batches.connect();
    refreshMarks();
  });
  on('click', (event) => activated(event.target));
  on('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') activated(event.target);
    if (event.key === 'Escape') tooltip.hide();
  });
  on('mouseover', (event) => showTooltip(event.target));
  on('mouseout', (event) => hideTooltip(event.target));
  on('focusin', (event) => showTooltip(eventBadge(event.target)));
  on('focusout', (event) => hideTooltip(eventBadge(event.target)));
  on('scroll', () => tooltip.hide());
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', guard(batches.themeChanged), { signal: listeners.signal });

  // The dialog a click opens is a mutation of its own: the observer brings it.
  const activated = (target: EventTarget | null) => dialogs.noteActivation(target);
  function eventBadge(target: EventTarget | null): Element | undefined {
    const event = target instanceof Element ? target.closest('[data-eventid]') : null;
    return (event && badges.badgeOf(event)) || undefined;
  }
  function showTooltip(target: EventTarget | null | undefined): void {
    if (!(target instanceof Element) || target.getAttribute(HOST_ATTRIBUTE) !== BADGE_KIND) return;
    const mark = markOfBadge(target);
    if (mark) tooltip.show(target, mark, theme);
  }
  function hideTooltip(target: EventTarget | null | undefined): void {
    if (target instanceof Element && target.getAttribute(HOST_ATTRIBUTE) === BADGE_KIND) tooltip.hide(target);
  }

  if (!document.hidden) batches.connect();

  function stop(): void {
    stopped = true;
    batches.disconnect();
    listeners.abort();
    clearTimeout(settleTimer);
    tooltip.remove();
    for (const host of document.querySelectorAll(`[${HOST_ATTRIBUTE}]`)) host.remove();
  }
  return stop;
}

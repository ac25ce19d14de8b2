import { HOST_ATTRIBUTE } from '../google-pages/dom';

export const DIALOG_SELECTOR = '[role="dialog"], dialog[open]';

/** What changed since the last batch, narrowed to what the Calendar script looks at. */
export interface PendingWork {
  /** Look at the whole page (start, coming back to the tab, new marks). */
  all: boolean;
  /** Subtrees the page added: event elements and dialogs may be inside. */
  roots: Set<Element>;
  /** Event elements whose id or content changed (Calendar may redraw an event's inside and drop our badge). */
  events: Set<Element>;
  /** Dialogs that appeared, changed or were shown or hidden. */
  dialogs: Set<Element>;
  themeChanged: boolean;
}

/**
 * Each batch's own time is a User Timing measure of this name (seen in DevTools' performance panel,
 * and by `npm run bench`); it is cleared at once, so nothing piles up in a long-open page.
 */
const BATCH_MEASURE = 'mentoring-companion: calendar batch';

/** Mutations are handled together at most this often; the first of a quiet spell at once. */
const BATCH_INTERVAL_MS = 100;

/**
 * One MutationObserver for the Calendar page, throttled: the first mutation after a quiet spell is
 * handled in the observer's own callback, so what we add is laid out with the page's own change
 * (no second layout); later ones within the interval wait for its end and go together. Each record
 * costs a few checks: the work is narrowed to the subtrees and elements that changed.
 */
export function createMutationBatches(handle: (work: PendingWork) => void, onError: (error: unknown) => void) {
  let pending = emptyWork(true);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = Number.NEGATIVE_INFINITY;

  const run = () => {
    timer = undefined;
    lastRun = performance.now();
    const work = pending;
    pending = emptyWork(false);
    try {
      handle(work);
    } catch (error) {
      onError(error);
    }
    // What the handler just added is no news.
    observer.takeRecords();
    performance.measure(BATCH_MEASURE, { start: lastRun });
    performance.clearMeasures(BATCH_MEASURE);
  };

  const request = () => {
    if (timer !== undefined) return;
    const wait = lastRun + BATCH_INTERVAL_MS - performance.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  };

  const observer = new MutationObserver((records) => {
    try {
      if (collect(records, pending)) request();
    } catch (error) {
      onError(error);
    }
  });

  return {
    /** Starts (again) watching, with a look at the whole page. */
    connect(): void {
      observer.observe(document.documentElement, { attributes: true });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-eventid', 'aria-hidden', 'hidden'] });
      pending.all = true;
      request();
    },
    /** Stops watching (the page is hidden, or the script stops); nothing runs meanwhile. */
    disconnect(): void {
      observer.disconnect();
      clearTimeout(timer);
      timer = undefined;
    },
    /** Asks for a look at the whole page soon, without a mutation (new marks arrived). */
    requestAll(): void {
      pending.all = true;
      request();
    },
    themeChanged(): void {
      pending.themeChanged = true;
      request();
    },
  };
}

function emptyWork(all: boolean): PendingWork {
  return { all, roots: new Set(), events: new Set(), dialogs: new Set(), themeChanged: all };
}

/** Notes what the records touched; false when nothing of interest changed (our own elements coming or going). */
function collect(records: MutationRecord[], work: PendingWork): boolean {
  let relevant = false;
  for (const record of records) {
    const target = record.target;
    if (target === document.documentElement) {
      work.themeChanged = relevant = true;
      continue;
    }
    if (!(target instanceof Element) || isOwnRecord(record)) continue;
    relevant = true;
    if (record.type === 'attributes') {
      if (record.attributeName === 'data-eventid') work.events.add(target);
      else work.dialogs.add(target);
      continue;
    }
    for (const node of record.addedNodes) if (node instanceof Element && !node.hasAttribute(HOST_ATTRIBUTE)) work.roots.add(node);
    const event = target.closest('[data-eventid]');
    if (event) work.events.add(event);
    const dialog = target.closest(DIALOG_SELECTOR);
    if (dialog) work.dialogs.add(dialog);
  }
  return relevant;
}

/** A mutation made only of our own elements coming or going. */
function isOwnRecord(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  for (const node of record.addedNodes) if (!(node instanceof Element && node.hasAttribute(HOST_ATTRIBUTE))) return false;
  for (const node of record.removedNodes) if (!(node instanceof Element && node.hasAttribute(HOST_ATTRIBUTE))) return false;
  return true;
}

import type { SyncSummary } from '../source';

export interface CalendarDataChange {
  /** `sync`: a sync finished; `removed`: a calendar's copies were deleted (sign-out, calendar removed). */
  reason: 'sync' | 'removed';
  /** The calendars whose event copies may have changed. */
  calendarKeys: string[];
  summary: SyncSummary;
}

export type CalendarDataListener = (change: CalendarDataChange) => void | Promise<void>;

const listeners = new Set<CalendarDataListener>();
/** Notifications run one after another: a listener never sees two changes at once. */
let queue: Promise<void> = Promise.resolve();

/**
 * Subscribes to "the local event copies changed": after each successful sync and after a calendar's
 * copies are deleted. Returns the unsubscribe function. Sessions reconcile from here.
 */
export function onSyncCompleted(listener: CalendarDataListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Tells every listener, one after the other, after any notification still running; resolves when
 * they are done. A failing listener is reported and does not stop the others, nor fail the sync
 * that already committed.
 */
export function notifySyncCompleted(change: CalendarDataChange): Promise<void> {
  queue = queue.then(async () => {
    for (const listener of [...listeners]) {
      try {
        await listener(change);
      } catch (error) {
        console.error('Mentoring Companion: a calendar change listener failed', error);
      }
    }
  });
  return queue;
}

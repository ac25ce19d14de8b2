import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

export type LiveResult<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/**
 * Runs a Dexie query and re-runs it whenever the data it read changes (in any extension page or the
 * background), so sync and feedback show up without a reload. The last value stays on screen while
 * a changed query reloads, so the page does not flicker. The query starts as the component mounts
 * (a layout effect), not after the first frame: a page's first meaningful paint waits on it.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (error: unknown) => setResult({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
    // The query closes over exactly `deps`; the caller lists them.
  }, deps);
  return result;
}

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface DebouncedSaver<T> {
  /** Remembers the latest value and saves it once the user pauses. */
  schedule(value: T): void;
  /** Saves the latest unsaved value now (on blur, before the page goes away). */
  flush(): Promise<void>;
  /** Forgets the pending value; for a value that must not be saved any more. */
  cancel(): void;
  /** A value is waiting for the pause, or handed to a save that has not finished. */
  hasUnsaved(): boolean;
}

/**
 * Debounces saves of typed text and runs them one after another, so an older value never lands
 * after a newer one. A failed save keeps its value for the next flush: typed text is not dropped.
 */
export function createDebouncedSaver<T>(
  save: (value: T) => Promise<void>,
  options: { delayMs: number; onStatus?: (status: SaveStatus, error?: unknown) => void },
): DebouncedSaver<T> {
  let pending: { value: T } | undefined;
  /** Saves handed to the chain and not finished: their values are not stored yet either. */
  let inFlight = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  const report = options.onStatus ?? (() => {});

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const flush = (): Promise<void> => {
    clearTimer();
    if (!pending) return chain;
    const { value } = pending;
    pending = undefined;
    inFlight += 1;
    chain = chain.then(async () => {
      report('saving');
      try {
        await save(value);
        inFlight -= 1;
        report(pending ? 'pending' : 'saved');
      } catch (error) {
        inFlight -= 1;
        pending ??= { value };
        report('error', error);
      }
    });
    return chain;
  };

  return {
    schedule(value) {
      pending = { value };
      report('pending');
      clearTimer();
      timer = setTimeout(() => void flush(), options.delayMs);
    },
    flush,
    cancel() {
      clearTimer();
      pending = undefined;
    },
    hasUnsaved: () => pending !== undefined || inFlight > 0,
  };
}

import { GoogleApiError, SyncAbortedError, isTransient } from './errors';

export interface BackoffOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  /** No single pause is longer: an idle MV3 worker is stopped after 30 s. */
  maxDelayMs: number;
  /** Source of jitter in [0, 1); injectable so tests are deterministic. */
  random: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
}

const defaultBackoff: BackoffOptions = {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  random: Math.random,
  sleep: abortableSleep,
};

/**
 * "Full jitter" exponential backoff: the n-th pause is uniform in [0, min(max, base·2ⁿ)], raised
 * to the server's Retry-After when it asked for more (still capped). Only transient errors are
 * retried; the last one is thrown when the attempts run out.
 */
export function backoffDelay(retry: number, options: Pick<BackoffOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>, retryAfterMs?: number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  const jittered = Math.floor(options.random() * ceiling);
  return Math.min(options.maxDelayMs, Math.max(jittered, retryAfterMs ?? 0));
}

export async function withBackoff<T>(attempt: (attemptNumber: number) => Promise<T>, options: Partial<BackoffOptions> = {}): Promise<T> {
  const settings = { ...defaultBackoff, ...options };
  for (let attemptNumber = 1; ; attemptNumber++) {
    if (settings.signal?.aborted) throw new SyncAbortedError();
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      if (!isTransient(error) || attemptNumber >= settings.maxAttempts) throw error;
      const retryAfter = error instanceof GoogleApiError ? error.retryAfterMs : undefined;
      await settings.sleep(backoffDelay(attemptNumber - 1, settings, retryAfter), settings.signal);
    }
  }
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new SyncAbortedError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new SyncAbortedError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

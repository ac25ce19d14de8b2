/**
 * Wraps `work` so that it runs once at a time: a call made while it runs shares that run's result
 * instead of starting another. The next call after it settled starts afresh.
 */
export function singleFlight<T>(work: () => Promise<T>): { (): Promise<T>; running(): Promise<T> | undefined } {
  let current: Promise<T> | undefined;
  const run = () =>
    (current ??= work().finally(() => {
      current = undefined;
    }));
  return Object.assign(run, { running: () => current });
}

import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every `intervalMs`, so "current session" and "overdue" move with the clock. */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

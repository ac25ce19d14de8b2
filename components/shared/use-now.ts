import { useEffect, useState } from 'preact/hooks';
import { MINUTE_MS } from '../../lib/time/units';

/** The current time, refreshed every `intervalMs`, so "current session" and "overdue" move with the clock. */
export function useNow(intervalMs = MINUTE_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

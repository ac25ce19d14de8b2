import type { Session } from '../model';
import { calendarDaysBetween, instant } from './time';

export type CadenceState = 'on-track' | 'due' | 'overdue';

export type CadenceHealth =
  | { state: 'no-sessions-yet'; cadenceDays: number }
  | { state: CadenceState; cadenceDays: number; daysSince: number; lastSessionStart: string };

/**
 * Days since the last session against the agreed cadence: on track up to the cadence, due up to
 * half a cadence later, overdue after that.
 */
export function cadenceHealth(lastSession: Session | undefined, cadenceDays: number, nowMs: number): CadenceHealth {
  if (!lastSession) return { state: 'no-sessions-yet', cadenceDays };
  const daysSince = Math.max(0, calendarDaysBetween(instant(lastSession.start), nowMs));
  const state: CadenceState =
    daysSince <= cadenceDays ? 'on-track' : daysSince <= Math.ceil(cadenceDays * 1.5) ? 'due' : 'overdue';
  return { state, cadenceDays, daysSince, lastSessionStart: lastSession.start };
}

/** How many of the last `window` past sessions did not happen (missed, cancelled or rescheduled). */
export function recentMisses(pastSessionsOldestFirst: readonly Session[], window = 3): { missed: number; of: number } {
  const recent = pastSessionsOldestFirst.slice(-window);
  const missed = recent.filter((s) => s.status === 'missed' || s.status === 'cancelled' || s.status === 'rescheduled');
  return { missed: missed.length, of: recent.length };
}

import type { Session, SessionStatus } from '../model';
import { CURRENT_SESSION_LEAD_MS, instant } from './time';

export interface FocusSession {
  session: Session;
  /** True from 15 minutes before the start until the end; otherwise it is the next session. */
  isCurrent: boolean;
}

const CAN_BE_CURRENT: readonly SessionStatus[] = ['scheduled', 'held'];
/** Statuses of a session that (probably) took place: held, or ended and still awaiting feedback. */
const TOOK_PLACE: readonly SessionStatus[] = ['scheduled', 'held'];

export function isCurrentSession(session: Session, nowMs: number): boolean {
  if (!CAN_BE_CURRENT.includes(session.status)) return false;
  return instant(session.start) - CURRENT_SESSION_LEAD_MS <= nowMs && nowMs <= instant(session.end);
}

/**
 * The session the panel is about: the current one, else the next scheduled one. With two current
 * sessions (back to back), the one already running wins over the one about to start.
 */
export function pickCurrentOrNext(sessions: readonly Session[], nowMs: number): FocusSession | undefined {
  const current = sessions.filter((session) => isCurrentSession(session, nowMs));
  const running = current.filter((session) => instant(session.start) <= nowMs);
  if (running.length > 0) return { session: latestByStart(running), isCurrent: true };
  if (current.length > 0) return { session: earliestByStart(current), isCurrent: true };
  const upcoming = sessions.filter((session) => session.status === 'scheduled' && instant(session.start) > nowMs);
  return upcoming.length > 0 ? { session: earliestByStart(upcoming), isCurrent: false } : undefined;
}

/** The latest session that ended and took place (or may have: it awaits feedback). */
export function pickLastSession(sessions: readonly Session[], nowMs: number): Session | undefined {
  const past = sessions.filter((session) => TOOK_PLACE.includes(session.status) && instant(session.end) <= nowMs);
  return past.length > 0 ? latestByStart(past) : undefined;
}

export function sortByStart<T extends { start: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => instant(a.start) - instant(b.start));
}

function latestByStart(sessions: readonly Session[]): Session {
  const sorted = sortByStart(sessions);
  return sorted[sorted.length - 1]!;
}

function earliestByStart(sessions: readonly Session[]): Session {
  return sortByStart(sessions)[0]!;
}

import type { Session, SessionStatus } from '../model';
import { isAwaitingFeedback, type MyFeedbackState } from '../sessions/awaiting-feedback';
import { CURRENT_SESSION_LEAD_MS, instant } from './time';
import { HOUR_MS } from '../time/units';

/**
 * The moment the panel serves, which decides what comes first on its screen:
 * - during: the session is in progress (live notes and agenda first);
 * - after: a session ended a short while ago and awaits feedback ("How did it go?" first, its notes);
 * - before: the next session starts within a few hours (who, when, join link, focus, commitments, agenda);
 * - next: the next session is further away (the same layout as before, calmer wording);
 * - none: no session is coming.
 */
export type MomentKind = 'during' | 'after' | 'before' | 'next' | 'none';

export interface PanelMoment {
  kind: MomentKind;
  /** The session the moment is about (none: undefined). */
  session?: Session;
}

/** "Within a few hours": from this long before its start, the panel prepares for the next session. */
const BEFORE_LEAD_MS = 4 * HOUR_MS;
/** How long after its end the panel stays on a session that awaits feedback. */
export const AFTER_WINDOW_MS = 3 * HOUR_MS;

const CAN_RUN: readonly SessionStatus[] = ['scheduled', 'held'];

/**
 * The moment of a set of sessions (one pairing's, or every open pairing's when the panel follows
 * the user). A running session wins; then one about to start (within 15 minutes); then a session
 * that just ended and awaits feedback; then the next one.
 */
export function pickMoment(
  sessions: readonly Session[],
  feedbackOf: (sessionId: string) => MyFeedbackState,
  nowMs: number,
): PanelMoment {
  const running = sessions.filter(
    (s) => CAN_RUN.includes(s.status) && instant(s.start) <= nowMs && nowMs < instant(s.end),
  );
  if (running.length > 0) return { kind: 'during', session: latest(running) };

  const upcoming = sessions.filter((s) => s.status === 'scheduled' && instant(s.start) > nowMs);
  const next = upcoming.length > 0 ? earliest(upcoming) : undefined;
  const startsIn = next ? instant(next.start) - nowMs : Infinity;
  if (next && startsIn <= CURRENT_SESSION_LEAD_MS) return { kind: 'before', session: next };

  const justEnded = sessions.filter(
    (s) =>
      instant(s.end) <= nowMs &&
      nowMs - instant(s.end) <= AFTER_WINDOW_MS &&
      isAwaitingFeedback(s, feedbackOf(s.id), nowMs),
  );
  if (justEnded.length > 0) return { kind: 'after', session: latest(justEnded) };

  if (!next) return { kind: 'none' };
  return { kind: startsIn <= BEFORE_LEAD_MS ? 'before' : 'next', session: next };
}

/**
 * The moment of the session the panel was asked to show (the Calendar page's "Mentoring notes",
 * or the Meet call in front) while it has not ended, or its Meet call is still on; undefined
 * otherwise (the panel then finds its moment itself).
 */
export function requestedMoment(sessions: readonly Session[], requestedId: string | undefined, nowMs: number): PanelMoment | undefined {
  const session = requestedId ? sessions.find((s) => s.id === requestedId) : undefined;
  if (!session || !CAN_RUN.includes(session.status)) return undefined;
  const callOn = Boolean(session.call && !session.call.leftAt);
  if (callOn || (instant(session.start) <= nowMs && nowMs < instant(session.end))) return { kind: 'during', session };
  const startsIn = instant(session.start) - nowMs;
  if (startsIn <= 0) return undefined;
  return { kind: startsIn <= BEFORE_LEAD_MS ? 'before' : 'next', session };
}

function latest(sessions: readonly Session[]): Session {
  return sessions.reduce((best, s) => (instant(s.start) > instant(best.start) ? s : best));
}

function earliest(sessions: readonly Session[]): Session {
  return sessions.reduce((best, s) => (instant(s.start) < instant(best.start) ? s : best));
}

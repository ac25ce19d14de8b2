import type { Session } from '../model';
import { MINUTE_MS } from '../time/units';

/** A Meet call the page stopped reporting (it reports every few minutes) counts as over this long after it was last seen. */
export const CALL_SILENCE_MS = 10 * MINUTE_MS;

/**
 * When the session really ended: when the user left its Meet call; while the call is still on,
 * not before it was last seen plus a margin (a call running over holds the prompt back); without
 * a call, the calendar end.
 */
export function sessionEndMs(session: Session): number {
  const end = Date.parse(session.end);
  const call = session.call;
  if (!call) return end;
  if (call.leftAt) return Date.parse(call.leftAt);
  return Math.max(end, Date.parse(call.lastSeenAt) + CALL_SILENCE_MS);
}

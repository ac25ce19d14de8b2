import type { Session } from '../model';
import { sessionEndMs } from './call-end';
import { DAY_MS } from '../time/units';

/**
 * The one rule of "awaiting feedback", used by the toolbar badge, the side panel and the prompts.
 * A session awaits my feedback when it ended within the last 14 days, was not cancelled, and I have
 * neither submitted feedback nor dismissed the prompt. Older sessions (say, months synced on the
 * first run) can still get feedback from the panel's history, but they no longer ask for it.
 */
export const AWAITING_FEEDBACK_DAYS = 14;
export const AWAITING_FEEDBACK_WINDOW_MS = AWAITING_FEEDBACK_DAYS * DAY_MS;

/** What the rule needs to know about my feedback on the session: only whether it was submitted. */
export type MyFeedbackState = 'submitted' | 'draft' | undefined;

/**
 * The session ended (really: when the user left its Meet call, if the Meet page saw it), was not
 * cancelled and has no submitted feedback of mine: feedback can be given (any age).
 */
export function canGiveFeedback(session: Session, myFeedback: MyFeedbackState, nowMs: number): boolean {
  return session.status !== 'cancelled' && sessionEndMs(session) <= nowMs && myFeedback !== 'submitted';
}

/** Counted by the badge and listed by the panel; snoozed sessions count too. */
export function isAwaitingFeedback(session: Session, myFeedback: MyFeedbackState, nowMs: number): boolean {
  if (!canGiveFeedback(session, myFeedback, nowMs)) return false;
  const prompt = session.feedbackPrompt?.state;
  if (prompt === 'dismissed' || prompt === 'done') return false;
  return nowMs - Date.parse(session.end) <= AWAITING_FEEDBACK_WINDOW_MS;
}

/** The snooze still running, if any: until then the session counts but asks nothing. */
export function snoozedUntil(session: Session, nowMs: number): number | undefined {
  const prompt = session.feedbackPrompt;
  if (prompt?.state !== 'snoozed' || !prompt.snoozedUntil) return undefined;
  const until = Date.parse(prompt.snoozedUntil);
  return until > nowMs ? until : undefined;
}

/** Awaiting feedback and not snoozed right now: the surfaces may ask "How did it go?". */
export function mayAskForFeedback(session: Session, myFeedback: MyFeedbackState, nowMs: number): boolean {
  return isAwaitingFeedback(session, myFeedback, nowMs) && snoozedUntil(session, nowMs) === undefined;
}

import { promptAlarmName } from '../alarms/alarm-names';
import type { Session, Settings } from '../model';
import { mayAskForFeedback } from '../sessions/awaiting-feedback';
import { sessionEndMs } from '../sessions/call-end';
import { DAY_MS, MINUTE_MS } from '../time/units';

/**
 * Pure planning of the prompts: which alarms should exist, which sessions await feedback, which
 * feedback prompts are due now. Everything takes `now` explicitly, so tests need no real clock.
 */

export type NotificationSettings = Settings['notifications'];

export interface PlannedAlarm {
  name: string;
  /** Epoch milliseconds. */
  when: number;
}

/** Alarms further ahead are not kept: the plan is redone after every sync and every hour. */
export const PROMPT_HORIZON_MS = DAY_MS;


// The names live with every other alarm's (one module, one naming style).
export { parsePromptAlarmName } from '../alarms/alarm-names';

/**
 * When the "how did it go?" prompt is due: after a snooze, when the snooze ends; else the real end
 * (the Meet call's, when the Meet page saw it) plus the delay.
 */
function feedbackDueAt(session: Session, notifications: NotificationSettings): number {
  const snoozedUntil = session.feedbackPrompt?.state === 'snoozed' ? session.feedbackPrompt.snoozedUntil : undefined;
  if (snoozedUntil) return Date.parse(snoozedUntil);
  return sessionEndMs(session) + notifications.feedbackDelayMinutes * MINUTE_MS;
}

/** Sessions awaiting feedback whose prompt has not been shown yet (or whose snooze ran out), oldest first. */
export function dueFeedbackPrompts(
  sessions: readonly Session[],
  submittedFeedback: ReadonlySet<string>,
  notifications: NotificationSettings,
  now: number,
): Session[] {
  return sessions
    .filter((session) => mayAskForFeedback(session, submittedFeedback.has(session.id) ? 'submitted' : undefined, now))
    .filter((session) => {
      const prompt = session.feedbackPrompt;
      // Not shown yet and the delay after the end has passed, or a snooze that ran out.
      if (!prompt) return feedbackDueAt(session, notifications) <= now;
      return prompt.state === 'snoozed';
    })
    .sort((a, b) => Date.parse(a.end) - Date.parse(b.end));
}

/**
 * The alarms that should exist now: `prompts:start:<id>` at start − N minutes and `prompts:feedback:<id>` when the
 * feedback prompt is due, for scheduled sessions (start prompts only while the event is still on the
 * calendar), only within the next 24 hours.
 * Demo sessions are planned like any other, so a new user sees the prompts work.
 * Moments already past are not alarms: due feedback prompts are shown by the catch-up instead.
 */
export function planPromptAlarms(
  sessions: readonly Session[],
  notifications: NotificationSettings,
  now: number,
  submittedFeedback: ReadonlySet<string> = new Set(),
): PlannedAlarm[] {
  if (!notifications.enabled) return [];
  const inHorizon = (when: number) => when > now && when <= now + PROMPT_HORIZON_MS;
  const plan: PlannedAlarm[] = [];
  for (const session of sessions) {
    if (session.status !== 'scheduled') continue;
    const startsSoonAt = Date.parse(session.start) - notifications.startingSoonMinutes * MINUTE_MS;
    const onCalendar = session.calendar?.present !== false;
    if (onCalendar && inHorizon(startsSoonAt)) plan.push({ name: promptAlarmName('start', session.id), when: startsSoonAt });
    const state = session.feedbackPrompt?.state;
    if (submittedFeedback.has(session.id) || (state !== undefined && state !== 'snoozed')) continue;
    const feedbackAt = feedbackDueAt(session, notifications);
    if (inHorizon(feedbackAt)) plan.push({ name: promptAlarmName('feedback', session.id), when: feedbackAt });
  }
  return plan.sort((a, b) => a.when - b.when || a.name.localeCompare(b.name));
}

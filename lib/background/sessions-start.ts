import { browser } from 'wxt/browser';
import { PROMPTS_REPLAN_ALARM, parsePromptAlarmName } from '../alarms/alarm-names';
import { keepPeriodicAlarm } from '../alarms/periodic-alarm';
import { onSyncCompleted } from '../calendar/sync/sync-events';
import { getDatabase } from '../db/database';
import { registerMessageHandlers, type MessageHandlers } from '../messaging/register';
import { handleNotificationClick } from '../prompts/notifications';
import { openFeedbackWindow } from '../prompts/open';
import { handlePromptAlarm, refreshPrompts } from '../prompts/prompts';
import { decideDetection } from '../sessions/decisions';
import { reconcileSessions } from '../sessions/reconcile';
import { refreshSuggestions } from '../sessions/suggestion-store';

/** Prompts are re-planned this often even when no sync runs (demo data, an ICS file), so the 24-hour plan never runs dry. */
const REPLAN_PERIOD_MINUTES = 60;

let catchUp: Promise<unknown> | undefined;

/** The messages this domain answers (registered by startSessionsAndPrompts). */
export const sessionsAndPromptsHandlers = {
  decideDetection: async (verdict) => {
    await decideDetection(verdict);
    await refreshPrompts();
  },
  openFeedback: async ({ sessionId }) => {
    if (!(await getDatabase().sessions.get(sessionId))) throw new Error(`There is no session with id "${sessionId}"`);
    await openFeedbackWindow(sessionId);
  },
  replanPrompts: async () => ({ alarms: (await refreshPrompts()).alarms }),
  refreshSuggestions: async () => ({ suggestions: (await refreshSuggestions()).length }),
} satisfies Partial<MessageHandlers>;

/**
 * The background's sessions and prompts. Listeners are registered synchronously, so the alarm,
 * notification click or message that woke the service worker is not missed. On every worker start
 * (and at browser start) the prompts catch up: feedback prompts that came due while the browser
 * was closed are shown then, several of them as one summary.
 */
export function startSessionsAndPrompts(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PROMPTS_REPLAN_ALARM) void report('re-planning prompts', refreshPrompts());
    else if (parsePromptAlarmName(alarm.name)) void report(`handling alarm ${alarm.name}`, handlePromptAlarm(alarm.name));
  });
  // The click handlers call straight through: opening the side panel must start inside the click.
  browser.notifications.onClicked.addListener((id) => void report('opening a prompt', handleNotificationClick(id)));
  browser.notifications.onButtonClicked?.addListener((id) => void report('opening a prompt', handleNotificationClick(id)));
  browser.runtime.onStartup.addListener(() => void catchUpOnce());

  registerMessageHandlers(sessionsAndPromptsHandlers);

  onSyncCompleted(async () => {
    await reconcileSessions();
    await refreshPrompts();
  });

  void report('scheduling the hourly re-plan', keepPeriodicAlarm(PROMPTS_REPLAN_ALARM, REPLAN_PERIOD_MINUTES));
  void catchUpOnce();
}

/** Worker start and browser start both ask for the catch-up; once per worker is enough. */
function catchUpOnce(): Promise<unknown> {
  catchUp ??= report('catching up on prompts', refreshPrompts());
  return catchUp;
}

async function report(what: string, work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch (error) {
    console.error(`Mentoring Companion: failed ${what}`, error);
  }
}

import { browser } from 'wxt/browser';
import { getDatabase, type MentoringDatabase } from '../db/database';
import type { Pairing, Session } from '../model';
import { getSettings } from '../settings/settings-store';
import { applyAlarmPlan } from './alarms';
import { parseNotificationId, showPromptNotification } from './notifications';
import { isAwaitingFeedback } from '../sessions/awaiting-feedback';
import { dueFeedbackPrompts, parsePromptAlarmName, planPromptAlarms } from './plan';
import { MINUTE_MS } from '../time/units';

export interface PromptRefresh {
  /** Prompt alarms now planned. */
  alarms: number;
  /** Sessions whose feedback prompt was shown by this refresh. */
  notified: number;
  /** Sessions awaiting feedback: the badge's number. */
  awaiting: number;
}

const BADGE_COLOR = '#8a3ffc';

/**
 * Brings every prompt surface up to date: re-plans the alarms of the next 24 hours, shows the
 * feedback prompts that came due while no alarm could fire (browser closed, session created after
 * it ended), sets the badge and clears notifications of sessions already answered.
 * Safe to run any time and any number of times.
 */
export async function refreshPrompts(db: MentoringDatabase = getDatabase(), now = Date.now()): Promise<PromptRefresh> {
  const notified = await notifyDueFeedback(db, now);
  const { sessions, submitted, settings } = await loadPromptState(db);
  const plan = planPromptAlarms(sessions, settings.notifications, now, submitted);
  await applyAlarmPlan(plan);
  const awaiting = sessions.filter((session) =>
    isAwaitingFeedback(session, submitted.has(session.id) ? 'submitted' : undefined, now),
  );
  await setBadge(awaiting.length);
  await clearAnsweredNotifications(new Set(awaiting.map((session) => session.id)));
  return { alarms: plan.length, notified, awaiting: awaiting.length };
}

/**
 * Shows the feedback prompts that are due and not shown yet: one notification for one session,
 * one summary for several (never a flood). Sessions are claimed in the same transaction that
 * reads them, so two runs at once (start-up and a sync) never prompt twice.
 */
async function notifyDueFeedback(db: MentoringDatabase = getDatabase(), now = Date.now()): Promise<number> {
  const stamp = new Date(now).toISOString();
  const { due, pairings } = await db.transaction('rw', [db.sessions, db.feedback, db.settings, db.pairings], async () => {
    const { sessions, submitted, settings } = await loadPromptState(db);
    if (!settings.notifications.enabled) return { due: [], pairings: new Map<string, Pairing>() };
    const candidates = dueFeedbackPrompts(sessions, submitted, settings.notifications, now);
    const pairings = await pairingsOf(db, candidates);
    const claimed = candidates
      .filter((session) => pairings.has(session.pairingId))
      .map((session): Session => ({ ...session, feedbackPrompt: { state: 'pending', notifiedAt: stamp }, updatedAt: stamp }));
    await db.sessions.bulkPut(claimed);
    return { due: claimed, pairings };
  });
  const oldest = due[0];
  const oldestPairing = oldest && pairings.get(oldest.pairingId);
  if (!oldest || !oldestPairing) return 0;
  if (due.length === 1) await showPromptNotification({ kind: 'feedback', session: oldest, pairing: oldestPairing });
  else await showPromptNotification({ kind: 'feedback-summary', oldest, oldestPairing, count: due.length });
  return due.length;
}

/** What an alarm of ours means: a start prompt, or time to look for due feedback prompts. */
export async function handlePromptAlarm(name: string, db: MentoringDatabase = getDatabase(), now = Date.now()): Promise<void> {
  const alarm = parsePromptAlarmName(name);
  if (!alarm) return;
  if (alarm.kind === 'feedback') {
    await refreshPrompts(db, now);
    return;
  }
  const [session, settings] = await Promise.all([db.sessions.get(alarm.sessionId), getSettings(db)]);
  // A late alarm (the computer slept) for a session already over, or one cancelled meanwhile, says nothing.
  if (!session || session.status !== 'scheduled' || Date.parse(session.end) <= now || !settings.notifications.enabled) return;
  const pairing = await db.pairings.get(session.pairingId);
  if (!pairing) return;
  const minutesLeft = Math.max(0, Math.round((Date.parse(session.start) - now) / MINUTE_MS));
  await showPromptNotification({ kind: 'start', session, pairing, minutesLeft });
}

async function setBadge(count: number): Promise<void> {
  // Firefox builds of manifest version 2 name the toolbar button browserAction.
  const button = browser.action ?? browser.browserAction;
  await button.setBadgeText({ text: count > 0 ? String(count) : '' });
  if (count > 0) await button.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await button.setTitle({
    title: count > 0 ? `Mentoring Companion: ${count} session${count === 1 ? '' : 's'} awaiting feedback` : 'Mentoring Companion',
  });
}

/** A "how did it go?" still on screen for a session already answered (or dismissed) is withdrawn. */
async function clearAnsweredNotifications(awaiting: ReadonlySet<string>): Promise<void> {
  const shown = Object.keys(await browser.notifications.getAll());
  for (const id of shown) {
    const target = parseNotificationId(id);
    if (!target || target.kind === 'start') continue;
    if (target.kind === 'feedback' ? !awaiting.has(target.sessionId) : awaiting.size === 0) {
      await browser.notifications.clear(id);
    }
  }
}

async function loadPromptState(db: MentoringDatabase) {
  const [sessions, feedback, settings] = await Promise.all([db.sessions.toArray(), db.feedback.toArray(), getSettings(db)]);
  const submitted = new Set(
    feedback.filter((entry) => entry.author === 'me' && entry.state === 'submitted').map((entry) => entry.sessionId),
  );
  return { sessions, submitted, settings };
}

async function pairingsOf(db: MentoringDatabase, sessions: readonly Session[]): Promise<Map<string, Pairing>> {
  const pairings = await db.pairings.bulkGet([...new Set(sessions.map((session) => session.pairingId))]);
  return new Map(pairings.flatMap((pairing) => (pairing ? [[pairing.id, pairing]] : [])));
}

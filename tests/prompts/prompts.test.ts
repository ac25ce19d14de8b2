import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MentoringDatabase } from '../../lib/db/database';
import type { Session } from '../../lib/model';
import { handlePromptAlarm, refreshPrompts } from '../../lib/prompts/prompts';
import { updateSettings } from '../../lib/settings/settings-store';
import { aFeedback, aPairing, aSession } from '../support/factories';
import { freshDatabase } from '../support/fresh-database';

const NOW = Date.parse('2026-11-21T10:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let db: MentoringDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDatabase('prompts');
  await db.pairings.put(aPairing());
});

function sessionAt(id: string, startMs: number, overrides: Partial<Session> = {}): Session {
  return aSession({ id, start: new Date(startMs).toISOString(), end: new Date(startMs + 45 * MINUTE).toISOString(), ...overrides });
}

async function shownNotifications() {
  return fakeBrowser.notifications.getAll() as unknown as Promise<Record<string, { title: string; message: string }>>;
}

describe('catching up at start-up', () => {
  it('several sessions that ended while the browser was closed make one summary notification, not a flood', async () => {
    await db.sessions.bulkPut([
      sessionAt('oldest', NOW - 26 * HOUR),
      sessionAt('middle', NOW - 5 * HOUR),
      sessionAt('newest', NOW - 2 * HOUR),
    ]);

    const refresh = await refreshPrompts(db, NOW);

    expect(refresh).toMatchObject({ notified: 3, awaiting: 3 });
    const shown = await shownNotifications();
    expect(Object.keys(shown)).toEqual(['feedback-summary:oldest']);
    expect(shown['feedback-summary:oldest']?.title).toBe('3 sessions are waiting for feedback');
    for (const session of await db.sessions.toArray()) {
      expect(session.feedbackPrompt).toEqual({ state: 'pending', notifiedAt: new Date(NOW).toISOString() });
    }
  });

  it('one session that ended gets its own "How did it go?"', async () => {
    await db.sessions.put(sessionAt('s1', NOW - 2 * HOUR));

    await refreshPrompts(db, NOW);

    const shown = await shownNotifications();
    expect(Object.keys(shown)).toEqual(['feedback:s1']);
    expect(shown['feedback:s1']?.title).toBe('How did it go?');
  });

  it('prompts once, even when start-up and a sync catch up at the same moment', async () => {
    await db.sessions.bulkPut([sessionAt('a', NOW - 3 * HOUR), sessionAt('b', NOW - 2 * HOUR)]);

    const [first, second] = await Promise.all([refreshPrompts(db, NOW), refreshPrompts(db, NOW)]);
    expect(first.notified + second.notified).toBe(2);
    await fakeBrowser.notifications.clear('feedback-summary:a');
    const later = await refreshPrompts(db, NOW + HOUR);

    expect(later.notified).toBe(0);
    expect(await shownNotifications()).toEqual({});
  });

  it('does not ask about sessions that ended more than 14 days ago, cancelled ones, or answered ones', async () => {
    await db.sessions.bulkPut([
      sessionAt('long-ago', NOW - 15 * DAY),
      sessionAt('cancelled', NOW - 2 * HOUR, { status: 'cancelled' }),
      sessionAt('answered', NOW - 3 * HOUR, { status: 'held', feedbackPrompt: { state: 'done' } }),
    ]);

    expect(await refreshPrompts(db, NOW)).toMatchObject({ notified: 0, awaiting: 0 });
    expect(await shownNotifications()).toEqual({});
  });

  it('still asks, and counts on the badge, a session that ended 8 to 14 days ago', async () => {
    await db.sessions.bulkPut([sessionAt('ten-days-ago', NOW - 10 * DAY)]);

    expect(await refreshPrompts(db, NOW)).toMatchObject({ notified: 1, awaiting: 1 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('asks again when a snooze has run out', async () => {
    await db.sessions.put(
      sessionAt('snoozed', NOW - 5 * HOUR, { feedbackPrompt: { state: 'snoozed', snoozedUntil: new Date(NOW - MINUTE).toISOString() } }),
    );

    await refreshPrompts(db, NOW);

    expect(Object.keys(await shownNotifications())).toEqual(['feedback:snoozed']);
    expect((await db.sessions.get('snoozed'))?.feedbackPrompt?.state).toBe('pending');
  });
});

describe('the toolbar badge', () => {
  it('counts sessions awaiting feedback, and drops one once its feedback is submitted', async () => {
    await db.sessions.bulkPut([sessionAt('a', NOW - 3 * HOUR), sessionAt('b', NOW - 2 * HOUR), sessionAt('future', NOW + HOUR)]);
    await refreshPrompts(db, NOW);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');

    await db.feedback.put(aFeedback({ id: 'f-a', sessionId: 'a' }));
    await db.sessions.update('a', { status: 'held', feedbackPrompt: { state: 'done' } });
    await refreshPrompts(db, NOW + MINUTE);

    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('is empty when nothing awaits feedback', async () => {
    await db.sessions.put(sessionAt('future', NOW + HOUR));
    await refreshPrompts(db, NOW);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('withdraws a "How did it go?" once that session is answered', async () => {
    await db.sessions.put(sessionAt('s1', NOW - 2 * HOUR));
    await refreshPrompts(db, NOW);

    await db.sessions.update('s1', { feedbackPrompt: { state: 'dismissed' } });
    await refreshPrompts(db, NOW + MINUTE);

    expect(await shownNotifications()).toEqual({});
  });

  it('still counts when notifications are off, which show nothing and plan no alarms', async () => {
    await updateSettings((settings) => ({ ...settings, notifications: { ...settings.notifications, enabled: false } }), db);
    await db.sessions.bulkPut([sessionAt('ended', NOW - 2 * HOUR), sessionAt('future', NOW + HOUR)]);

    expect(await refreshPrompts(db, NOW)).toEqual({ alarms: 0, notified: 0, awaiting: 1 });
    expect(await shownNotifications()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});

describe('alarms', () => {
  it('re-planning after a change removes the alarms of a cancelled session', async () => {
    await db.sessions.bulkPut([sessionAt('s1', NOW + HOUR), sessionAt('s2', NOW + 3 * HOUR)]);
    expect((await refreshPrompts(db, NOW)).alarms).toBe(4);

    await db.sessions.update('s2', { status: 'cancelled' });
    await refreshPrompts(db, NOW);

    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort()).toEqual(['prompts:feedback:s1', 'prompts:start:s1']);
  });

  it('a start alarm shows "starting soon" with the time left', async () => {
    await db.sessions.put(sessionAt('s1', NOW + 5 * MINUTE));

    await handlePromptAlarm('prompts:start:s1', db, NOW);

    const shown = await shownNotifications();
    expect(shown['start:s1']?.title).toBe('Starting in 5 min: Ana / Jordan');
  });

  it('a late start alarm for a session already over, or cancelled meanwhile, shows nothing', async () => {
    await db.sessions.bulkPut([sessionAt('over', NOW - HOUR), sessionAt('cancelled', NOW + 5 * MINUTE, { status: 'cancelled' })]);

    await handlePromptAlarm('start:over', db, NOW);
    await handlePromptAlarm('start:cancelled', db, NOW);

    expect(await shownNotifications()).toEqual({});
  });

  it('a feedback alarm at the end plus the delay shows "How did it go?" and sets the badge', async () => {
    const start = NOW + HOUR;
    await db.sessions.put(sessionAt('s1', start));
    await refreshPrompts(db, NOW);
    const alarm = (await fakeBrowser.alarms.getAll()).find((candidate) => candidate.name === 'prompts:feedback:s1');
    expect(alarm?.scheduledTime).toBe(start + 45 * MINUTE + 5 * MINUTE);

    await handlePromptAlarm('prompts:feedback:s1', db, alarm!.scheduledTime);

    expect(Object.keys(await shownNotifications())).toEqual(['feedback:s1']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});

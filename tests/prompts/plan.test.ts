import { describe, expect, it } from 'vitest';
import { defaultSettings, type Session } from '../../lib/model';
import {
  dueFeedbackPrompts,
  parsePromptAlarmName,
  planPromptAlarms,
  PROMPT_HORIZON_MS,
} from '../../lib/prompts/plan';
import { aSession } from '../support/factories';

const NOW = Date.parse('2026-11-21T10:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const notifications = defaultSettings.notifications;

function sessionAt(id: string, startMs: number, minutes = 45, overrides: Partial<Session> = {}): Session {
  return aSession({ id, start: new Date(startMs).toISOString(), end: new Date(startMs + minutes * MINUTE).toISOString(), ...overrides });
}

describe('planPromptAlarms', () => {
  it('plans "starting soon" N minutes before the start and "how did it go?" after the end plus the delay', () => {
    const session = sessionAt('s1', NOW + 2 * HOUR);

    expect(planPromptAlarms([session], notifications, NOW)).toEqual([
      { name: 'start:s1', when: NOW + 2 * HOUR - 5 * MINUTE },
      { name: 'feedback:s1', when: NOW + 2 * HOUR + 45 * MINUTE + 5 * MINUTE },
    ]);
  });

  it('follows the lead time and delay in the settings', () => {
    const session = sessionAt('s1', NOW + 2 * HOUR, 30);
    const settings = { ...notifications, startingSoonMinutes: 15, feedbackDelayMinutes: 0 };

    expect(planPromptAlarms([session], settings, NOW)).toEqual([
      { name: 'start:s1', when: NOW + 2 * HOUR - 15 * MINUTE },
      { name: 'feedback:s1', when: NOW + 2 * HOUR + 30 * MINUTE },
    ]);
  });

  it('keeps only the next 24 hours', () => {
    const lateTomorrow = sessionAt('late', NOW + PROMPT_HORIZON_MS - 2 * MINUTE, 60);
    const dayAfter = sessionAt('later', NOW + 2 * PROMPT_HORIZON_MS);

    expect(planPromptAlarms([lateTomorrow, dayAfter], notifications, NOW)).toEqual([
      { name: 'start:late', when: NOW + PROMPT_HORIZON_MS - 7 * MINUTE },
    ]);
  });

  it('plans nothing for moments already past: a running session only gets its feedback alarm', () => {
    const running = sessionAt('running', NOW - 10 * MINUTE, 60);
    const over = sessionAt('over', NOW - 3 * HOUR);

    expect(planPromptAlarms([running, over], notifications, NOW)).toEqual([
      { name: 'feedback:running', when: NOW + 55 * MINUTE },
    ]);
  });

  it('leaves out cancelled sessions and sessions that already have an outcome', () => {
    const sessions = (['cancelled', 'held', 'missed', 'rescheduled'] as const).map((status) =>
      sessionAt(status, NOW + HOUR, 45, { status }),
    );
    expect(planPromptAlarms(sessions, notifications, NOW)).toEqual([]);
  });

  it('plans no start prompt for a session whose event vanished', () => {
    const detached = sessionAt('gone', NOW + HOUR);
    detached.calendar = { ...detached.calendar!, present: false };
    expect(planPromptAlarms([detached], notifications, NOW).map((alarm) => alarm.name)).toEqual(['feedback:gone']);
  });

  it('asks again when a snooze ends, and not at all once answered, dismissed or already shown', () => {
    const snoozed = sessionAt('snoozed', NOW - 2 * HOUR, 45, {
      feedbackPrompt: { state: 'snoozed', snoozedUntil: new Date(NOW + 3 * HOUR).toISOString() },
    });
    const dismissed = sessionAt('dismissed', NOW + HOUR, 45, { feedbackPrompt: { state: 'dismissed' } });
    const shown = sessionAt('shown', NOW - 30 * MINUTE, 60, { feedbackPrompt: { state: 'pending' } });
    const answered = sessionAt('answered', NOW - 30 * MINUTE, 60);

    const plan = planPromptAlarms([snoozed, dismissed, shown, answered], notifications, NOW, new Set(['answered']));

    expect(plan).toEqual([
      { name: 'start:dismissed', when: NOW + HOUR - 5 * MINUTE },
      { name: 'feedback:snoozed', when: NOW + 3 * HOUR },
    ]);
  });

  it('plans prompts for demo sessions too, so a new user sees them work', () => {
    const demo = sessionAt('demo', NOW + HOUR, 45, { isDemo: true });
    expect(planPromptAlarms([demo], notifications, NOW)).toHaveLength(2);
  });

  it('plans nothing when the user turned notifications off', () => {
    expect(planPromptAlarms([sessionAt('s1', NOW + HOUR)], { ...notifications, enabled: false }, NOW)).toEqual([]);
  });

  it('names alarms so they can be told apart from other alarms', () => {
    expect(parsePromptAlarmName('feedback:abc')).toEqual({ kind: 'feedback', sessionId: 'abc' });
    expect(parsePromptAlarmName('start:x:y')).toEqual({ kind: 'start', sessionId: 'x:y' });
    expect(parsePromptAlarmName('calendar-sync')).toBeUndefined();
  });
});

describe('due feedback prompts', () => {
  const ended = sessionAt('ended', NOW - 2 * HOUR);
  const justEnded = sessionAt('just-ended', NOW - 47 * MINUTE);
  const tenDaysAgo = sessionAt('ten-days-ago', NOW - 10 * 24 * HOUR);
  const longAgo = sessionAt('long-ago', NOW - 15 * 24 * HOUR);

  it('asks once the delay after the end has passed, for sessions that ended within the last 14 days', () => {
    const due = dueFeedbackPrompts([ended, justEnded, tenDaysAgo, longAgo], new Set(), notifications, NOW);
    expect(due.map((session) => session.id)).toEqual(['ten-days-ago', 'ended']);
  });

  it('never asks for cancelled, answered or dismissed sessions, nor while a snooze runs', () => {
    const sessions = [
      sessionAt('cancelled', NOW - 2 * HOUR, 45, { status: 'cancelled' }),
      sessionAt('submitted', NOW - 2 * HOUR),
      sessionAt('dismissed', NOW - 2 * HOUR, 45, { feedbackPrompt: { state: 'dismissed' } }),
      sessionAt('snoozed', NOW - 2 * HOUR, 45, { feedbackPrompt: { state: 'snoozed', snoozedUntil: new Date(NOW + HOUR).toISOString() } }),
    ];
    expect(dueFeedbackPrompts(sessions, new Set(['submitted']), notifications, NOW)).toEqual([]);
  });

  it('is due once: not after its prompt was shown, again when a snooze ran out; oldest first', () => {
    const shown = sessionAt('shown', NOW - 3 * HOUR, 45, { feedbackPrompt: { state: 'pending', notifiedAt: new Date(NOW - HOUR).toISOString() } });
    const snoozeOver = sessionAt('snooze-over', NOW - 26 * HOUR, 45, {
      feedbackPrompt: { state: 'snoozed', snoozedUntil: new Date(NOW - MINUTE).toISOString() },
    });
    const snoozeRunning = sessionAt('snooze-running', NOW - 5 * HOUR, 45, {
      feedbackPrompt: { state: 'snoozed', snoozedUntil: new Date(NOW + MINUTE).toISOString() },
    });

    const due = dueFeedbackPrompts([ended, shown, snoozeOver, snoozeRunning], new Set(), notifications, NOW);

    expect(due.map((session) => session.id)).toEqual(['snooze-over', 'ended']);
  });
});

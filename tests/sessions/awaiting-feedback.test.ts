import { describe, expect, it } from 'vitest';
import {
  AWAITING_FEEDBACK_DAYS,
  canGiveFeedback,
  isAwaitingFeedback,
  mayAskForFeedback,
} from '../../lib/sessions/awaiting-feedback';
import { aSession } from '../support/factories';

const NOW = Date.parse('2026-11-21T10:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A 45-minute session that ended `endedAgoMs` before NOW. */
function endedAgo(endedAgoMs: number, overrides: Parameters<typeof aSession>[0] = {}) {
  const end = NOW - endedAgoMs;
  return aSession({ start: new Date(end - 45 * 60_000).toISOString(), end: new Date(end).toISOString(), ...overrides });
}

describe('awaiting feedback: one rule for the badge, the panel and the prompts', () => {
  it('keeps asking from 7 to 14 days after the end (the badge used to stop at 7 while the panel went on to 14)', () => {
    for (const days of [1, 7, 8, 10, 13, 14]) {
      expect(isAwaitingFeedback(endedAgo(days * DAY), undefined, NOW), `${days} days`).toBe(true);
    }
    expect(AWAITING_FEEDBACK_DAYS).toBe(14);
  });

  it('stops after 14 days; feedback can still be given from the history', () => {
    const old = endedAgo(14 * DAY + 60_000);
    expect(isAwaitingFeedback(old, undefined, NOW)).toBe(false);
    expect(canGiveFeedback(old, undefined, NOW)).toBe(true);
  });

  it('counts a session from its end, not before', () => {
    expect(isAwaitingFeedback(endedAgo(-60_000), undefined, NOW)).toBe(false);
    expect(isAwaitingFeedback(endedAgo(0), undefined, NOW)).toBe(true);
  });

  it('leaves out cancelled sessions, submitted feedback and dismissed prompts; a draft is not feedback', () => {
    expect(isAwaitingFeedback(endedAgo(DAY, { status: 'cancelled' }), undefined, NOW)).toBe(false);
    expect(isAwaitingFeedback(endedAgo(DAY), 'submitted', NOW)).toBe(false);
    expect(isAwaitingFeedback(endedAgo(DAY, { feedbackPrompt: { state: 'dismissed' } }), undefined, NOW)).toBe(false);
    expect(isAwaitingFeedback(endedAgo(DAY), 'draft', NOW)).toBe(true);
    // A status set some other way (another side's recap) is not my feedback.
    expect(isAwaitingFeedback(endedAgo(DAY, { status: 'held' }), undefined, NOW)).toBe(true);
  });

  it('counts snoozed sessions but does not ask until the snooze ends', () => {
    const snoozed = endedAgo(10 * DAY, { feedbackPrompt: { state: 'snoozed', snoozedUntil: new Date(NOW + HOUR).toISOString() } });
    expect(isAwaitingFeedback(snoozed, undefined, NOW)).toBe(true);
    expect(mayAskForFeedback(snoozed, undefined, NOW)).toBe(false);
    expect(mayAskForFeedback(snoozed, undefined, NOW + HOUR)).toBe(true);
  });
});

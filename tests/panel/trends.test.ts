import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { MentoringDatabase } from '../../lib/db/database';
import { cadenceHealth } from '../../lib/panel/cadence';
import { trendWarnings } from '../../lib/panel/trends';
import { loadTrends } from '../../lib/panel/trends-query';
import { aFeedback, aGoal, aSession } from '../support/factories';

// Local noon on 2026-11-21, so month buckets do not depend on the machine's time zone.
const NOW = new Date(2026, 10, 21, 12, 0).getTime();
const DAY = 86_400_000;
const localAt = (month: number, day: number) => new Date(2026, month, day, 10, 0).toISOString();

let db: MentoringDatabase;
beforeEach(() => {
  db = freshDatabase('trends');
});
function sessionOn(id: string, month: number, day: number, status: 'held' | 'missed' | 'cancelled' | 'scheduled') {
  const start = localAt(month, day);
  return aSession({ id, start, end: new Date(Date.parse(start) + 45 * 60_000).toISOString(), status });
}

describe('trends of a pairing', () => {
  it('counts sessions held, missed and cancelled per month for six months against the agreed cadence', async () => {
    await db.sessions.bulkPut([
      sessionOn('too-old', 4, 20, 'held'),
      sessionOn('jun', 5, 10, 'held'),
      sessionOn('sep-1', 8, 2, 'held'),
      sessionOn('sep-2', 8, 16, 'cancelled'),
      sessionOn('oct', 9, 14, 'missed'),
      sessionOn('nov-1', 10, 4, 'held'),
      sessionOn('nov-2', 10, 18, 'scheduled'),
      sessionOn('nov-future', 10, 30, 'scheduled'),
      aSession({ id: 'other-pairing', pairingId: 'p-other', start: localAt(10, 4), end: localAt(10, 4), status: 'held' }),
    ]);
    const { trends } = await loadTrends('p-ana', 14, NOW, db);
    expect(trends.months.map((m) => [m.month, m.held, m.missed, m.cancelled, m.unconfirmed])).toEqual([
      ['2026-06', 1, 0, 0, 0],
      ['2026-07', 0, 0, 0, 0],
      ['2026-08', 0, 0, 0, 0],
      ['2026-09', 1, 0, 1, 0],
      ['2026-10', 0, 1, 0, 0],
      ['2026-11', 1, 0, 0, 1],
    ]);
    expect(trends.months[0]!.expected).toBeCloseTo(30 / 14, 1);
    // November counts only up to today (20.5 days).
    expect(trends.months[5]!.expected).toBeCloseTo(20.5 / 14, 1);
  });

  it("draws my ratings and each goal's progress from my submitted feedback, oldest first", async () => {
    await db.goals.put(aGoal({ progress: 60 }));
    await db.sessions.bulkPut([sessionOn('a', 7, 3, 'held'), sessionOn('b', 8, 7, 'held'), sessionOn('c', 9, 5, 'held')]);
    await db.feedback.bulkPut([
      aFeedback({ id: 'fa', sessionId: 'a', rating: 3, goalProgress: [{ goalId: 'g-1', progress: 20, note: '', milestonesDone: [] }] }),
      aFeedback({ id: 'fb', sessionId: 'b', rating: 5, goalProgress: [{ goalId: 'g-1', progress: 45, note: '', milestonesDone: [] }] }),
      aFeedback({ id: 'fc', sessionId: 'c', state: 'draft', rating: 1, submittedAt: undefined }),
      aFeedback({ id: 'ft', sessionId: 'c', author: 'them', rating: 2 }),
    ]);
    const { trends } = await loadTrends('p-ana', 14, NOW, db);
    expect(trends.ratings.map((r) => r.rating)).toEqual([3, 5]);
    expect(trends.goals[0]!.points.map((p) => p.progress)).toEqual([20, 45, 60]);
    expect(trends.goals[0]!.lastProgressAt).toBe(localAt(8, 7));
  });

  it('warns calmly: cadence overdue, repeated cancellations, a goal with no progress in 60 days', async () => {
    const stalled = aGoal({ id: 'g-stalled', title: 'Delegate more', createdAt: new Date(NOW - 200 * DAY).toISOString() });
    const moving = aGoal({ id: 'g-moving', title: 'Speak up', createdAt: new Date(NOW - 200 * DAY).toISOString() });
    const young = aGoal({ id: 'g-young', title: 'New goal', createdAt: new Date(NOW - 10 * DAY).toISOString() });
    await db.goals.bulkPut([stalled, moving, young]);
    await db.sessions.bulkPut([sessionOn('held', 8, 1, 'held'), sessionOn('recent', 10, 2, 'held')]);
    await db.feedback.bulkPut([
      aFeedback({ id: 'f1', sessionId: 'held', goalProgress: [{ goalId: 'g-stalled', progress: 30, note: '', milestonesDone: [] }] }),
      aFeedback({ id: 'f2', sessionId: 'recent', goalProgress: [
        { goalId: 'g-stalled', progress: 30, note: '', milestonesDone: [] },
        { goalId: 'g-moving', progress: 10, note: '', milestonesDone: [] },
      ] }),
    ]);
    const { trends, goals } = await loadTrends('p-ana', 14, NOW, db);
    const last = aSession({ start: new Date(NOW - 40 * DAY).toISOString(), end: new Date(NOW - 40 * DAY).toISOString(), status: 'held' });
    const warnings = trendWarnings(cadenceHealth(last, 14, NOW), { missed: 2, of: 3 }, goals, trends, NOW);
    expect(warnings.map((w) => w.kind)).toEqual(['cadence-overdue', 'repeated-cancellations', 'stalled-goal']);
    expect(warnings[2]).toMatchObject({ goalId: 'g-stalled' });
  });
});

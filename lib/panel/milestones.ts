import { getDatabase, type MentoringDatabase } from '../db/database';
import { nowIso, type Goal, type Milestone } from '../model';
import { localDateKey } from './time';

/** Ticks or unticks one milestone of a goal, saved at once; the rest of the goal is left as it was. */
export async function setMilestoneDone(
  goalId: string,
  milestoneId: string,
  done: boolean,
  db: MentoringDatabase = getDatabase(),
): Promise<Goal> {
  return db.transaction('rw', db.goals, async () => {
    const goal = await db.goals.get(goalId);
    if (!goal) throw new Error('This goal no longer exists.');
    if (!goal.milestones.some((milestone) => milestone.id === milestoneId)) throw new Error('This milestone no longer exists.');
    const next: Goal = {
      ...goal,
      milestones: goal.milestones.map((milestone) => (milestone.id === milestoneId ? { ...milestone, done } : milestone)),
      updatedAt: nowIso(),
    };
    await db.goals.put(next);
    return next;
  });
}

/** An open milestone is overdue from the day after its due date (local days), like an action item. */
export function isMilestoneOverdue(milestone: Milestone, nowMs: number): boolean {
  return !milestone.done && milestone.due !== undefined && milestone.due < localDateKey(nowMs);
}

import type { Feedback, Goal, Session } from '../model';
import type { CadenceHealth } from './cadence';
import { instant } from './time';
import { DAY_MS } from '../time/units';

/**
 * Trends the pair can see, computed from the last six months of one pairing: my ratings, how many
 * sessions took place against the agreed cadence, and each goal's progress. A goal's progress
 * history comes from the goal-progress entries of my submitted feedback (the form is where progress
 * is recorded, session by session), ending at the goal's current value.
 */
const TREND_MONTHS = 6;
export const STALLED_GOAL_DAYS = 60;

export interface RatingPoint {
  sessionId: string;
  at: string;
  rating: number;
}

export interface CadenceMonth {
  /** Local month, YYYY-MM. */
  month: string;
  held: number;
  /** Ended sessions nobody has said anything about yet (no feedback). */
  unconfirmed: number;
  missed: number;
  cancelled: number;
  /** Sessions the agreed cadence asks for in this month (fractional). */
  expected: number;
}

export interface ProgressPoint {
  at: string;
  progress: number;
}

export interface GoalTrend {
  goalId: string;
  title: string;
  points: ProgressPoint[];
  /** The last time progress went up or a milestone was ticked in feedback, if within the window. */
  lastProgressAt?: string;
}

export type TrendWarning =
  | { kind: 'cadence-overdue'; daysSince: number; cadenceDays: number }
  | { kind: 'repeated-cancellations'; missed: number; of: number }
  | { kind: 'stalled-goal'; goalId: string; title: string; days: number };

export interface Trends {
  ratings: RatingPoint[];
  months: CadenceMonth[];
  goals: GoalTrend[];
}

/** The first instant of the trend window: the start of the local month five months back. */
export function trendWindowStart(nowMs: number): number {
  const now = new Date(nowMs);
  return new Date(now.getFullYear(), now.getMonth() - (TREND_MONTHS - 1), 1).getTime();
}

export function computeTrends(
  sessions: readonly Session[],
  myFeedback: ReadonlyMap<string, Feedback>,
  goals: readonly Goal[],
  cadenceDays: number,
  nowMs: number,
): Trends {
  const from = trendWindowStart(nowMs);
  const ended = sessions
    .filter((s) => instant(s.start) >= from && instant(s.end) <= nowMs)
    .sort((a, b) => instant(a.start) - instant(b.start));
  const submitted = (s: Session) => {
    const feedback = myFeedback.get(s.id);
    return feedback?.state === 'submitted' ? feedback : undefined;
  };
  const ratings = ended.flatMap((s) => {
    const rating = submitted(s)?.rating;
    return rating === undefined ? [] : [{ sessionId: s.id, at: s.start, rating }];
  });
  return {
    ratings,
    months: cadenceMonths(ended, cadenceDays, nowMs),
    goals: goals.map((goal) => goalTrend(goal, ended.flatMap((s) => entryOf(submitted(s), goal, s.start)), nowMs)),
  };
}

function cadenceMonths(ended: readonly Session[], cadenceDays: number, nowMs: number): CadenceMonth[] {
  const now = new Date(nowMs);
  return Array.from({ length: TREND_MONTHS }, (_, index) => {
    const first = new Date(now.getFullYear(), now.getMonth() - (TREND_MONTHS - 1 - index), 1);
    const next = new Date(first.getFullYear(), first.getMonth() + 1, 1);
    const inMonth = ended.filter((s) => instant(s.start) >= first.getTime() && instant(s.start) < next.getTime());
    const count = (...statuses: Session['status'][]) => inMonth.filter((s) => statuses.includes(s.status)).length;
    // The current month is only counted up to today.
    const days = (Math.min(next.getTime(), nowMs) - first.getTime()) / DAY_MS;
    return {
      month: `${first.getFullYear()}-${String(first.getMonth() + 1).padStart(2, '0')}`,
      held: count('held'),
      unconfirmed: count('scheduled'),
      missed: count('missed', 'rescheduled'),
      cancelled: count('cancelled'),
      expected: Math.round((days / cadenceDays) * 10) / 10,
    };
  });
}

function entryOf(feedback: Feedback | undefined, goal: Goal, at: string) {
  const entry = feedback?.goalProgress.find((e) => e.goalId === goal.id);
  return entry ? [{ at, progress: entry.progress, milestones: entry.milestonesDone }] : [];
}

function goalTrend(goal: Goal, entries: { at: string; progress: number; milestones: string[] }[], nowMs: number): GoalTrend {
  let lastProgressAt: string | undefined;
  entries.forEach((entry, index) => {
    const before = entries[index - 1];
    const rose = before ? entry.progress > before.progress : entry.progress > 0;
    const ticked = entry.milestones.some((id) => !before?.milestones.includes(id));
    if (rose || ticked) lastProgressAt = entry.at;
  });
  const points = entries.map(({ at, progress }) => ({ at, progress }));
  const last = points[points.length - 1];
  if (!last || last.progress !== goal.progress) points.push({ at: new Date(nowMs).toISOString(), progress: goal.progress });
  return { goalId: goal.id, title: goal.title, points, ...(lastProgressAt ? { lastProgressAt } : {}) };
}

/** Calm warnings: the cadence is overdue, sessions keep not happening, a goal has not moved in 60 days. */
export function trendWarnings(
  cadence: CadenceHealth,
  misses: { missed: number; of: number },
  goals: readonly Goal[],
  trends: Trends,
  nowMs: number,
): TrendWarning[] {
  const warnings: TrendWarning[] = [];
  if (cadence.state === 'overdue') {
    warnings.push({ kind: 'cadence-overdue', daysSince: cadence.daysSince, cadenceDays: cadence.cadenceDays });
  }
  if (misses.missed >= 2) warnings.push({ kind: 'repeated-cancellations', ...misses });
  for (const goal of goals) {
    if (goal.status !== 'active') continue;
    const trend = trends.goals.find((t) => t.goalId === goal.id);
    const since = Math.max(instant(goal.createdAt), trend?.lastProgressAt ? instant(trend.lastProgressAt) : 0);
    const days = Math.floor((nowMs - since) / DAY_MS);
    if (days >= STALLED_GOAL_DAYS) warnings.push({ kind: 'stalled-goal', goalId: goal.id, title: goal.title, days });
  }
  return warnings;
}

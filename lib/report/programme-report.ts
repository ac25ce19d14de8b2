import { getDatabase, type MentoringDatabase } from '../db/database';
import type { Feedback, Goal, GoalCategory, MyRole, Pairing, PairingStatus, PairingType, Session } from '../model';
import { cadenceHealth, type CadenceHealth } from '../panel/cadence';
import { calendarDaysBetween } from '../panel/time';
import { pairingPseudonym } from './pseudonym';

export const REPORT_FORMAT = 'mentoring-companion/programme-report';

export interface ReportOptions {
  /** The user agreed to hand this report to their programme coordinator. */
  consent: boolean;
  /** Pairing titles and people's names instead of stable pseudonyms (the user's explicit choice). */
  realNames: boolean;
  /** Sessions starting on or after this day (YYYY-MM-DD), if given. */
  from?: string;
  /** …and on or before this day. */
  to?: string;
  now?: Date;
}

export type RatingTrend = 'rising' | 'steady' | 'falling' | 'not-enough-ratings';

export interface PairingReport {
  pairing: string;
  /** Only when the user chose real names. */
  people?: string[];
  type: PairingType;
  myRole: MyRole;
  status: PairingStatus;
  peopleCount: number;
  cadenceDays: number;
  sessions: { held: number; missed: number; cancelled: number; rescheduled: number; unconfirmed: number };
  cadence: { health: CadenceHealth['state']; daysSinceLastHeld?: number; averageDaysBetweenHeld?: number };
  rating: { count: number; average?: number; trend: RatingTrend; changePerSession?: number };
  goals: { category: GoalCategory; count: number; achieved: number; averageProgress: number }[];
}

export interface ProgrammeReport {
  format: typeof REPORT_FORMAT;
  version: 1;
  createdAt: string;
  period: { from?: string; to?: string };
  pseudonymised: boolean;
  pairings: PairingReport[];
}

/** Fewer ratings than this say nothing about a trend. */
const MIN_RATINGS_FOR_TREND = 3;
/** A change of less than this per session (on the 1–5 scale) is steady. */
const STEADY_SLOPE = 0.1;

/**
 * The programme report: per pairing, counts, cadence, ratings and goal categories with progress;
 * no free text at all (no notes, feedback texts, goal titles, reflections). Sample data is left out.
 * Built only with the user's consent.
 */
export async function buildProgrammeReport(options: ReportOptions, db: MentoringDatabase = getDatabase()): Promise<ProgrammeReport> {
  if (!options.consent) throw new Error('Tick the consent box first: the report is for your programme coordinator.');
  const now = options.now ?? new Date();
  const { pairings, sessions, feedback, goals } = await db.transaction('r', [db.pairings, db.sessions, db.feedback, db.goals], async () => ({
    pairings: (await db.pairings.toArray()).filter((pairing) => !pairing.isDemo),
    sessions: await db.sessions.toArray(),
    feedback: await db.feedback.toArray(),
    goals: await db.goals.toArray(),
  }));
  const inPeriod = (session: Session) => {
    const day = session.start.slice(0, 10);
    return (!options.from || day >= options.from) && (!options.to || day <= options.to);
  };
  const reports: PairingReport[] = [];
  for (const pairing of pairings) {
    const own = sessions.filter((s) => s.pairingId === pairing.id && inPeriod(s) && Date.parse(s.start) <= now.getTime());
    reports.push(
      reportOf(pairing, {
        name: options.realNames ? pairing.title : await pairingPseudonym(pairing.id),
        sessions: own.sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
        feedback: feedback.filter((f) => f.pairingId === pairing.id && f.author === 'me' && f.state === 'submitted'),
        goals: goals.filter((g) => g.pairingId === pairing.id),
        realNames: options.realNames,
        now,
      }),
    );
  }
  return {
    format: REPORT_FORMAT,
    version: 1,
    createdAt: now.toISOString(),
    period: { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) },
    pseudonymised: !options.realNames,
    pairings: reports.sort((a, b) => a.pairing.localeCompare(b.pairing)),
  };
}

interface PairingRows {
  name: string;
  sessions: Session[];
  feedback: Feedback[];
  goals: Goal[];
  realNames: boolean;
  now: Date;
}

function reportOf(pairing: Pairing, rows: PairingRows): PairingReport {
  const count = (status: Session['status']) => rows.sessions.filter((s) => s.status === status).length;
  const held = rows.sessions.filter((s) => s.status === 'held');
  const gaps = held.slice(1).map((s, index) => calendarDaysBetween(Date.parse(held[index]!.start), Date.parse(s.start)));
  const health = cadenceHealth(held.at(-1), pairing.cadenceDays, rows.now.getTime());
  const ratingBySession = new Map(rows.feedback.filter((f) => f.rating !== undefined).map((f) => [f.sessionId, f.rating!]));
  const ratings = rows.sessions.flatMap((s) => (ratingBySession.has(s.id) ? [ratingBySession.get(s.id)!] : []));
  return {
    pairing: rows.name,
    ...(rows.realNames ? { people: pairing.participants.map((person) => person.name) } : {}),
    type: pairing.type,
    myRole: pairing.myRole,
    status: pairing.status,
    peopleCount: pairing.participants.length,
    cadenceDays: pairing.cadenceDays,
    sessions: { held: held.length, missed: count('missed'), cancelled: count('cancelled'), rescheduled: count('rescheduled'), unconfirmed: count('scheduled') },
    cadence: {
      health: health.state,
      ...(health.state === 'no-sessions-yet' ? {} : { daysSinceLastHeld: health.daysSince }),
      ...(gaps.length > 0 ? { averageDaysBetweenHeld: round(mean(gaps), 1) } : {}),
    },
    rating: ratingSummary(ratings),
    goals: goalSummary(rows.goals),
  };
}

/** Ratings in session order: their mean, and the least-squares slope per session as the trend. */
export function ratingSummary(ratings: readonly number[]): PairingReport['rating'] {
  if (ratings.length === 0) return { count: 0, trend: 'not-enough-ratings' };
  const average = round(mean(ratings), 2);
  if (ratings.length < MIN_RATINGS_FOR_TREND) return { count: ratings.length, average, trend: 'not-enough-ratings' };
  const xMean = (ratings.length - 1) / 2;
  const slope =
    ratings.reduce((sum, rating, index) => sum + (index - xMean) * (rating - average), 0) /
    ratings.reduce((sum, _rating, index) => sum + (index - xMean) ** 2, 0);
  const trend: RatingTrend = slope > STEADY_SLOPE ? 'rising' : slope < -STEADY_SLOPE ? 'falling' : 'steady';
  return { count: ratings.length, average, trend, changePerSession: round(slope, 2) };
}

function goalSummary(goals: readonly Goal[]): PairingReport['goals'] {
  const byCategory = new Map<GoalCategory, Goal[]>();
  for (const goal of goals.filter((g) => g.status !== 'dropped')) byCategory.set(goal.category, [...(byCategory.get(goal.category) ?? []), goal]);
  return [...byCategory.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, list]) => ({
      category,
      count: list.length,
      achieved: list.filter((goal) => goal.status === 'achieved').length,
      averageProgress: Math.round(mean(list.map((goal) => goal.progress))),
    }));
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

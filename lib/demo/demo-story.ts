import type { BuiltInTemplateId } from '../templates/built-in-templates';
import type { MyRole, PairingType, Person, Side } from '../model';

/**
 * One sample pairing written as a story: who, how often, their goals, and what happened in each
 * past session, oldest first. buildDemoData lays the story out on the calendar relative to "now",
 * so the sample always has six months of history and sessions coming up.
 */
export interface DemoStory {
  /** Stem of every id of this story (`demo-pairing-ana`, `demo-session-ana-03`, ...). */
  key: string;
  pairing: {
    title: string;
    type: PairingType;
    myRole: MyRole;
    participants: Person[];
    /** Whole weeks, so every meeting of the series falls on the same weekday. */
    cadenceDays: 14 | 21 | 28;
    keywords: string[];
  };
  series: DemoSeries;
  goals: DemoGoal[];
  history: DemoPastSession[];
  /** The user's own points for the next session (open action items are carried over as well). */
  nextAgenda: string[];
}

export interface DemoSeries {
  /** The recurring event id (Google's base32hex alphabet: a–v, 0–9). */
  id: string;
  summary: string;
  description?: string;
  meetCode: string;
  /** Who sent the invitation: the user, or the (first) participant. */
  organizer: Side;
  minutes: number;
  /** Local wall-clock start. */
  at: readonly [hour: number, minute: number];
  /** The last past meeting was so many days ago (moved back to the Friday when that is a weekend). */
  lastMeetingDaysAgo: number;
  /**
   * The next meeting was moved to the first free slot within a day (weekend or not), so the sample
   * always has a session about to start.
   */
  nextMovedToWithinADay?: true;
}

export interface DemoGoal {
  key: string;
  templateId: BuiltInTemplateId;
  owner: Side;
  title: string;
  description: string;
  /** Ticked by the sessions that name them in `ticks`; due counts days from now. */
  milestones: { title: string; dueInDays?: number }[];
  targetInDays: number;
}

export interface DemoAction {
  text: string;
  owner: Side;
  /** Due so many days after the session. */
  dueInDays: number;
  /** Still open today; every other item was done before the next session. */
  open?: true;
}

export interface DemoHeldSession {
  outcome: 'held';
  notes: string;
  rating: 1 | 2 | 3 | 4 | 5;
  wentWell: string;
  wasHard: string;
  nextFocus: string;
  reflection?: string;
  /** Goal key → new progress, or [progress, note]. */
  progress?: Record<string, number | readonly [number, string]>;
  /** Milestones ticked in this session, as `goalKey.index`. */
  ticks?: string[];
  actions?: DemoAction[];
  /**
   * Not a meeting of the series: a one-off this many days after the previous (rescheduled) slot.
   */
  movedDays?: number;
}

export interface DemoUnheldSession {
  /** cancelled: the calendar occurrence was deleted; the others stay in the calendar. */
  outcome: 'rescheduled' | 'missed' | 'cancelled';
  notes: string;
}

/** The meeting has ended but the user has not yet said how it went: the "how did it go?" prompt is pending. */
export interface DemoAwaitingFeedbackSession {
  outcome: 'awaiting-feedback';
  notes: string;
}

export type DemoPastSession = DemoHeldSession | DemoUnheldSession | DemoAwaitingFeedbackSession;

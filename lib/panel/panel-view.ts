import { getDatabase, type MentoringDatabase } from '../db/database';
import type { ActionItem, Feedback, Goal, Pairing, Session } from '../model';
import { buildAgenda, type AgendaEntry } from './agenda';
import { cadenceHealth, recentMisses, type CadenceHealth } from './cadence';
import {
  needsFeedback,
  pickCurrentOrNext,
  pickLastSession,
  pickRequestedOrCurrent,
  sortByStart,
  type FocusSession,
} from './session-selection';
import { instant, localDateKey, toMs } from './time';

/** What the panel shows of a feedback: never the private reflection (the panel may be screen-shared). */
export interface FeedbackSummary {
  outcome?: Feedback['outcome'];
  rating?: number;
  wentWell: string;
  wasHard: string;
  nextFocus: string;
  submittedAt?: string;
}

export interface SessionEntry {
  session: Session;
  /** The calendar event's title, or the pairing's when the session has no event. */
  title: string;
  feedback?: FeedbackSummary;
  needsFeedback: boolean;
}

export interface ActionItemView {
  item: ActionItem;
  overdue: boolean;
}

export interface PairingSummary {
  sessionsHeld: number;
  cadence: CadenceHealth;
  misses: { missed: number; of: number };
  /** My ratings of past sessions, oldest first. */
  ratings: { sessionId: string; start: string; rating: number }[];
}

export interface PanelView {
  pairing: Pairing;
  focus?: FocusSession & { title: string };
  summary: PairingSummary;
  /** Active goals first, then achieved ones; dropped goals are left out. */
  goals: Goal[];
  /** The latest session confirmed as held, with its notes and my feedback. */
  lastSession?: SessionEntry;
  /** Ended sessions still waiting for my feedback, newest first. */
  awaitingFeedback: SessionEntry[];
  actionItems: ActionItemView[];
  /** The focus session's agenda (empty without a focus session). */
  agenda: AgendaEntry[];
  /** Past sessions other than the focus one, newest first. */
  history: SessionEntry[];
}

export type PanelLoad =
  | { kind: 'no-pairings' }
  | { kind: 'unknown-pairing'; pairingId: string }
  | { kind: 'ready'; view: PanelView };

/**
 * Everything the side panel shows for one pairing; without `pairingId`, for the pairing of the
 * current or next session (or the first active pairing). `focusSessionId`: a session of the
 * pairing the panel was asked to show (see pickRequestedOrCurrent).
 */
export async function loadPanelView(
  pairingId: string | undefined,
  now: number | Date = Date.now(),
  db: MentoringDatabase = getDatabase(),
  focusSessionId?: string,
): Promise<PanelLoad> {
  const nowMs = toMs(now);
  const chosenId = pairingId ?? (await pickAutoPairingId(nowMs, db));
  if (!chosenId) return { kind: 'no-pairings' };
  const pairing = await db.pairings.get(chosenId);
  if (!pairing) return { kind: 'unknown-pairing', pairingId: chosenId };

  const [sessionRows, goalRows, feedbackRows, openItems] = await Promise.all([
    db.sessions.where('pairingId').equals(pairing.id).toArray(),
    db.goals
      .where('[pairingId+status]')
      .anyOf([
        [pairing.id, 'active'],
        [pairing.id, 'achieved'],
      ])
      .toArray(),
    db.feedback.where('pairingId').equals(pairing.id).toArray(),
    db.actionItems.where('[pairingId+status]').equals([pairing.id, 'open']).toArray(),
  ]);
  const sessions = sortByStart(sessionRows);
  const myFeedback = new Map(feedbackRows.filter((f) => f.author === 'me').map((f) => [f.sessionId, f]));
  const entryOf = (session: Session): SessionEntry => ({
    session,
    title: sessionTitle(session, pairing),
    feedback: summarise(myFeedback.get(session.id)),
    needsFeedback: needsFeedback(session, myFeedback.get(session.id), nowMs),
  });

  const focus = pickRequestedOrCurrent(sessions, nowMs, focusSessionId);
  const last = pickLastSession(sessions, nowMs);
  const lastHeld = pickLastSession(
    sessions.filter((s) => s.status === 'held'),
    nowMs,
  );
  const past = sessions.filter((s) => instant(s.start) <= nowMs && s.id !== focus?.session.id);

  return {
    kind: 'ready',
    view: {
      pairing,
      focus: focus && { ...focus, title: sessionTitle(focus.session, pairing) },
      summary: {
        sessionsHeld: sessions.filter((s) => s.status === 'held').length,
        cadence: cadenceHealth(last, pairing.cadenceDays, nowMs),
        misses: recentMisses(past.filter((s) => instant(s.end) <= nowMs)),
        ratings: past.flatMap((s) => {
          const feedback = myFeedback.get(s.id);
          return feedback?.state === 'submitted' && feedback.rating !== undefined
            ? [{ sessionId: s.id, start: s.start, rating: feedback.rating }]
            : [];
        }),
      },
      goals: sortGoals(goalRows),
      lastSession: lastHeld && entryOf(lastHeld),
      awaitingFeedback: sessions
        .filter((s) => isAwaitingFeedback(s, myFeedback.get(s.id), nowMs))
        .reverse()
        .slice(0, MAX_AWAITING)
        .map(entryOf),
      actionItems: sortActionItems(openItems).map((item) => ({ item, overdue: isOverdue(item, nowMs) })),
      agenda: focus ? buildAgenda(focus.session, openItems) : [],
      history: past.reverse().map(entryOf),
    },
  };
}

const AWAITING_WINDOW_MS = 14 * 86_400_000;
const MAX_AWAITING = 3;

/**
 * Recent ended sessions whose prompt was not dismissed; older ones (say, months synced before the
 * extension was installed) only offer feedback from the history, so the panel is not flooded.
 */
function isAwaitingFeedback(session: Session, feedback: Feedback | undefined, nowMs: number): boolean {
  return (
    needsFeedback(session, feedback, nowMs) &&
    session.feedbackPrompt?.state !== 'dismissed' &&
    nowMs - instant(session.end) <= AWAITING_WINDOW_MS
  );
}

export function sessionTitle(session: Session, pairing: Pairing): string {
  return session.calendar?.title.trim() || pairing.title;
}

/** An open item is overdue from the day after its due date (local days). */
export function isOverdue(item: ActionItem, nowMs: number): boolean {
  return item.status === 'open' && item.due !== undefined && item.due < localDateKey(nowMs);
}

function summarise(feedback: Feedback | undefined): FeedbackSummary | undefined {
  if (!feedback || feedback.state !== 'submitted') return undefined;
  const { outcome, rating, wentWell, wasHard, nextFocus, submittedAt } = feedback;
  return { outcome, rating, wentWell, wasHard, nextFocus, submittedAt };
}

function sortGoals(goals: Goal[]): Goal[] {
  const rank = (goal: Goal) => (goal.status === 'active' ? 0 : 1);
  return [...goals].sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt));
}

/** Soonest due first, undated last, then oldest first. */
function sortActionItems(items: ActionItem[]): ActionItem[] {
  return [...items].sort(
    (a, b) => (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31') || a.createdAt.localeCompare(b.createdAt),
  );
}

const LOOK_BACK_MS = 36 * 3_600_000;
const LOOK_AHEAD_MS = 400 * 86_400_000;

/** The pairing of the current or next session of a pairing that is not closed; else the first active pairing. */
async function pickAutoPairingId(nowMs: number, db: MentoringDatabase): Promise<string | undefined> {
  const pairings = await db.pairings.toArray();
  if (pairings.length === 0) return undefined;
  const open = new Set(pairings.filter((p) => p.status !== 'closed').map((p) => p.id));
  // Stored starts carry offsets, so the string range is widened and the instants compared afterwards.
  const nearby = await db.sessions
    .where('start')
    .between(new Date(nowMs - LOOK_BACK_MS).toISOString(), new Date(nowMs + LOOK_AHEAD_MS).toISOString(), true, true)
    .toArray();
  const focus = pickCurrentOrNext(
    nearby.filter((s) => open.has(s.pairingId)),
    nowMs,
  );
  if (focus) return focus.session.pairingId;
  const byStatus = (status: Pairing['status']) =>
    pairings.filter((p) => p.status === status).sort((a, b) => a.title.localeCompare(b.title))[0];
  return (byStatus('active') ?? byStatus('paused') ?? pairings[0])?.id;
}

import { getDatabase, type MentoringDatabase } from '../db/database';
import type { ActionItem, Feedback, Goal, Pairing, Session } from '../model';
import { canGiveFeedback, isAwaitingFeedback, type MyFeedbackState } from '../sessions/awaiting-feedback';
import { buildAgenda, type AgendaEntry } from './agenda';
import { cadenceHealth, recentMisses, type CadenceHealth } from './cadence';
import { loadGoalPrompts, type GoalPrompts } from './goal-prompts';
import { AFTER_WINDOW_MS, pickMoment, type MomentKind } from './moment';
import { pickLastSession, sortByStart, type FocusSession } from './session-selection';
import { CURRENT_SESSION_LEAD_MS, instant, localDateKey, toMs } from './time';

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

/** "Focus for next time" as agreed in my last feedback before the focus session. */
export interface AgreedFocus {
  text: string;
  sessionId: string;
  sessionStart: string;
}

export interface PanelView {
  pairing: Pairing;
  /** What the panel is for right now: before, during or after a session (see moment.ts). */
  moment: MomentKind;
  focus?: FocusSession & { title: string };
  agreedFocus?: AgreedFocus;
  summary: PairingSummary;
  /** Active goals first, then achieved ones; dropped goals are left out. */
  goals: Goal[];
  /** The suggested questions and success criteria of the goals' templates, by template id. */
  goalPrompts: GoalPrompts;
  /** The last session: the latest that ended and took place (or may have: it awaits feedback), as in the summary. */
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
 * current or next session (or the first active pairing).
 */
export async function loadPanelView(
  pairingId: string | undefined,
  now: number | Date = Date.now(),
  db: MentoringDatabase = getDatabase(),
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
  const stateOf = (sessionId: string): MyFeedbackState => myFeedback.get(sessionId)?.state;
  const entryOf = (session: Session): SessionEntry => ({
    session,
    title: sessionTitle(session, pairing),
    feedback: summarise(myFeedback.get(session.id)),
    needsFeedback: canGiveFeedback(session, stateOf(session.id), nowMs),
  });

  const moment = pickMoment(sessions, stateOf, nowMs);
  const focus = focusOf(moment.kind, moment.session, nowMs);
  const last = pickLastSession(sessions, nowMs);
  const past = sessions.filter((s) => instant(s.start) <= nowMs && s.id !== focus?.session.id);

  return {
    kind: 'ready',
    view: {
      pairing,
      moment: moment.kind,
      focus: focus && { ...focus, title: sessionTitle(focus.session, pairing) },
      agreedFocus: agreedFocusBefore(sessions, myFeedback, focus?.session, nowMs),
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
      goalPrompts: await loadGoalPrompts(goalRows, db),
      lastSession: last && entryOf(last),
      awaitingFeedback: sessions
        .filter((s) => isAwaitingFeedback(s, stateOf(s.id), nowMs))
        .reverse()
        .slice(0, MAX_AWAITING)
        .map(entryOf),
      actionItems: sortActionItems(openItems).map((item) => ({ item, overdue: isOverdue(item, nowMs) })),
      agenda: focus ? buildAgenda(focus.session, openItems) : [],
      history: past.reverse().map(entryOf),
    },
  };
}

const MAX_AWAITING = 3;

/** The moment's session as the panel's focus; "current" from 15 minutes before its start until its end. */
function focusOf(kind: MomentKind, session: Session | undefined, nowMs: number): FocusSession | undefined {
  if (!session) return undefined;
  const isCurrent = kind === 'during' || (kind === 'before' && instant(session.start) - nowMs <= CURRENT_SESSION_LEAD_MS);
  return { session, isCurrent };
}

/** The "focus for next time" of my latest submitted feedback on a session before `focus` (or before now). */
export function agreedFocusBefore(
  sessions: readonly Session[],
  myFeedback: ReadonlyMap<string, Feedback>,
  focus: Session | undefined,
  nowMs: number,
): AgreedFocus | undefined {
  const before = focus ? instant(focus.start) : nowMs;
  for (let index = sessions.length - 1; index >= 0; index--) {
    const session = sessions[index]!;
    if (instant(session.start) >= before || session.id === focus?.id) continue;
    const feedback = myFeedback.get(session.id);
    const text = feedback?.state === 'submitted' ? feedback.nextFocus.trim() : '';
    if (text) return { text, sessionId: session.id, sessionStart: session.start };
  }
  return undefined;
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

/**
 * The pairing of the moment (a running session, one that just ended and awaits feedback, else the
 * next one) among pairings that are not closed; else the first active pairing.
 */
async function pickAutoPairingId(nowMs: number, db: MentoringDatabase): Promise<string | undefined> {
  const pairings = await db.pairings.toArray();
  if (pairings.length === 0) return undefined;
  const open = new Set(pairings.filter((p) => p.status !== 'closed').map((p) => p.id));
  // Stored starts carry offsets, so the string range is widened and the instants compared afterwards.
  const nearby = await db.sessions
    .where('start')
    .between(new Date(nowMs - LOOK_BACK_MS).toISOString(), new Date(nowMs + LOOK_AHEAD_MS).toISOString(), true, true)
    .toArray();
  const candidates = nearby.filter((s) => open.has(s.pairingId));
  const feedback = await myFeedbackStates(
    candidates.filter((s) => instant(s.end) <= nowMs && nowMs - instant(s.end) <= AFTER_WINDOW_MS),
    db,
  );
  const moment = pickMoment(candidates, (id) => feedback.get(id), nowMs);
  if (moment.session) return moment.session.pairingId;
  const byStatus = (status: Pairing['status']) =>
    pairings.filter((p) => p.status === status).sort((a, b) => a.title.localeCompare(b.title))[0];
  return (byStatus('active') ?? byStatus('paused') ?? pairings[0])?.id;
}

async function myFeedbackStates(sessions: readonly Session[], db: MentoringDatabase): Promise<Map<string, MyFeedbackState>> {
  if (sessions.length === 0) return new Map();
  const rows = await db.feedback
    .where('[sessionId+author]')
    .anyOf(sessions.map((s) => [s.id, 'me']))
    .toArray();
  return new Map(rows.map((row) => [row.sessionId, row.state]));
}

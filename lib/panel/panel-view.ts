import { getDatabase, type MentoringDatabase } from '../db/database';
import type { ActionItem, Feedback, Goal, Pairing, Session } from '../model';
import { canGiveFeedback, isAwaitingFeedback, type MyFeedbackState } from '../sessions/awaiting-feedback';
import { sessionTitle } from '../sessions/session-title';
import { buildAgenda, type AgendaEntry } from './agenda';
import { cadenceHealth, recentMisses, type CadenceHealth } from './cadence';
import { loadGoalPrompts, type GoalPrompts } from './goal-prompts';
import { AFTER_WINDOW_MS, pickMoment, requestedMoment, type MomentKind } from './moment';
import {
  findMomentCandidates,
  HISTORY_PAGE_SIZE,
  loadHistoryPage,
  loadMyFeedback,
  loadPairingSessions,
} from './panel-queries';
import { sortByStart, type FocusSession } from './session-selection';
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
  /** My ratings of the latest past sessions (the first page of history), oldest first; the trends show six months. */
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
  /** The newest past sessions other than the focus one, newest first: the first page (loadOlderHistory for more). */
  history: SessionEntry[];
  /** How many past sessions there are besides the focus one, in all. */
  historyTotal: number;
}

export type PanelLoad =
  | { kind: 'no-pairings' }
  | { kind: 'unknown-pairing'; pairingId: string }
  | { kind: 'ready'; view: PanelView };

/**
 * Everything the side panel shows for one pairing; without `pairingId`, for the pairing of the
 * current or next session (or the first active pairing). `focusSessionId`: a session of the
 * pairing the panel was asked to show (see requestedMoment). Sessions are read through the start
 * indexes, a window and a page at a time (panel-queries.ts), with my feedback on those only.
 */
export async function loadPanelView(
  pairingId: string | undefined,
  now: number | Date = Date.now(),
  db: MentoringDatabase = getDatabase(),
  focusSessionId?: string,
): Promise<PanelLoad> {
  const nowMs = toMs(now);
  // Every query that can start at once does: the panel's first frame waits on them. (No explicit
  // transaction: a live query re-run inside one, awaiting native promises, can find it committed.)
  const picked = pairingId === undefined ? await pickAutoPairing(nowMs, db) : undefined;
  const chosenId = pairingId ?? picked?.id;
  if (!chosenId) return { kind: 'no-pairings' };
  const [pairing, sessions, requested, goalRows, openItems] = await Promise.all([
    picked ?? db.pairings.get(chosenId),
    loadPairingSessions(chosenId, nowMs, db),
    focusSessionId === undefined ? undefined : db.sessions.get(focusSessionId),
    db.goals
      .where('[pairingId+status]')
      .anyOf([
        [chosenId, 'active'],
        [chosenId, 'achieved'],
      ])
      .toArray(),
    db.actionItems.where('[pairingId+status]').equals([chosenId, 'open']).toArray(),
  ]);
  if (!pairing) return { kind: 'unknown-pairing', pairingId: chosenId };
  const last = sessions.lastTookPlace;
  // The session the panel was asked for may lie outside the window read for the moment.
  const asked = requested?.pairingId === chosenId ? [requested] : [];
  const known = sortByStart(uniqueById([...sessions.recent, ...sessions.latestPast, ...(last ? [last] : []), ...asked]));
  const [myFeedback, goalPrompts] = await Promise.all([
    loadMyFeedback(
      known.map((s) => s.id),
      db,
    ),
    loadGoalPrompts(goalRows, db),
  ]);
  const stateOf = (sessionId: string): MyFeedbackState => myFeedback.get(sessionId)?.state;
  const entryOf = sessionEntryOf(pairing, myFeedback, nowMs);

  const moment = requestedMoment(known, focusSessionId, nowMs) ?? pickMoment(known, stateOf, nowMs);
  const focus = focusOf(moment.kind, moment.session, nowMs);
  const past = known.filter((s) => instant(s.start) <= nowMs && s.id !== focus?.session.id);

  return {
    kind: 'ready',
    view: {
      pairing,
      moment: moment.kind,
      focus: focus && { ...focus, title: sessionTitle(focus.session, pairing) },
      agreedFocus: agreedFocusBefore(known, myFeedback, focus?.session, nowMs),
      summary: {
        sessionsHeld: sessions.heldCount,
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
      goalPrompts,
      lastSession: last && entryOf(last),
      awaitingFeedback: known
        .filter((s) => isAwaitingFeedback(s, stateOf(s.id), nowMs))
        .reverse()
        .slice(0, MAX_AWAITING)
        .map(entryOf),
      actionItems: sortActionItems(openItems).map((item) => ({ item, overdue: isOverdue(item, nowMs) })),
      agenda: focus ? buildAgenda(focus.session, openItems) : [],
      history: past.slice(-HISTORY_PAGE_SIZE).reverse().map(entryOf),
      historyTotal: sessions.pastCount - (focus && instant(focus.session.start) <= nowMs ? 1 : 0),
    },
  };
}

/** Older history, a page at a time, after the entries already shown (newest first). */
export async function loadOlderHistory(
  pairing: Pairing,
  shown: readonly SessionEntry[],
  now: number | Date = Date.now(),
  db: MentoringDatabase = getDatabase(),
): Promise<SessionEntry[]> {
  const last = shown[shown.length - 1];
  if (!last) return [];
  const boundary = last.session.start;
  const sessions = await loadHistoryPage(
    pairing.id,
    { start: boundary, shownIds: shown.filter((entry) => entry.session.start === boundary).map((entry) => entry.session.id) },
    db,
  );
  const myFeedback = await loadMyFeedback(
    sessions.map((s) => s.id),
    db,
  );
  return sessions.map(sessionEntryOf(pairing, myFeedback, toMs(now)));
}

function sessionEntryOf(pairing: Pairing, myFeedback: ReadonlyMap<string, Feedback>, nowMs: number) {
  return (session: Session): SessionEntry => ({
    session,
    title: sessionTitle(session, pairing),
    feedback: summarise(myFeedback.get(session.id)),
    needsFeedback: canGiveFeedback(session, myFeedback.get(session.id)?.state, nowMs),
  });
}

function uniqueById(sessions: readonly Session[]): Session[] {
  return [...new Map(sessions.map((session) => [session.id, session])).values()];
}

const MAX_AWAITING = 3;

/** The moment's session as the panel's focus; "current" from 15 minutes before its start until its end. */
function focusOf(kind: MomentKind, session: Session | undefined, nowMs: number): FocusSession | undefined {
  if (!session) return undefined;
  const isCurrent = kind === 'during' || (kind === 'before' && instant(session.start) - nowMs <= CURRENT_SESSION_LEAD_MS);
  return { session, isCurrent };
}

/** The "focus for next time" of my latest submitted feedback on a session before `focus` (or before now). */
function agreedFocusBefore(
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

/** An open item is overdue from the day after its due date (local days). */
function isOverdue(item: ActionItem, nowMs: number): boolean {
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

/**
 * The pairing of the moment (a running session, one that just ended and awaits feedback, else the
 * next one) among pairings that are not closed; else the first active pairing.
 */
async function pickAutoPairing(nowMs: number, db: MentoringDatabase): Promise<Pairing | undefined> {
  const pairings = await db.pairings.toArray();
  if (pairings.length === 0) return undefined;
  const candidates = await findMomentCandidates(nowMs, pairings, db);
  const justEnded = candidates.filter((s) => instant(s.end) <= nowMs && nowMs - instant(s.end) <= AFTER_WINDOW_MS);
  const feedback = await loadMyFeedback(
    justEnded.map((s) => s.id),
    db,
  );
  const moment = pickMoment(candidates, (id) => feedback.get(id)?.state, nowMs);
  if (moment.session) return pairings.find((p) => p.id === moment.session!.pairingId);
  const byStatus = (status: Pairing['status']) =>
    pairings.filter((p) => p.status === status).sort((a, b) => a.title.localeCompare(b.title))[0];
  return byStatus('active') ?? byStatus('paused') ?? pairings[0];
}

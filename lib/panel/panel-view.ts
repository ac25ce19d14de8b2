import { getDatabase, type MentoringDatabase } from '../db/database';
import type { ActionItem, Feedback, Goal, Pairing, Session } from '../model';
import { buildAgenda, type AgendaEntry } from './agenda';
import { cadenceHealth, recentMisses, type CadenceHealth } from './cadence';
import {
  findFocusPairingId,
  HISTORY_PAGE_SIZE,
  loadHistoryPage,
  loadMyFeedback,
  loadPairingSessions,
  RECENT_WINDOW_MS,
} from './panel-queries';
import { needsFeedback, pickCurrentOrNext, sortByStart, type FocusSession } from './session-selection';
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
  /** My ratings of past sessions in the last six months, oldest first. */
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
  /** The newest past sessions other than the focus one, newest first: the first page (loadHistoryPage for more). */
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
 * current or next session (or the first active pairing).
 */
export async function loadPanelView(
  pairingId: string | undefined,
  now: number | Date = Date.now(),
  db: MentoringDatabase = getDatabase(),
): Promise<PanelLoad> {
  // One read transaction, and every query that can start at once does: the panel's first frame waits on it.
  // (An async scope: Dexie keeps the transaction alive across native awaits only for async functions.)
  return db.transaction('r', [db.pairings, db.sessions, db.goals, db.actionItems, db.feedback], async () =>
    readPanelView(pairingId, toMs(now), db),
  );
}

async function readPanelView(pairingId: string | undefined, nowMs: number, db: MentoringDatabase): Promise<PanelLoad> {
  const picked = pairingId === undefined ? await pickAutoPairing(nowMs, db) : undefined;
  const chosenId = pairingId ?? picked?.id;
  if (!chosenId) return { kind: 'no-pairings' };
  const [pairing, sessions, goalRows, openItems] = await Promise.all([
    picked ?? db.pairings.get(chosenId),
    loadPairingSessions(chosenId, nowMs, db),
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
  const focus = pickCurrentOrNext(sessions.recent, nowMs);
  const known = sortByStart(uniqueById([...sessions.recent, ...sessions.latestPast]));
  const past = known.filter((s) => instant(s.start) <= nowMs && s.id !== focus?.session.id);
  const history = past.slice(-HISTORY_PAGE_SIZE).reverse();
  const myFeedback = await loadMyFeedback([...known, ...(sessions.lastHeld ? [sessions.lastHeld] : [])].map((s) => s.id), db);
  const entryOf = sessionEntryOf(pairing, myFeedback, nowMs);
  const recentStart = nowMs - RECENT_WINDOW_MS;

  return {
    kind: 'ready',
    view: {
      pairing,
      focus: focus && { ...focus, title: sessionTitle(focus.session, pairing) },
      summary: {
        sessionsHeld: sessions.heldCount,
        cadence: cadenceHealth(sessions.lastTookPlace, pairing.cadenceDays, nowMs),
        misses: recentMisses(past.filter((s) => instant(s.end) <= nowMs)),
        ratings: past.flatMap((s) => {
          const feedback = myFeedback.get(s.id);
          return instant(s.start) >= recentStart && feedback?.state === 'submitted' && feedback.rating !== undefined
            ? [{ sessionId: s.id, start: s.start, rating: feedback.rating }]
            : [];
        }),
      },
      goals: sortGoals(goalRows),
      lastSession: sessions.lastHeld && entryOf(sessions.lastHeld),
      awaitingFeedback: known
        .filter((s) => isAwaitingFeedback(s, myFeedback.get(s.id), nowMs))
        .reverse()
        .slice(0, MAX_AWAITING)
        .map(entryOf),
      actionItems: sortActionItems(openItems).map((item) => ({ item, overdue: isOverdue(item, nowMs) })),
      agenda: focus ? buildAgenda(focus.session, openItems) : [],
      history: history.map(entryOf),
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
  const nowMs = toMs(now);
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
  return sessions.map(sessionEntryOf(pairing, myFeedback, nowMs));
}

function sessionEntryOf(pairing: Pairing, myFeedback: ReadonlyMap<string, Feedback>, nowMs: number) {
  return (session: Session): SessionEntry => ({
    session,
    title: sessionTitle(session, pairing),
    feedback: summarise(myFeedback.get(session.id)),
    needsFeedback: needsFeedback(session, myFeedback.get(session.id), nowMs),
  });
}

function uniqueById(sessions: readonly Session[]): Session[] {
  return [...new Map(sessions.map((session) => [session.id, session])).values()];
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

/** The pairing of the current or next session of a pairing that is not closed; else the first active pairing. */
async function pickAutoPairing(nowMs: number, db: MentoringDatabase): Promise<Pairing | undefined> {
  const pairings = await db.pairings.toArray();
  if (pairings.length === 0) return undefined;
  const focused = await findFocusPairingId(nowMs, pairings, db);
  if (focused) return pairings.find((p) => p.id === focused);
  const byStatus = (status: Pairing['status']) =>
    pairings.filter((p) => p.status === status).sort((a, b) => a.title.localeCompare(b.title))[0];
  return byStatus('active') ?? byStatus('paused') ?? pairings[0];
}

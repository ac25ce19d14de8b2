import { getDatabase, type MentoringDatabase } from '../db/database';
import { newId, type ActionItem, type Feedback, type Goal, type Session } from '../model';
import { InputError } from '../forms/input-error';
import { draftFields, type FeedbackForm, type FieldErrors } from './feedback-form';
import { validateFeedbackForm } from './feedback-validation';
import { activeGoals, activeQuestions, myFeedback } from './feedback-store';
import { MINUTE_MS } from '../time/units';

export type DraftResult = 'saved' | 'already-submitted';

export type SubmitResult =
  | { ok: true; feedback: Feedback; actionItemsCreated: number; goalsUpdated: number }
  | { ok: false; errors: FieldErrors };

/** The key of errors that belong to the whole form rather than one field. */
export const FORM_ERROR = 'form';

/** Saves what the form holds so far as my draft; a submitted feedback is never turned back into a draft. */
export async function saveFeedbackDraft(
  sessionId: string,
  form: FeedbackForm,
  db: MentoringDatabase = getDatabase(),
  now: Date = new Date(),
): Promise<DraftResult> {
  return db.transaction('rw', [db.sessions, db.goals, db.feedback, db.feedbackQuestions], async () => {
    const session = await requireSession(sessionId, db);
    const existing = await myFeedback(sessionId, db);
    if (existing?.state === 'submitted') return 'already-submitted';
    const fields = draftFields(form, { goals: await activeGoals(session.pairingId, db), questions: [] });
    await db.feedback.put(feedbackRow(session, existing, fields, 'draft', now));
    return 'saved';
  });
}

/**
 * Submits my feedback in one transaction: the feedback, the session's status and prompt, goal
 * progress and milestones, and the new action items are all written, or none of them.
 */
export async function submitFeedback(
  sessionId: string,
  form: FeedbackForm,
  db: MentoringDatabase = getDatabase(),
  now: Date = new Date(),
): Promise<SubmitResult> {
  return db.transaction('rw', [db.sessions, db.goals, db.feedback, db.feedbackQuestions, db.actionItems], async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) return formError('This session no longer exists, so the feedback could not be saved.');
    const existing = await myFeedback(sessionId, db);
    if (existing?.state === 'submitted') return formError('Feedback for this session was already submitted.');
    const goals = await activeGoals(session.pairingId, db);
    const checked = validateFeedbackForm(form, { goals, questions: await activeQuestions(db) });
    if (!checked.ok) return checked;
    const { fields } = checked;
    const at = now.toISOString();

    const feedback = feedbackRow(session, existing, fields, 'submitted', now);
    await db.feedback.put(feedback);
    const { snoozedUntil: _snooze, ...prompt } = session.feedbackPrompt ?? {};
    await db.sessions.put({
      ...session,
      status: fields.outcome ?? session.status,
      feedbackPrompt: { ...prompt, state: 'done' },
      updatedAt: at,
    });
    const changedGoals = goals.flatMap((goal) => {
      const entry = fields.goalProgress.find((e) => e.goalId === goal.id);
      return entry ? withProgress(goal, entry.progress, entry.milestonesDone, at) : [];
    });
    await db.goals.bulkPut(changedGoals);
    const items: ActionItem[] = fields.actionItems.map((item) => ({
      id: newId(),
      pairingId: session.pairingId,
      sessionId: session.id,
      text: item.text,
      owner: item.owner,
      ...(item.ownerEmail ? { ownerEmail: item.ownerEmail } : {}),
      ...(item.due ? { due: item.due } : {}),
      status: 'open',
      // What a person typed is never sample data, even on a sample session: removing the demo keeps it.
      isDemo: false,
      createdAt: at,
      updatedAt: at,
    }));
    await db.actionItems.bulkAdd(items);
    return { ok: true, feedback, actionItemsCreated: items.length, goalsUpdated: changedGoals.length };
  });
}

const MAX_SNOOZE_MINUTES = 7 * 24 * 60;

/** Asks again later: the prompt is snoozed until now + minutes. Returns when it comes back. */
export async function snoozeFeedback(
  sessionId: string,
  minutes: number,
  db: MentoringDatabase = getDatabase(),
  now: Date = new Date(),
): Promise<Date> {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_SNOOZE_MINUTES) {
    throw new InputError('Snooze', 'choose between 1 minute and 7 days');
  }
  const until = new Date(now.getTime() + minutes * MINUTE_MS);
  await changePrompt(sessionId, db, now, (prompt) => ({ ...prompt, state: 'snoozed', snoozedUntil: until.toISOString() }));
  return until;
}

/** Stops asking for this session; a draft is kept, and feedback can still be given from the panel. */
export async function dismissFeedback(
  sessionId: string,
  db: MentoringDatabase = getDatabase(),
  now: Date = new Date(),
): Promise<void> {
  await changePrompt(sessionId, db, now, ({ snoozedUntil: _snooze, ...prompt }) => ({ ...prompt, state: 'dismissed' }));
}

/** Minutes from `now` until 9:00 tomorrow, local time (the "tomorrow" snooze). */
export function minutesUntilTomorrowMorning(now: Date = new Date(), hour = 9): number {
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, hour, 0, 0, 0);
  return Math.max(1, Math.ceil((tomorrow.getTime() - now.getTime()) / MINUTE_MS));
}

type Prompt = NonNullable<Session['feedbackPrompt']>;

async function changePrompt(
  sessionId: string,
  db: MentoringDatabase,
  now: Date,
  change: (prompt: Partial<Prompt>) => Prompt,
): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = await requireSession(sessionId, db);
    // Once feedback is in, the prompt is done; a late snooze or dismiss must not revive it.
    if (session.feedbackPrompt?.state === 'done') return;
    await db.sessions.put({ ...session, feedbackPrompt: change(session.feedbackPrompt ?? {}), updatedAt: now.toISOString() });
  });
}

async function requireSession(sessionId: string, db: MentoringDatabase): Promise<Session> {
  const session = await db.sessions.get(sessionId);
  if (!session) throw new Error('This session no longer exists.');
  return session;
}

function feedbackRow(
  session: Session,
  existing: Feedback | undefined,
  fields: ReturnType<typeof draftFields>,
  state: Feedback['state'],
  now: Date,
): Feedback {
  const at = now.toISOString();
  return {
    id: existing?.id ?? newId(),
    sessionId: session.id,
    pairingId: session.pairingId,
    author: 'me',
    state,
    ...fields,
    isDemo: false,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    ...(state === 'submitted' ? { submittedAt: at } : {}),
  };
}

function withProgress(goal: Goal, progress: number, milestonesDone: string[], at: string): Goal[] {
  const done = new Set(milestonesDone);
  const milestones = goal.milestones.map((m) => (m.done === done.has(m.id) ? m : { ...m, done: done.has(m.id) }));
  const changed = goal.progress !== progress || milestones.some((m, i) => m !== goal.milestones[i]);
  return changed ? [{ ...goal, progress, milestones, updatedAt: at }] : [];
}

function formError(message: string): SubmitResult {
  return { ok: false, errors: { [FORM_ERROR]: message } };
}

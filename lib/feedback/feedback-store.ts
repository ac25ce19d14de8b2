import { getDatabase, type MentoringDatabase } from '../db/database';
import type { ActionItem, Feedback, FeedbackQuestion, Goal, Pairing, Session } from '../model';
import { sessionTitle } from '../sessions/session-title';
import type { FormContext } from './feedback-form';
import { listFeedbackQuestions } from './question-store';

export interface FeedbackContext extends FormContext {
  session: Session;
  pairing: Pairing;
  title: string;
  /** Open action items of the pairing, to tick off what got done. */
  openActionItems: ActionItem[];
  /** My draft or submitted feedback for this session. */
  existing?: Feedback;
}

export type FeedbackLoad =
  | { kind: 'missing-session-id' }
  | { kind: 'unknown-session'; sessionId: string }
  | { kind: 'unknown-pairing'; sessionId: string }
  | { kind: 'ready'; context: FeedbackContext };

/** Everything the feedback form of one session needs; a missing or unknown id is an answer, not a crash. */
export async function loadFeedbackForm(
  sessionId: string | null | undefined,
  db: MentoringDatabase = getDatabase(),
): Promise<FeedbackLoad> {
  const id = sessionId?.trim();
  if (!id) return { kind: 'missing-session-id' };
  const session = await db.sessions.get(id);
  if (!session) return { kind: 'unknown-session', sessionId: id };
  const pairing = await db.pairings.get(session.pairingId);
  if (!pairing) return { kind: 'unknown-pairing', sessionId: id };
  const [goals, openActionItems, questions, existing] = await Promise.all([
    activeGoals(pairing.id, db),
    db.actionItems.where('[pairingId+status]').equals([pairing.id, 'open']).sortBy('createdAt'),
    activeQuestions(db),
    myFeedback(session.id, db),
  ]);
  return {
    kind: 'ready',
    context: { session, pairing, title: sessionTitle(session, pairing), goals, questions, openActionItems, existing },
  };
}

export async function activeGoals(pairingId: string, db: MentoringDatabase): Promise<Goal[]> {
  return db.goals.where('[pairingId+status]').equals([pairingId, 'active']).sortBy('createdAt');
}

export async function activeQuestions(db: MentoringDatabase): Promise<FeedbackQuestion[]> {
  return (await listFeedbackQuestions(db)).filter((question) => !question.archived);
}

export async function myFeedback(sessionId: string, db: MentoringDatabase): Promise<Feedback | undefined> {
  return db.feedback.where('[sessionId+author]').equals([sessionId, 'me']).first();
}

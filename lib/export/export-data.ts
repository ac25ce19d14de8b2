import { getDatabase, type MentoringDatabase } from '../db/database';
import type { ActionItem, Feedback, FeedbackQuestion, Goal, Pairing, Session } from '../model';

/** The user's own mentoring records (sample data left out), with lookups the exports share. */
export interface ExportData {
  pairings: Pairing[];
  pairingById: Map<string, Pairing>;
  goals: Goal[];
  goalById: Map<string, Goal>;
  /** Oldest first. */
  sessions: Session[];
  sessionById: Map<string, Session>;
  feedback: Feedback[];
  actionItems: ActionItem[];
  questionById: Map<string, FeedbackQuestion>;
}

export async function loadExportData(db: MentoringDatabase = getDatabase(), pairingId?: string): Promise<ExportData> {
  return db.transaction('r', [db.pairings, db.goals, db.sessions, db.feedback, db.actionItems, db.feedbackQuestions], async () => {
    const allPairings = pairingId ? [await db.pairings.get(pairingId)].filter((p): p is Pairing => p !== undefined) : await db.pairings.toArray();
    const pairings = allPairings.filter((pairing) => !pairing.isDemo || pairing.id === pairingId).sort((a, b) => a.title.localeCompare(b.title));
    const ids = pairings.map((pairing) => pairing.id);
    const [goals, sessions, feedback, actionItems, questions] = await Promise.all([
      db.goals.where('pairingId').anyOf(ids).toArray(),
      db.sessions.where('pairingId').anyOf(ids).toArray(),
      db.feedback.where('pairingId').anyOf(ids).toArray(),
      db.actionItems.where('pairingId').anyOf(ids).toArray(),
      db.feedbackQuestions.toArray(),
    ]);
    sessions.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    return {
      pairings,
      pairingById: new Map(pairings.map((pairing) => [pairing.id, pairing])),
      goals: goals.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      goalById: new Map(goals.map((goal) => [goal.id, goal])),
      sessions,
      sessionById: new Map(sessions.map((session) => [session.id, session])),
      feedback,
      actionItems: actionItems.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      questionById: new Map(questions.map((question) => [question.id, question])),
    };
  });
}

/** Who "them" is in a pairing, by name: "Ana Silva", or "Lena Hoffmann, Lin Wei" in a circle. */
export function otherSide(pairing: Pairing | undefined): string {
  return pairing ? pairing.participants.map((person) => person.name).join(', ') : 'them';
}

/** "2026-02-02 09:00" in the user's time zone: what spreadsheets read as a date and time. */
export function localDateTime(iso: string, timeZone?: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

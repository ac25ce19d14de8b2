import { getDatabase, type MentoringDatabase } from '../db/database';
import type { ActionItem, Feedback, Goal, Pairing, Session } from '../model';
import { loadExportData, type ExportData } from './export-data';

export interface HistorySession {
  session: Session;
  title: string;
  /** My feedback on it, if I gave any. */
  feedback?: Feedback;
  /** The action items agreed in it. */
  actionItems: ActionItem[];
}

/** One pairing's whole history: what the Markdown export and the print view both show. */
export interface PairingHistory {
  pairing: Pairing;
  goals: Goal[];
  /** Oldest first: a history reads forwards. */
  sessions: HistorySession[];
  /** Every action item, open ones first. */
  actionItems: ActionItem[];
  includePrivate: boolean;
  goalTitle(goalId: string): string;
  questionText(questionId: string): string;
}

export async function loadPairingHistory(
  pairingId: string,
  options: { includePrivate: boolean },
  db: MentoringDatabase = getDatabase(),
): Promise<PairingHistory | undefined> {
  const data = await loadExportData(db, pairingId);
  const pairing = data.pairingById.get(pairingId);
  return pairing && buildPairingHistory(pairing, data, options.includePrivate);
}

function buildPairingHistory(pairing: Pairing, data: ExportData, includePrivate: boolean): PairingHistory {
  const myFeedback = new Map(data.feedback.filter((f) => f.author === 'me').map((f) => [f.sessionId, f]));
  return {
    pairing,
    goals: data.goals,
    sessions: data.sessions.map((session) => ({
      session,
      title: session.calendar?.title || pairing.title,
      feedback: myFeedback.get(session.id),
      actionItems: data.actionItems.filter((item) => item.sessionId === session.id),
    })),
    actionItems: [...data.actionItems].sort((a, b) => (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1)),
    includePrivate,
    goalTitle: (goalId) => data.goalById.get(goalId)?.title ?? 'A removed goal',
    questionText: (questionId) => data.questionById.get(questionId)?.text ?? 'A removed question',
  };
}

/** pairing-ana-silva-mentoring.md: the title, made safe for a file name. */
export function historyFileName(pairing: Pairing, extension: string): string {
  const slug = pairing.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `pairing-${slug || 'history'}.${extension}`;
}

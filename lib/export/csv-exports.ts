import { getDatabase, type MentoringDatabase } from '../db/database';
import type { ActionItem, Feedback, Goal, Session } from '../model';
import { goalOwnerLabels, goalStatusLabels, sessionStatusLabels } from '../pairings/pairing-labels';
import { goalCategoryLabels } from '../templates/library';
import { csvOf, type CsvColumn } from './csv';
import { ownerName } from '../pairings/owners';
import { loadExportData, localDateTime, otherSide, type ExportData } from './export-data';

export const csvExportKinds = ['sessions', 'feedback', 'action-items', 'goals'] as const;
export type CsvExportKind = (typeof csvExportKinds)[number];

export interface CsvExportOptions {
  /** The private reflection is left out unless the user ticks "include my private reflections". */
  includePrivate: boolean;
  /** For tests; the user's own time zone otherwise. */
  timeZone?: string;
}

export interface CsvExport {
  fileName: string;
  text: string;
  rows: number;
}

const outcomeLabels = { held: 'Held', rescheduled: 'Rescheduled', missed: 'Missed' } as const;

function sessionColumns(data: ExportData, { timeZone }: CsvExportOptions): CsvColumn<Session>[] {
  const myFeedback = new Map(data.feedback.filter((f) => f.author === 'me').map((f) => [f.sessionId, f]));
  return [
    { header: 'Pairing', value: (s) => data.pairingById.get(s.pairingId)?.title },
    { header: 'Start', value: (s) => localDateTime(s.start, timeZone) },
    { header: 'End', value: (s) => localDateTime(s.end, timeZone) },
    { header: 'Status', value: (s) => sessionStatusLabels[s.status] },
    { header: 'Calendar event', value: (s) => s.calendar?.title },
    { header: 'Agenda', value: (s) => s.agenda.map((item) => `${item.done ? '[x]' : '[ ]'} ${item.text}`).join('\n') },
    { header: 'Notes', value: (s) => s.notes },
    { header: 'My rating', value: (s) => myFeedback.get(s.id)?.rating },
  ];
}

function feedbackColumns(data: ExportData, { includePrivate, timeZone }: CsvExportOptions): CsvColumn<Feedback>[] {
  const columns: CsvColumn<Feedback>[] = [
    { header: 'Pairing', value: (f) => data.pairingById.get(f.pairingId)?.title },
    { header: 'Session start', value: (f) => { const s = data.sessionById.get(f.sessionId); return s && localDateTime(s.start, timeZone); } },
    { header: 'Author', value: (f) => (f.author === 'me' ? 'Me' : otherSide(data.pairingById.get(f.pairingId))) },
    { header: 'State', value: (f) => (f.state === 'submitted' ? 'Submitted' : 'Draft') },
    { header: 'Did it happen', value: (f) => f.outcome && outcomeLabels[f.outcome] },
    { header: 'Rating', value: (f) => f.rating },
    { header: 'What went well', value: (f) => f.wentWell },
    { header: 'What was hard', value: (f) => f.wasHard },
    { header: 'Focus for next time', value: (f) => f.nextFocus },
    {
      header: 'Goal progress',
      value: (f) => f.goalProgress.map((entry) => `${data.goalById.get(entry.goalId)?.title ?? 'A removed goal'}: ${entry.progress}%${entry.note ? ` (${entry.note})` : ''}`).join('\n'),
    },
    {
      header: 'Action items',
      value: (f) => f.actionItems.map((item) => `${ownerOf(item, data, f.pairingId)}: ${item.text}${item.due ? ` (due ${item.due})` : ''}`).join('\n'),
    },
    {
      header: 'Other answers',
      value: (f) => f.customAnswers.map((entry) => `${data.questionById.get(entry.questionId)?.text ?? 'A removed question'}: ${entry.answer}`).join('\n'),
    },
    { header: 'Submitted', value: (f) => f.submittedAt && localDateTime(f.submittedAt, timeZone) },
  ];
  if (includePrivate) columns.push({ header: 'My private reflection', value: (f) => (f.author === 'me' ? f.privateReflection : '') });
  return columns;
}

function actionItemColumns(data: ExportData, { timeZone }: CsvExportOptions): CsvColumn<ActionItem>[] {
  return [
    { header: 'Pairing', value: (a) => data.pairingById.get(a.pairingId)?.title },
    { header: 'Action item', value: (a) => a.text },
    { header: 'Owner', value: (a) => ownerOf(a, data, a.pairingId) },
    { header: 'Due', value: (a) => a.due },
    { header: 'Status', value: (a) => (a.status === 'done' ? 'Done' : 'Open') },
    { header: 'Done', value: (a) => a.doneAt && localDateTime(a.doneAt, timeZone) },
    { header: 'Agreed in the session of', value: (a) => { const s = a.sessionId ? data.sessionById.get(a.sessionId) : undefined; return s && localDateTime(s.start, timeZone); } },
  ];
}

function goalColumns(data: ExportData): CsvColumn<Goal>[] {
  return [
    { header: 'Pairing', value: (g) => data.pairingById.get(g.pairingId)?.title },
    { header: 'Goal', value: (g) => g.title },
    { header: 'Whose', value: (g) => (g.owner === 'me' ? goalOwnerLabels.me : otherSide(data.pairingById.get(g.pairingId))) },
    { header: 'Category', value: (g) => goalCategoryLabels[g.category] },
    { header: 'Progress (%)', value: (g) => g.progress },
    { header: 'Status', value: (g) => goalStatusLabels[g.status] },
    { header: 'Target date', value: (g) => g.targetDate },
    { header: 'Milestones', value: (g) => g.milestones.map((m) => `${m.done ? '[x]' : '[ ]'} ${m.title}${m.due ? ` (due ${m.due})` : ''}`).join('\n') },
    { header: 'Description', value: (g) => g.description },
  ];
}

/** One of the four CSV exports of the user's own data (sample data left out). */
export async function buildCsvExport(kind: CsvExportKind, options: CsvExportOptions, db: MentoringDatabase = getDatabase()): Promise<CsvExport> {
  const data = await loadExportData(db);
  const fileName = `mentoring-${kind}.csv`;
  switch (kind) {
    case 'sessions':
      return { fileName, text: csvOf(sessionColumns(data, options), data.sessions), rows: data.sessions.length };
    case 'feedback': {
      const rows = data.feedback.sort((a, b) => sessionStart(data, a) - sessionStart(data, b));
      return { fileName, text: csvOf(feedbackColumns(data, options), rows), rows: rows.length };
    }
    case 'action-items':
      return { fileName, text: csvOf(actionItemColumns(data, options), data.actionItems), rows: data.actionItems.length };
    case 'goals':
      return { fileName, text: csvOf(goalColumns(data), data.goals), rows: data.goals.length };
  }
}

function ownerOf(item: Pick<ActionItem, 'owner' | 'ownerEmail'>, data: ExportData, pairingId: string): string {
  const pairing = data.pairingById.get(pairingId);
  return pairing ? ownerName(item, pairing) : item.owner === 'me' ? 'Me' : 'Them';
}

function sessionStart(data: ExportData, feedback: Feedback): number {
  const session = data.sessionById.get(feedback.sessionId);
  return session ? Date.parse(session.start) : 0;
}

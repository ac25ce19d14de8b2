import { getDatabase, type MentoringDatabase } from '../db/database';
import { calendarKeyOf } from '../calendar/calendar-key';
import { isSampleRow } from '../model';

/** What "Remove demo data" takes away, so the button can say so before the user clicks. */
export interface DemoDataSummary {
  pairings: number;
  sessions: number;
  feedback: number;
  actionItems: number;
  events: number;
}

const demoKeyPrefix = calendarKeyOf('demo', '');

export async function describeDemoData(db: MentoringDatabase = getDatabase()): Promise<DemoDataSummary> {
  return db.transaction('r', [db.pairings, db.sessions, db.feedback, db.actionItems, db.events], async () => ({
      pairings: await db.pairings.filter((pairing) => pairing.isDemo).count(),
      sessions: await db.sessions.filter((session) => session.isDemo).count(),
      feedback: await db.feedback.filter(isSampleRow).count(),
      actionItems: await db.actionItems.filter(isSampleRow).count(),
      events: await db.events.where('calendarKey').startsWith(demoKeyPrefix).count(),
  }));
}

export function hasDemoData(summary: DemoDataSummary): boolean {
  return Object.values(summary).some((count) => count > 0);
}

/**
 * "2 sample pairings, 14 sessions, 6 feedback forms, 9 action items and 40 sample calendar events".
 * Counts of sample rows: removal keeps a sample pairing the user added to, so these are at most.
 */
export function describeDemoContents(summary: DemoDataSummary): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    count(summary.pairings, 'sample pairing', 'sample pairings'),
    count(summary.sessions, 'session', 'sessions'),
    count(summary.feedback, 'feedback form', 'feedback forms'),
    count(summary.actionItems, 'action item', 'action items'),
    count(summary.events, 'sample calendar event', 'sample calendar events'),
  ];
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

import type { Collection } from 'dexie';
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

/**
 * Counts sample rows through indexes, reading only what hangs on the sample pairings and the sample
 * calendar (never a whole table: a heavy user's options page must open as fast as a new user's).
 * Sample sessions belong to a sample pairing or link a sample event; sample feedback and action
 * items belong to a sample pairing or a sample session.
 */
export async function describeDemoData(db: MentoringDatabase = getDatabase()): Promise<DemoDataSummary> {
  return db.transaction('r', [db.pairings, db.sessions, db.feedback, db.actionItems, db.events], async () => {
    const pairingIds = await db.pairings.filter((pairing) => pairing.isDemo).primaryKeys();
    const sessionIds = await demoIds([
      db.sessions.where('pairingId').anyOf(pairingIds),
      db.sessions.where('calendar.eventKey').startsWith(demoKeyPrefix),
    ], (session) => session.isDemo);
    const [feedback, actionItems] = await Promise.all(
      [db.feedback, db.actionItems].map((table) =>
        demoIds([table.where('pairingId').anyOf(pairingIds), table.where('sessionId').anyOf([...sessionIds])], isSampleRow),
      ),
    );
    return {
      pairings: pairingIds.length,
      sessions: sessionIds.size,
      feedback: feedback!.size,
      actionItems: actionItems!.size,
      events: await db.events.where('calendarKey').startsWith(demoKeyPrefix).count(),
    };
  });
}

/** The ids of the sample rows among those the collections find (they may overlap). */
async function demoIds(
  collections: Collection<{ isDemo: boolean }, string>[],
  isSample: (row: { id: string; isDemo: boolean }) => boolean,
): Promise<Set<string>> {
  const found = await Promise.all(
    collections.map((collection) => collection.filter((row) => isSample(row as { id: string; isDemo: boolean })).primaryKeys()),
  );
  return new Set(found.flat());
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

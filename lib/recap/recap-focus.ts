import { getDatabase, type MentoringDatabase } from '../db/database';
import type { RecapImport, Session } from '../model';
import { focusAgendaItemId } from './recap-ids';

const AGENDA_POINT_MAX = 300;
const PREFIX = 'Agreed focus: ';

/** The next session of the pairing after the recap's one that has not ended yet. */
function nextSessionAfter(sessions: readonly Session[], afterStart: string, now: Date): Session | undefined {
  return sessions
    .filter((s) => s.status === 'scheduled' && Date.parse(s.start) > Date.parse(afterStart) && Date.parse(s.end) > now.getTime())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
}

/** One agenda line; the whole focus stays in the imported recap. */
function focusAgendaText(focus: string): string {
  const line = focus.replace(/\s+/g, ' ').trim();
  const room = AGENDA_POINT_MAX - PREFIX.length;
  return PREFIX + (line.length > room ? `${line.slice(0, room - 1)}…` : line);
}

/**
 * Puts an imported recap's agreed focus on the agenda of the pairing's next session, once. Returns
 * that session, or undefined while the pairing has none coming (the focus then waits in the record).
 * Runs inside the caller's transaction (sessions and recapImports).
 */
export async function placeRecapFocus(record: RecapImport, db: MentoringDatabase, now: Date): Promise<Session | undefined> {
  if (!record.focus.trim() || record.focusSessionId) return undefined;
  const sessions = await db.sessions.where('pairingId').equals(record.pairingId).toArray();
  const next = nextSessionAfter(sessions, record.sessionStart, now);
  if (!next) return undefined;
  const id = focusAgendaItemId(record.id);
  if (!next.agenda.some((item) => item.id === id)) {
    await db.sessions.put({
      ...next,
      agenda: [...next.agenda, { id, text: focusAgendaText(record.focus), origin: 'mine', done: false }],
      updatedAt: now.toISOString(),
    });
  }
  await db.recapImports.put({ ...record, focusSessionId: next.id });
  return next;
}

/** Focuses that waited for a next session: placed once one exists (the side panel and the Data section run this). */
export async function placeWaitingRecapFocus(db: MentoringDatabase = getDatabase(), now = new Date()): Promise<number> {
  return db.transaction('rw', [db.sessions, db.recapImports], async () => {
    const waiting = (await db.recapImports.toArray()).filter((record) => record.focus.trim() && !record.focusSessionId);
    let placed = 0;
    for (const record of waiting) if (await placeRecapFocus(record, db, now)) placed += 1;
    return placed;
  });
}

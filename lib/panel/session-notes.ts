import { getDatabase, type MentoringDatabase } from '../db/database';
import { nowIso } from '../model';
import { InputError } from './input-error';

export const MAX_NOTES_LENGTH = 20_000;

/** Stores the session's live notes; only the notes (and updatedAt) change, so nothing else is overwritten. */
export async function saveSessionNotes(
  sessionId: string,
  text: string,
  db: MentoringDatabase = getDatabase(),
): Promise<void> {
  if (text.length > MAX_NOTES_LENGTH) {
    throw new InputError('Notes', `keep them under ${MAX_NOTES_LENGTH.toLocaleString('en')} characters`);
  }
  await db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new Error('This session no longer exists, so the notes could not be saved. Copy them before closing.');
    if (session.notes === text) return;
    await db.sessions.put({ ...session, notes: text, updatedAt: nowIso() });
  });
}

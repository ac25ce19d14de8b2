import { getDatabase, type MentoringDatabase } from '../db/database';
import { MAX_NOTES_OVERFLOW_LENGTH, nowIso, MAX_USER_TEXT_LENGTH, type Session } from '../model';

export const MAX_NOTES_LENGTH = MAX_USER_TEXT_LENGTH;

/** Live notes as stored: the notes themselves and, apart from them, what did not fit. */
export interface NotesSplit {
  notes: string;
  notesOverflow?: string;
  /** Characters past even the kept-aside text: not stored, only in the field until it closes. */
  notStored: number;
}

/** Where the notes end: at the limit, but never between the two halves of a surrogate pair. */
function cutAt(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** Splits typed text into the notes (up to the limit) and the text over it, kept aside but bounded. */
export function splitNotes(text: string): NotesSplit {
  const end = cutAt(text, MAX_NOTES_LENGTH);
  const rest = text.slice(end);
  if (!rest) return { notes: text, notStored: 0 };
  const asideEnd = cutAt(rest, MAX_NOTES_OVERFLOW_LENGTH);
  return { notes: text.slice(0, end), notesOverflow: rest.slice(0, asideEnd), notStored: rest.length - asideEnd };
}

/** The whole text a panel shows for a session: its notes followed by what was kept aside. */
export function storedNotesText(session: Pick<Session, 'notes' | 'notesOverflow'>): string {
  return session.notes + (session.notesOverflow ?? '');
}

/**
 * Stores the session's live notes; only the notes (and updatedAt) change, so nothing else is
 * overwritten. Text over the limit is not refused: it is kept aside until the user decides.
 * Resolves to the split stored and the session's updatedAt, which orders this write among others.
 */
export async function saveSessionNotes(
  sessionId: string,
  text: string,
  db: MentoringDatabase = getDatabase(),
): Promise<NotesSplit & { updatedAt: string }> {
  const split = splitNotes(text);
  return db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new Error('This session no longer exists, so the notes could not be saved. Copy them before closing.');
    if (session.notes === split.notes && session.notesOverflow === split.notesOverflow) return { ...split, updatedAt: session.updatedAt };
    const { notesOverflow: _old, ...rest } = session;
    const updatedAt = nowIso();
    await db.sessions.put({ ...rest, notes: split.notes, ...(split.notesOverflow ? { notesOverflow: split.notesOverflow } : {}), updatedAt });
    return { ...split, updatedAt };
  });
}

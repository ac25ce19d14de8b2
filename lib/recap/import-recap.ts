import { getDatabase, type MentoringDatabase } from '../db/database';
import { sameData } from '../backup/keep-both';
import type { ActionItem, Pairing, RecapImport, Session } from '../model';
import { getSettings } from '../settings/settings-store';
import { placeRecapFocus } from './recap-focus';
import type { RecapFile } from './recap-format';
import { importedItemId, originalItemId, recapImportId } from './recap-ids';

export interface RecapImportOutcome {
  pairing: Pairing;
  /** Action items new here. */
  added: number;
  /** Action items already here (an earlier import of this recap, or my own items coming back). */
  alreadyThere: number;
  /** The session the recap is about was found here. */
  sessionFound: boolean;
  focus: { state: 'none' | 'already' | 'waiting' } | { state: 'added'; sessionStart: string };
  /** Nothing changed: this recap was imported before. */
  unchanged: boolean;
}

/**
 * Whose the item is here: the sender's become "them" (in a circle, naming the sender); the recipient
 * side's become mine, unless the recap names another member of the circle.
 */
function ownershipHere(item: RecapFile['actionItems'][number], recap: RecapFile, pairing: Pairing, selfEmail: string | undefined): Pick<ActionItem, 'owner' | 'ownerEmail'> {
  const member = (email: string | undefined) => (pairing.participants.length > 1 && pairing.participants.some((person) => person.email === email) ? { ownerEmail: email } : {});
  if (item.owner === 'sender') return { owner: 'them', ...member(recap.from.email) };
  if (item.ownerEmail && selfEmail && item.ownerEmail !== selfEmail) return { owner: 'them', ...member(item.ownerEmail) };
  return { owner: 'me' };
}

/** The same meeting here: by the calendar event Google shares with every attendee, else by its start. */
function findSession(sessions: readonly Session[], recap: RecapFile): Session | undefined {
  const byEvent = recap.session.eventId && sessions.find((s) => s.calendar?.eventId === recap.session.eventId);
  return byEvent || sessions.find((s) => Date.parse(s.start) === Date.parse(recap.session.start));
}

/**
 * Imports the other side's recap into one of my pairings, in one transaction: their action items
 * become mine and mine theirs (owner flipped), the agreed focus joins the agenda of the next
 * session, and a record of the import makes doing it again change nothing.
 */
export async function importRecap(recap: RecapFile, pairingId: string, db: MentoringDatabase = getDatabase(), now = new Date()): Promise<RecapImportOutcome> {
  return db.transaction('rw', [db.pairings, db.sessions, db.actionItems, db.recapImports, db.settings], async () => {
    const pairing = await db.pairings.get(pairingId);
    if (!pairing) throw new Error('This pairing no longer exists.');
    const { selfEmail } = await getSettings(db);
    const at = now.toISOString();
    const session = findSession(await db.sessions.where('pairingId').equals(pairingId).toArray(), recap);
    const key = recapImportId(recap.from.email, recap.session.id);
    const existing = await db.recapImports.get(key);

    let added = 0;
    let alreadyThere = 0;
    for (const item of recap.actionItems) {
      const mine = originalItemId(item.id);
      if (mine && (await db.actionItems.get(mine))) {
        alreadyThere += 1;
        continue;
      }
      const id = importedItemId(recap.from.email, item.id);
      if (await db.actionItems.get(id)) {
        alreadyThere += 1;
        continue;
      }
      const row: ActionItem = {
        id,
        pairingId,
        ...(session ? { sessionId: session.id } : {}),
        text: item.text,
        ...ownershipHere(item, recap, pairing, selfEmail),
        ...(item.due ? { due: item.due } : {}),
        status: item.done ? 'done' : 'open',
        ...(item.done ? { doneAt: at } : {}),
        isDemo: false,
        createdAt: at,
        updatedAt: at,
      };
      await db.actionItems.add(row);
      added += 1;
    }

    const record: RecapImport = {
      id: key,
      pairingId,
      sessionStart: recap.session.start,
      focus: existing?.focusSessionId ? existing.focus : recap.nextFocus,
      ...(existing?.focusSessionId ? { focusSessionId: existing.focusSessionId } : {}),
      importedAt: existing?.importedAt ?? at,
    };
    const recordChanged = !sameData(existing, record);
    if (recordChanged) await db.recapImports.put(record);
    const placed = await placeRecapFocus(record, db, now);
    const focus: RecapImportOutcome['focus'] = !record.focus.trim()
      ? { state: 'none' }
      : placed
        ? { state: 'added', sessionStart: placed.start }
        : record.focusSessionId
          ? { state: 'already' }
          : { state: 'waiting' };
    return { pairing, added, alreadyThere, sessionFound: session !== undefined, focus, unchanged: added === 0 && !recordChanged && !placed };
  });
}

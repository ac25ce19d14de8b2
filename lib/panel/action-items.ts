import { getDatabase, type MentoringDatabase } from '../db/database';
import { newId, nowIso, type ActionItem, type AgendaItem } from '../model';

/**
 * One commitment, one checkbox: an action item carried into a session's agenda is the same item in
 * both places. Ticking it in the agenda, in the panel's commitments or in the feedback form closes
 * the action item (doneAt records when) and, when a session is named, ticks its agenda entry in the
 * same transaction, so no surface can show it open while another shows it done.
 */
export async function setActionItemDone(
  itemId: string,
  done: boolean,
  db: MentoringDatabase = getDatabase(),
  options: { sessionId?: string } = {},
): Promise<ActionItem> {
  return db.transaction('rw', [db.actionItems, db.sessions], async () => {
    const item = await db.actionItems.get(itemId);
    if (!item) throw new Error('This action item no longer exists.');
    const { doneAt: _previous, ...rest } = item;
    const now = nowIso();
    const next: ActionItem = done
      ? { ...rest, status: 'done', doneAt: item.doneAt ?? now, updatedAt: now }
      : { ...rest, status: 'open', updatedAt: now };
    await db.actionItems.put(next);
    if (options.sessionId) await tickOnAgenda(db, options.sessionId, next, done, now);
    return next;
  });
}

/** The session's agenda entry of this item, ticked or unticked; stored the first time (it was only carried). */
async function tickOnAgenda(db: MentoringDatabase, sessionId: string, item: ActionItem, done: boolean, now: string) {
  const session = await db.sessions.get(sessionId);
  if (!session || session.pairingId !== item.pairingId || session.id === item.sessionId) return;
  const existing = session.agenda.find((entry) => entry.actionItemId === item.id);
  if (existing?.done === done) return;
  const agenda: AgendaItem[] = existing
    ? session.agenda.map((entry) => (entry === existing ? { ...entry, done } : entry))
    : [...session.agenda, { id: newId(), text: item.text, origin: 'carried-over', actionItemId: item.id, done }];
  await db.sessions.put({ ...session, agenda, updatedAt: now });
}

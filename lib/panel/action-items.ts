import { getDatabase, type MentoringDatabase } from '../db/database';
import { nowIso, type ActionItem } from '../model';

/** Marks an action item done (or open again); doneAt records when it was done. */
export async function setActionItemDone(
  itemId: string,
  done: boolean,
  db: MentoringDatabase = getDatabase(),
): Promise<ActionItem> {
  return db.transaction('rw', db.actionItems, async () => {
    const item = await db.actionItems.get(itemId);
    if (!item) throw new Error('This action item no longer exists.');
    const { doneAt: _previous, ...rest } = item;
    const now = nowIso();
    const next: ActionItem = done
      ? { ...rest, status: 'done', doneAt: item.doneAt ?? now, updatedAt: now }
      : { ...rest, status: 'open', updatedAt: now };
    await db.actionItems.put(next);
    return next;
  });
}

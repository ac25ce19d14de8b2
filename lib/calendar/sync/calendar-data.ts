import type { MentoringDatabase } from '../../db/database';
import type { SyncSummary } from '../../messaging/protocol';
import { emailSchema } from '../../model';
import { getSettings, updateSettings } from '../../settings/settings-store';
import { deleteCalendarData } from './event-store';
import { notifySyncCompleted } from './sync-events';

/**
 * Stops keeping calendars: with `keepData` their copies stay (without a sync state, so nothing
 * updates them); without it copies and state go together, and listeners hear about it.
 */
export async function dropCalendars(db: MentoringDatabase, calendarKeys: string[], keepData: boolean): Promise<void> {
  let removed = 0;
  for (const calendarKey of calendarKeys) {
    if (keepData) await db.syncStates.delete(calendarKey);
    else removed += await deleteCalendarData(calendarKey, db);
  }
  if (!keepData && calendarKeys.length > 0) {
    const summary: SyncSummary = { calendars: calendarKeys.length, added: 0, updated: 0, removed, skipped: 0, errors: [] };
    await notifySyncCompleted({ reason: 'removed', calendarKeys, summary });
  }
}

/** Google names the primary calendar after the account: detection needs to know which attendee is the user. */
export async function learnSelfEmail(db: MentoringDatabase, calendarTitle: string): Promise<void> {
  const email = emailSchema.safeParse(calendarTitle);
  if (!email.success) return;
  const settings = await getSettings(db);
  if (!settings.selfEmail) await updateSettings((current) => ({ ...current, selfEmail: current.selfEmail ?? email.data }), db);
}

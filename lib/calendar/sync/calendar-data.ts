import type { MentoringDatabase } from '../../db/database';
import { emailSchema, nowIso } from '../../model';
import { getSettings, updateSettings } from '../../settings/settings-store';
import { emptySummary } from '../source';
import { deleteCalendarData, updateSyncState } from './event-store';
import { notifySyncCompleted } from './sync-events';

/**
 * Stops syncing calendars. With `keepData` their copies stay, and their sync state says since when
 * nothing updates them (so the options page can still list them and delete them later); its tokens
 * go, so syncing the calendar again starts with a full sync. Without it copies and state go together,
 * and listeners hear about it.
 */
export async function dropCalendars(db: MentoringDatabase, calendarKeys: string[], keepData: boolean): Promise<void> {
  const removed = emptySummary();
  for (const calendarKey of calendarKeys) {
    if (keepData) {
      const stopped = { stoppedAt: nowIso(), syncToken: undefined, pageToken: undefined, fullSyncStartedAt: undefined, fullSyncMark: undefined, lastError: undefined };
      if (await db.syncStates.get(calendarKey)) await updateSyncState(calendarKey, stopped, db);
    } else {
      removed.removed += await deleteCalendarData(calendarKey, db);
    }
  }
  if (!keepData && calendarKeys.length > 0) {
    await notifySyncCompleted({ reason: 'removed', calendarKeys, summary: { ...removed, calendars: calendarKeys.length } });
  }
}

/** Google names the primary calendar after the account: detection needs to know which attendee is the user. */
export async function learnSelfEmail(db: MentoringDatabase, calendarTitle: string): Promise<void> {
  const email = emailSchema.safeParse(calendarTitle);
  if (!email.success) return;
  const settings = await getSettings(db);
  if (!settings.selfEmail) await updateSettings((current) => ({ ...current, selfEmail: current.selfEmail ?? email.data }), db);
}

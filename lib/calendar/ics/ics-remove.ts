import type { MentoringDatabase } from '../../db/database';
import type { CalendarSourceKind } from '../../model';
import { dropCalendars } from '../sync/calendar-data';

/** Stops syncing one ICS calendar of `kind`, keeping its copies or deleting them; returns its address or file name. */
export async function removeIcsCalendar(kind: CalendarSourceKind, calendarKey: string, keepData: boolean, db: MentoringDatabase): Promise<string> {
  const state = await db.syncStates.get(calendarKey);
  if (state?.source !== kind) throw new Error(`There is no calendar "${calendarKey}" to remove.`);
  await dropCalendars(db, [calendarKey], keepData);
  return state.calendarId;
}

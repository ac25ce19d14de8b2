import { getDatabase, type MentoringDatabase } from '../db/database';
import { backupTableNames } from '../backup/backup-tables';
import { messageOf } from '../text/error-message';

/** The word the user types to confirm; shown next to the box. */
export const DELETE_CONFIRMATION_WORD = 'DELETE';

/** The browser's parts of the extension that "delete everything" resets (injected for tests). */
export interface ResetEdges {
  /** Signs out of Google through the background's own sign-out (which revokes the token at Google). */
  signOutGoogle(): Promise<{ revoked: boolean; revokeProblem?: string }>;
  /** Stops one calendar's sync through the background, so no sync writes after the tables are emptied. */
  removeCalendar(calendarKey: string): Promise<void>;
  clearAlarms(): Promise<unknown>;
  clearStorage(): Promise<void>;
  /** Site permissions granted at run time (ICS addresses) are given back. */
  removeGrantedOrigins(): Promise<void>;
  clearNotifications(): Promise<void>;
  clearBadge(): Promise<void>;
}

export interface DeleteOutcome {
  /** Google revoked the access; false with a reason when it could not (the tokens are forgotten here either way). */
  revoked: boolean;
  revokeProblem?: string;
}

export class ConfirmationMismatch extends Error {
  override name = 'ConfirmationMismatch';
  constructor() {
    super(`Type ${DELETE_CONFIRMATION_WORD} (in capitals) to confirm; nothing was deleted.`);
  }
}

/**
 * Deletes everything the extension keeps and leaves it as at first install: signs out of Google
 * (revoking the token), stops every calendar, clears alarms, every table, stored settings and state,
 * granted site permissions, notifications and the badge. The options page then starts afresh.
 */
export async function deleteEverything(typed: string, edges: ResetEdges, db: MentoringDatabase = getDatabase()): Promise<DeleteOutcome> {
  if (typed.trim() !== DELETE_CONFIRMATION_WORD) throw new ConfirmationMismatch();
  let outcome: DeleteOutcome;
  try {
    outcome = await edges.signOutGoogle();
  } catch (error) {
    outcome = { revoked: false, revokeProblem: `the sign-out did not answer (${messageOf(error)})` };
  }
  const calendars = await db.syncStates.toArray();
  for (const calendar of calendars.filter((state) => state.source !== 'google')) {
    await edges.removeCalendar(calendar.calendarKey).catch(() => undefined);
  }
  await edges.clearAlarms();
  await db.transaction('rw', backupTableNames.map((table) => db.table(table)), async () => {
    for (const table of backupTableNames) await db.table(table).clear();
  });
  await edges.clearStorage();
  await edges.removeGrantedOrigins();
  await edges.clearNotifications();
  await edges.clearBadge();
  return outcome;
}

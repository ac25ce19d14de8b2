import { getDatabase, type MentoringDatabase } from '../db/database';
import type { BackupReminder, Settings } from '../model';
import { getSettings, updateSettings } from '../settings/settings-store';
import { DAY_MS } from '../time/units';

/** No backup for this long (or since the first pairing of one's own), and the reminder shows. */
export const BACKUP_REMINDER_DAYS = 30;

/**
 * Whether to remind the user to back up: reminders on, not snoozed, data of their own to lose (demo
 * data does not count), and no backup in the last 30 days (counted from the first own pairing when
 * there was never one). "Later" snoozes for another 30 days: a monthly reminder.
 */
export function isBackupReminderDue(reminder: BackupReminder | undefined, firstOwnDataAt: string | undefined, now: number): boolean {
  if (reminder && !reminder.remind) return false;
  if (firstOwnDataAt === undefined) return false;
  if (reminder?.snoozedUntil && Date.parse(reminder.snoozedUntil) > now) return false;
  const since = reminder?.lastBackupAt ?? firstOwnDataAt;
  return now - Date.parse(since) >= BACKUP_REMINDER_DAYS * DAY_MS;
}

export async function loadBackupReminderDue(db: MentoringDatabase = getDatabase(), now = Date.now()): Promise<boolean> {
  const [settings, pairings] = await Promise.all([getSettings(db), db.pairings.toArray()]);
  const firstOwn = pairings
    .filter((pairing) => !pairing.isDemo)
    .map((pairing) => pairing.createdAt)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return isBackupReminderDue(settings.backup, firstOwn, now);
}

function changeReminder(change: (current: BackupReminder) => BackupReminder, db: MentoringDatabase): Promise<Settings> {
  return updateSettings((settings) => ({ ...settings, backup: change(settings.backup ?? { remind: true }) }), db);
}

export function recordBackup(at: string, db: MentoringDatabase = getDatabase()): Promise<Settings> {
  return changeReminder(({ snoozedUntil: _done, ...current }) => ({ ...current, lastBackupAt: at }), db);
}

export function snoozeBackupReminder(db: MentoringDatabase = getDatabase(), now = Date.now()): Promise<Settings> {
  return changeReminder((current) => ({ ...current, snoozedUntil: new Date(now + BACKUP_REMINDER_DAYS * DAY_MS).toISOString() }), db);
}

export function setBackupReminders(remind: boolean, db: MentoringDatabase = getDatabase()): Promise<Settings> {
  return changeReminder(({ snoozedUntil: _cleared, ...current }) => ({ ...current, remind }), db);
}

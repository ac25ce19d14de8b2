import { describe, expect, it } from 'vitest';
import { isBackupReminderDue, loadBackupReminderDue, recordBackup, setBackupReminders, snoozeBackupReminder } from '../../lib/backup/reminder';
import { getSettings } from '../../lib/settings/settings-store';
import { aPairing } from '../support/factories';
import { freshDatabase } from '../support/fresh-database';

const DAY = 86_400_000;
const start = Date.parse('2026-01-01T00:00:00Z');
const at = (days: number) => start + days * DAY;

describe('the monthly backup reminder', () => {
  it('waits 30 days after the first own pairing when there was never a backup', () => {
    const first = new Date(start).toISOString();
    expect(isBackupReminderDue(undefined, first, at(29))).toBe(false);
    expect(isBackupReminderDue(undefined, first, at(30))).toBe(true);
    // Demo data alone is nothing to lose.
    expect(isBackupReminderDue(undefined, undefined, at(400))).toBe(false);
  });

  it('counts from the last backup, and "later" snoozes it for another month', () => {
    const first = new Date(start).toISOString();
    const reminder = { remind: true, lastBackupAt: new Date(at(40)).toISOString() };
    expect(isBackupReminderDue(reminder, first, at(69))).toBe(false);
    expect(isBackupReminderDue(reminder, first, at(70))).toBe(true);
    expect(isBackupReminderDue({ ...reminder, snoozedUntil: new Date(at(100)).toISOString() }, first, at(99))).toBe(false);
    expect(isBackupReminderDue({ ...reminder, snoozedUntil: new Date(at(100)).toISOString() }, first, at(100))).toBe(true);
  });

  it('is off with one click, and stays off', () => {
    expect(isBackupReminderDue({ remind: false }, new Date(start).toISOString(), at(1_000))).toBe(false);
  });

  it('keeps its state in the settings: a backup, a snooze and switching off', async () => {
    const db = freshDatabase();
    await db.pairings.bulkPut([aPairing({ createdAt: new Date(at(0)).toISOString() }), aPairing({ id: 'demo', isDemo: true, createdAt: new Date(at(-100)).toISOString() })]);
    expect(await loadBackupReminderDue(db, at(31))).toBe(true);
    await snoozeBackupReminder(db, at(31));
    expect(await loadBackupReminderDue(db, at(60))).toBe(false);
    expect(await loadBackupReminderDue(db, at(61))).toBe(true);
    await recordBackup(new Date(at(61)).toISOString(), db);
    expect((await getSettings(db)).backup).toEqual({ remind: true, lastBackupAt: new Date(at(61)).toISOString() });
    expect(await loadBackupReminderDue(db, at(90))).toBe(false);
    await setBackupReminders(false, db);
    expect(await loadBackupReminderDue(db, at(500))).toBe(false);
    await setBackupReminders(true, db);
    expect(await loadBackupReminderDue(db, at(500))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { backupTableNames } from '../../lib/backup/backup-tables';
import { MentoringDatabase } from '../../lib/db/database';
import { ConfirmationMismatch, deleteEverything, DELETE_CONFIRMATION_WORD, type ResetEdges } from '../../lib/reset/delete-everything';
import { fixture } from '../backup/support';
import { currentSchemaVersion } from '../../lib/db/schema-versions';

let db: MentoringDatabase;

async function filled(): Promise<MentoringDatabase> {
  db = freshDatabase('reset');
  const tables = fixture(currentSchemaVersion).tables;
  await db.transaction('rw', backupTableNames.map((table) => db.table(table)), async () => {
    for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkPut(rows);
  });
  return db;
}

/** Records what was asked of the browser, in order. */
function recordingEdges(overrides: Partial<ResetEdges> = {}): { edges: ResetEdges; calls: string[] } {
  const calls: string[] = [];
  const step = (name: string) => async () => void calls.push(name);
  const edges: ResetEdges = {
    signOutGoogle: async () => (calls.push('sign out of Google'), { revoked: true }),
    removeCalendar: async (key) => void calls.push(`stop ${key}`),
    clearAlarms: step('clear alarms'),
    clearStorage: step('clear storage'),
    removeGrantedOrigins: step('give back site permissions'),
    clearNotifications: step('clear notifications'),
    clearBadge: step('clear badge'),
    ...overrides,
  };
  return { edges, calls };
}

describe('delete everything', () => {
  it('does nothing at all unless the word shown is typed', async () => {
    const database = await filled();
    const { edges, calls } = recordingEdges();
    for (const typed of ['', 'delete', 'DELET', 'yes']) {
      await expect(deleteEverything(typed, edges, database)).rejects.toBeInstanceOf(ConfirmationMismatch);
    }
    expect(calls).toEqual([]);
    expect(await database.pairings.count()).toBeGreaterThan(0);
  });

  it('signs out of Google first (revoking the token), stops calendars, then empties every table and browser state', async () => {
    const database = await filled();
    const { edges, calls } = recordingEdges();
    const outcome = await deleteEverything(` ${DELETE_CONFIRMATION_WORD} `, edges, database);
    expect(outcome).toEqual({ revoked: true });
    expect(calls).toEqual([
      'sign out of Google',
      'stop ics:https://calendar.corp.example/jordan.ics',
      'clear alarms',
      'clear storage',
      'give back site permissions',
      'clear notifications',
      'clear badge',
    ]);
    for (const table of backupTableNames) expect(await database.table(table).count(), table).toBe(0);
  });

  it('still deletes everything when Google cannot be reached, and says the access was not revoked', async () => {
    const database = await filled();
    const { edges } = recordingEdges({ signOutGoogle: async () => ({ revoked: false, revokeProblem: 'Google did not answer the revocation in time' }) });
    expect(await deleteEverything(DELETE_CONFIRMATION_WORD, edges, database)).toEqual({ revoked: false, revokeProblem: 'Google did not answer the revocation in time' });
    expect(await database.sessions.count()).toBe(0);

    const failing = recordingEdges({ signOutGoogle: () => Promise.reject(new Error('Could not establish connection')) });
    await filled();
    const outcome = await deleteEverything(DELETE_CONFIRMATION_WORD, failing.edges, db);
    expect(outcome.revokeProblem).toMatch(/did not answer \(Could not establish connection\)/);
    expect(await db.pairings.count()).toBe(0);
  });
});

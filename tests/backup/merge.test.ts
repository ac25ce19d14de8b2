import { describe, expect, it } from 'vitest';
import { restoreBackup, RestoreRefused } from '../../lib/backup/restore-backup';
import { aFeedback, aGoal, anActionItem, aPairing, aSession } from '../support/factories';
import { backupTextOf, checked, dump, seed } from './support';
import { freshDatabase } from '../support/fresh-database';

const earlier = '2026-05-04T09:00:00.000Z';
const later = '2026-05-06T18:30:00.000Z';
const labels = { backup: 'the backup of 4 May 2026', local: 'this browser' };

/** A backup of `rows` (made in a database of its own), ready to restore. */
async function backupOf(rows: Parameters<typeof seed>[1]) {
  const db = freshDatabase();
  await seed(db, rows);
  return checked(await backupTextOf(db));
}

describe('restoring into a database that has data', () => {
  it('replace: afterwards the database holds exactly the backup', async () => {
    const backup = await backupOf({ pairings: [aPairing()], sessions: [aSession({ notes: 'from the backup' })] });
    const db = freshDatabase();
    await seed(db, { pairings: [aPairing({ id: 'p-here', title: 'Only here' })], sessions: [aSession({ notes: 'typed here' })] });
    await restoreBackup(backup, 'replace', { labels }, db);
    expect((await db.pairings.toArray()).map((p) => p.id)).toEqual(['p-ana']);
    expect((await db.sessions.get('s-1'))?.notes).toBe('from the backup');
  });

  it('merge: adds what only the backup has and keeps what only this browser has', async () => {
    const backup = await backupOf({ pairings: [aPairing()], goals: [aGoal()] });
    const db = freshDatabase();
    await seed(db, { pairings: [aPairing({ id: 'p-here', title: 'Only here' })] });
    const outcome = await restoreBackup(backup, 'merge', { labels }, db);
    expect((await db.pairings.toArray()).map((p) => p.id).sort()).toEqual(['p-ana', 'p-here']);
    expect(await db.goals.count()).toBe(1);
    expect(outcome.merge).toMatchObject({ added: 2 });
  });

  it('merge: the version changed last wins, row by row, whichever side it is on', async () => {
    const backup = await backupOf({
      pairings: [aPairing({ cadenceDays: 7, updatedAt: later }), aPairing({ id: 'p-2', cadenceDays: 7, updatedAt: earlier })],
      actionItems: [anActionItem({ status: 'done', doneAt: later, updatedAt: later })],
    });
    const db = freshDatabase();
    await seed(db, {
      pairings: [aPairing({ cadenceDays: 21, updatedAt: earlier }), aPairing({ id: 'p-2', cadenceDays: 21, updatedAt: later })],
      actionItems: [anActionItem({ status: 'open', updatedAt: earlier })],
    });
    const outcome = await restoreBackup(backup, 'merge', { labels }, db);
    expect((await db.pairings.get('p-ana'))?.cadenceDays).toBe(7);
    expect((await db.pairings.get('p-2'))?.cadenceDays).toBe(21);
    expect((await db.actionItems.get('a-1'))?.status).toBe('done');
    expect(outcome.merge).toEqual({ added: 0, updated: 2, keptBoth: 0, unchanged: 1 });
  });

  it('merge: differing notes and feedback keep both versions, the newer first', async () => {
    const backup = await backupOf({
      sessions: [aSession({ notes: 'Notes written on the laptop.', updatedAt: earlier })],
      feedback: [aFeedback({ privateReflection: 'Laptop reflection.', nextFocus: 'Same focus', updatedAt: earlier })],
    });
    const db = freshDatabase();
    await seed(db, {
      sessions: [aSession({ notes: 'Notes written here later.', updatedAt: later })],
      feedback: [aFeedback({ privateReflection: 'Reflection from here.', nextFocus: 'Same focus', updatedAt: later })],
    });
    const outcome = await restoreBackup(backup, 'merge', { labels }, db);
    expect((await db.sessions.get('s-1'))?.notes).toBe('Notes written here later.\n\n── Also kept from the backup of 4 May 2026 ──\nNotes written on the laptop.');
    const feedback = await db.feedback.get('f-1');
    expect(feedback?.privateReflection).toBe('Reflection from here.\n\n── Also kept from the backup of 4 May 2026 ──\nLaptop reflection.');
    expect(feedback?.nextFocus).toBe('Same focus');
    expect(outcome.merge?.keptBoth).toBe(2);
  });

  it('merge: notes that one side simply continued are not doubled', async () => {
    const backup = await backupOf({ sessions: [aSession({ notes: 'First point.', updatedAt: earlier })] });
    const db = freshDatabase();
    await seed(db, { sessions: [aSession({ notes: 'First point.\nSecond point.', updatedAt: later })] });
    await restoreBackup(backup, 'merge', { labels }, db);
    expect((await db.sessions.get('s-1'))?.notes).toBe('First point.\nSecond point.');
  });

  it('merge: an action item reworded on one side keeps the other wording as an item of its own', async () => {
    const backup = await backupOf({ actionItems: [anActionItem({ text: 'Share the deck by Friday', updatedAt: later })] });
    const db = freshDatabase();
    await seed(db, { actionItems: [anActionItem({ text: 'Share the deck', updatedAt: earlier })] });
    await restoreBackup(backup, 'merge', { labels }, db);
    const items = await db.actionItems.toArray();
    expect(items.map((item) => [item.id, item.text]).sort()).toEqual([
      ['a-1', 'Share the deck by Friday'],
      ['a-1~kept', 'Share the deck'],
    ]);
  });

  it('merge: goals keep both descriptions, an earlier title, and every milestone', async () => {
    const backup = await backupOf({
      goals: [aGoal({ title: 'Calmer all-hands', description: 'From the backup.', milestones: [{ id: 'm-1', title: 'Draft a narrative', done: true }, { id: 'm-2', title: 'Rehearse', done: false }], updatedAt: later })],
    });
    const db = freshDatabase();
    await seed(db, { goals: [aGoal({ description: 'From here.', milestones: [{ id: 'm-1', title: 'Draft the narrative', done: false }], updatedAt: earlier })] });
    await restoreBackup(backup, 'merge', { labels }, db);
    const goal = await db.goals.get('g-1');
    expect(goal?.title).toBe('Calmer all-hands');
    expect(goal?.description).toBe('From the backup.\n\n── Also kept from this browser ──\nEarlier title: Run calmer all-hands meetings\nFrom here.');
    expect(goal?.milestones.map((m) => [m.id, m.title])).toEqual([
      ['m-1', 'Draft a narrative'],
      ['m-2', 'Rehearse'],
      ['m-1~kept', 'Draft the narrative'],
    ]);
  });

  it('merge: merging the same backup twice changes nothing the second time', async () => {
    const backup = await backupOf({
      sessions: [aSession({ notes: 'Backup notes.', updatedAt: earlier })],
      actionItems: [anActionItem({ text: 'Backup wording', updatedAt: later })],
    });
    const db = freshDatabase();
    await seed(db, { sessions: [aSession({ notes: 'Local notes.', updatedAt: later })], actionItems: [anActionItem({ updatedAt: earlier })] });
    await restoreBackup(backup, 'merge', { labels }, db);
    const once = await dump(db);
    const again = await restoreBackup(backup, 'merge', { labels }, db);
    expect(await dump(db)).toEqual(once);
    expect(again.written).toBe(0);
  });

  it('merge: refuses, writing nothing, when both versions together would be too long to store', async () => {
    const long = (letter: string) => `${letter.repeat(12_000)}`;
    const backup = await backupOf({ pairings: [aPairing({ id: 'p-new' })], sessions: [aSession({ notes: long('a'), updatedAt: earlier })] });
    const db = freshDatabase();
    await seed(db, { sessions: [aSession({ notes: long('b'), updatedAt: later })] });
    const before = await dump(db);
    const merging = restoreBackup(backup, 'merge', { labels }, db);
    await expect(merging).rejects.toBeInstanceOf(RestoreRefused);
    const error = (await merging.catch((failure: unknown) => failure)) as RestoreRefused;
    expect(error.problems).toEqual([
      { table: 'sessions', id: 's-1', field: 'notes', message: expect.stringMatching(/^with both versions kept, is too long \(at most 20000 characters\); restore with “Replace”/) },
    ]);
    expect(await dump(db)).toEqual(before);
  });
});

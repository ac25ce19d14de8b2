import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { ValidationError } from '../../lib/model/validation';
import { getSettings, updateSettings } from '../../lib/settings/settings-store';
import { aGoal, anActionItem, anEventCopy, aPairing, aSession } from '../support/factories';


describe('database writes', () => {
  it('refuses an invalid object with an error naming the field, and stores nothing', async () => {
    const db = freshDatabase('test');
    const write = db.pairings.put(aPairing({ participants: [{ email: 'not-an-address', name: 'Ana' }] }));
    await expect(write).rejects.toThrow(ValidationError);
    await expect(db.pairings.put(aPairing({ cadenceDays: -1 }))).rejects.toThrow(/pairing: cadenceDays/);
    expect(await db.pairings.count()).toBe(0);
  });

  it('rolls back a whole transaction when one row is invalid', async () => {
    const db = freshDatabase('test');
    const bulk = db.transaction('rw', db.goals, () =>
      db.goals.bulkPut([aGoal({ id: 'g-ok' }), aGoal({ id: 'g-bad', progress: 250 })]),
    );
    await expect(bulk).rejects.toThrow(/goal: progress/);
    expect(await db.goals.count()).toBe(0);
  });

  it('validates updates too, so a partial change cannot break a stored object', async () => {
    const db = freshDatabase('test');
    await db.goals.put(aGoal());
    await expect(db.goals.update('g-1', { progress: -5 })).rejects.toThrow(/goal: progress/);
    expect((await db.goals.get('g-1'))?.progress).toBe(40);
  });

  it('stores the normalised value (trimmed, lower-cased address)', async () => {
    const db = freshDatabase('test');
    await db.pairings.put(aPairing({ participants: [{ email: ' Ana.Silva@Corp.EXAMPLE ', name: 'Ana Silva' }] }));
    expect((await db.pairings.get('p-ana'))?.participants[0]?.email).toBe('ana.silva@corp.example');
  });
});

describe('indexes the panel queries use', () => {
  it('lists a pairing’s sessions in start order and its open action items', async () => {
    const db = freshDatabase('test');
    await db.sessions.bulkPut([
      aSession({ id: 's-late', start: '2026-06-01T09:00:00.000Z', end: '2026-06-01T10:00:00.000Z' }),
      aSession({ id: 's-early', start: '2026-05-01T09:00:00.000Z', end: '2026-05-01T10:00:00.000Z' }),
      aSession({ id: 's-other', pairingId: 'p-other' }),
    ]);
    await db.actionItems.bulkPut([
      anActionItem({ id: 'a-open' }),
      anActionItem({ id: 'a-done', status: 'done' }),
      anActionItem({ id: 'a-elsewhere', pairingId: 'p-other' }),
    ]);
    const sessions = await db.sessions
      .where('[pairingId+start]')
      .between(['p-ana', ''], ['p-ana', '\uffff'])
      .toArray();
    expect(sessions.map((session) => session.id)).toEqual(['s-early', 's-late']);
    const open = await db.actionItems.where('[pairingId+status]').equals(['p-ana', 'open']).toArray();
    expect(open.map((item) => item.id)).toEqual(['a-open']);
  });

  it('finds events by start time and by series', async () => {
    const db = freshDatabase('test');
    await db.events.bulkPut([
      anEventCopy(),
      anEventCopy({ key: 'google:primary|ev-2', eventId: 'ev-2', seriesId: 'other', startMs: 0, endMs: 1 }),
    ]);
    expect(await db.events.where('seriesId').equals('series-ana').primaryKeys()).toEqual(['google:primary|ev-1']);
    expect(await db.events.where('startMs').above(1_000).primaryKeys()).toEqual(['google:primary|ev-1']);
  });
});

describe('settings', () => {
  it('starts from the defaults and refuses an invalid change without writing it', async () => {
    const db = freshDatabase('test');
    expect((await getSettings(db)).syncWindow).toEqual({ daysBack: 180, daysAhead: 365 });
    await updateSettings((current) => ({ ...current, selfEmail: 'jordan.lee@corp.example' }), db);
    await expect(updateSettings((current) => ({ ...current, syncIntervalMinutes: 0 }), db)).rejects.toThrow(
      /settings: syncIntervalMinutes/,
    );
    const stored = await getSettings(db);
    expect(stored.selfEmail).toBe('jordan.lee@corp.example');
    expect(stored.syncIntervalMinutes).toBe(5);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { MentoringDatabase } from '../../lib/db/database';
import { decideDetection } from '../../lib/sessions/decisions';
import { reconcileSessions } from '../../lib/sessions/reconcile';
import { listPairingSuggestions } from '../../lib/sessions/suggestions';
import { ANA, BEN, DAY, LENA, NOW, anaPairing, benPairing, freshDatabase, series } from './calendar-fixtures';

let db: MentoringDatabase;
beforeEach(async () => {
  db = await freshDatabase();
  await db.pairings.bulkPut([anaPairing(), benPairing()]);
});

const pairingIdsOfSessions = async () => (await db.sessions.toArray()).map((session) => session.pairingId).sort();

describe('decideDetection', () => {
  it('confirming a series for a pairing beats the detector: its events become that pairing\'s sessions', async () => {
    // "Project sync" names another purpose: the detector alone says no.
    await db.events.bulkPut(series({ seriesId: 'sync-ben', firstStartMs: NOW + DAY, count: 3, everyDays: 7, summary: 'Project sync', with: [BEN] }));
    await reconcileSessions(db, NOW);
    expect(await db.sessions.count()).toBe(0);

    const outcome = await decideDetection({ seriesId: 'sync-ben', verdict: 'mentoring', pairingId: 'p-ben' }, db, NOW);

    expect(outcome).toMatchObject({ pairingId: 'p-ben', reconciled: { created: 3 } });
    expect((await db.pairings.get('p-ben'))?.seriesIds).toEqual(['sync-ben']);
    expect(await pairingIdsOfSessions()).toEqual(['p-ben', 'p-ben', 'p-ben']);
    expect(await db.detectionDecisions.get('sync-ben')).toMatchObject({ verdict: 'mentoring', pairingId: 'p-ben', title: 'Project sync' });
  });

  it('moves a confirmed series from one pairing to another', async () => {
    await db.events.bulkPut(series({ seriesId: 'series-ana', firstStartMs: NOW + DAY, count: 2, everyDays: 7, summary: 'Catch-up', with: [ANA] }));
    await reconcileSessions(db, NOW);

    await decideDetection({ seriesId: 'series-ana', verdict: 'mentoring', pairingId: 'p-ben' }, db, NOW);

    expect((await db.pairings.get('p-ana'))?.seriesIds).toEqual([]);
    expect((await db.pairings.get('p-ben'))?.seriesIds).toEqual(['series-ana']);
    expect(await pairingIdsOfSessions()).toEqual(['p-ben', 'p-ben']);
  });

  it('rejecting a series removes its sessions without user text, keeps the others cancelled, and sticks', async () => {
    await db.events.bulkPut(series({ seriesId: 'series-ana', firstStartMs: NOW + DAY, count: 3, everyDays: 7, summary: 'Mentoring', with: [ANA] }));
    await reconcileSessions(db, NOW);
    const [first] = await db.sessions.orderBy('start').toArray();
    await db.sessions.update(first!.id, { notes: 'My notes stay' });

    const outcome = await decideDetection({ seriesId: 'series-ana', verdict: 'not-mentoring' }, db, NOW);

    expect(outcome).toMatchObject({ pairingId: null, reconciled: { removed: 2, cancelled: 1 } });
    expect(await db.sessions.toArray()).toMatchObject([{ id: first!.id, status: 'cancelled', notes: 'My notes stay' }]);
    expect((await db.pairings.get('p-ana'))?.seriesIds).toEqual([]);
    expect(await db.detectionDecisions.get('series-ana')).toMatchObject({ verdict: 'not-mentoring', title: 'Mentoring' });

    await reconcileSessions(db, NOW + DAY / 2);
    expect(await db.sessions.count()).toBe(1);
  });

  it('rejecting a single event leaves the rest of its series alone', async () => {
    const events = series({ seriesId: 'series-ana', firstStartMs: NOW + DAY, count: 2, everyDays: 7, summary: 'Mentoring', with: [ANA] });
    await db.events.bulkPut(events);

    await decideDetection({ seriesId: events[0]!.eventId, verdict: 'not-mentoring' }, db, NOW);

    expect((await db.sessions.toArray()).map((session) => session.calendar?.eventId)).toEqual([events[1]!.eventId]);
  });

  it('confirming a suggestion creates a pairing from its people and cadence, with sessions', async () => {
    await db.events.bulkPut(series({ seriesId: 'series-lena', firstStartMs: NOW - 13 * DAY, count: 3, everyDays: 21, summary: 'Mentoring Lena', with: [LENA] }));

    const { pairingId } = await decideDetection({ seriesId: 'series-lena', verdict: 'mentoring' }, db, NOW);

    const pairing = await db.pairings.get(pairingId!);
    expect(pairing).toMatchObject({
      title: 'Mentoring Lena',
      type: 'one-on-one',
      myRole: 'mentor',
      participants: [{ email: LENA.email, name: 'Lena Brandt' }],
      cadenceDays: 21,
      status: 'active',
      seriesIds: ['series-lena'],
      isDemo: false,
    });
    expect(await pairingIdsOfSessions()).toEqual([pairingId, pairingId, pairingId]);
    expect(await listPairingSuggestions(db, NOW)).toEqual([]);
  });

  it('a suggestion with several people becomes a group pairing', async () => {
    const mia = { email: 'mia.wong@corp.example', displayName: 'Mia Wong' };
    await db.events.bulkPut(series({ seriesId: 'circle', firstStartMs: NOW + DAY, count: 2, everyDays: 28, summary: 'Mentoring circle', with: [LENA, mia] }));

    const { pairingId } = await decideDetection({ seriesId: 'circle', verdict: 'mentoring' }, db, NOW);

    expect(await db.pairings.get(pairingId!)).toMatchObject({ type: 'group', cadenceDays: 28, participants: [{ name: 'Lena Brandt' }, { name: 'Mia Wong' }] });
  });

  it('refuses what it cannot do, with a message that says why, and changes nothing', async () => {
    await db.events.bulkPut(series({ seriesId: 'solo', firstStartMs: NOW + DAY, count: 2, everyDays: 14, summary: 'Mentoring session', with: [] }));
    await db.pairings.put(benPairing({ id: 'p-closed', title: 'Old pairing', status: 'closed' }));

    await expect(decideDetection({ seriesId: 'solo', verdict: 'mentoring', pairingId: 'p-gone' }, db, NOW)).rejects.toThrow(
      'There is no pairing with id "p-gone"',
    );
    await expect(decideDetection({ seriesId: 'solo', verdict: 'mentoring', pairingId: 'p-closed' }, db, NOW)).rejects.toThrow(
      'The pairing "Old pairing" is closed',
    );
    await expect(decideDetection({ seriesId: 'solo', verdict: 'mentoring' }, db, NOW)).rejects.toThrow('has no other attendee');
    await expect(decideDetection({ seriesId: 'unknown', verdict: 'mentoring' }, db, NOW)).rejects.toThrow(
      'is not a pending pairing suggestion',
    );
    expect(await db.detectionDecisions.count()).toBe(0);
    expect(await db.pairings.count()).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { MentoringDatabase } from '../../lib/db/database';
import { buildDemoData } from '../../lib/demo/build-demo-data';
import { hasDemoData, loadDemoData, removeDemoData } from '../../lib/demo/demo-store';
import { getSettings, updateSettings } from '../../lib/settings/settings-store';
import { aFeedback, aGoal, anActionItem, anEventCopy, aPairing, aSession, aSyncState } from '../support/factories';


const now = new Date('2026-11-21T10:00:00Z');
const sample = buildDemoData(now);
const expected = {
  pairings: sample.pairings.length,
  goals: sample.pairings.flatMap((entry) => entry.goals).length,
  sessions: sample.pairings.flatMap((entry) => entry.sessions).length,
  feedback: sample.pairings.flatMap((entry) => entry.feedback).length,
  actionItems: sample.pairings.flatMap((entry) => entry.actionItems).length,
  events: sample.pairings.flatMap((entry) => entry.events).length + sample.otherEvents.length,
  syncStates: 1,
};

async function counts(db: MentoringDatabase) {
  return {
    pairings: await db.pairings.count(),
    goals: await db.goals.count(),
    sessions: await db.sessions.count(),
    feedback: await db.feedback.count(),
    actionItems: await db.actionItems.count(),
    events: await db.events.count(),
    syncStates: await db.syncStates.count(),
  };
}

/** The user's own pairing, with a row in every table, and a Google calendar. */
async function addUserData(db: MentoringDatabase) {
  await db.pairings.add(aPairing({ id: 'p-mine', seriesIds: ['series-mine'] }));
  await db.goals.add(aGoal({ id: 'g-mine', pairingId: 'p-mine' }));
  await db.sessions.add(aSession({ id: 's-mine', pairingId: 'p-mine' }));
  await db.feedback.add(aFeedback({ id: 'f-mine', sessionId: 's-mine', pairingId: 'p-mine', goalProgress: [] }));
  await db.actionItems.add(anActionItem({ id: 'a-mine', pairingId: 'p-mine', sessionId: 's-mine' }));
  await db.events.add(anEventCopy());
  await db.syncStates.add(aSyncState());
}

describe('loading the demo data', () => {
  it('writes every sample row and makes the sample calendar Jordan’s calendar when none is connected', async () => {
    const db = freshDatabase('test');
    expect(await hasDemoData(db)).toBe(false);
    const result = await loadDemoData(db, now);
    expect(result).toEqual({ pairings: expected.pairings, sessions: expected.sessions, events: expected.events });
    expect(await counts(db)).toEqual(expected);
    expect(await getSettings(db)).toMatchObject({ calendarSource: 'demo', selfEmail: 'jordan.lee@corp.example' });
    expect(await db.pairings.get('demo-pairing-ana')).toEqual(sample.pairings[0]!.pairing);
    expect(await hasDemoData(db)).toBe(true);
  });

  it('leaves a connected calendar and its owner as they are', async () => {
    const db = freshDatabase('test');
    await updateSettings((settings) => ({ ...settings, calendarSource: 'google', selfEmail: 'me@example.org' }), db);
    await loadDemoData(db, now);
    expect(await getSettings(db)).toMatchObject({ calendarSource: 'google', selfEmail: 'me@example.org' });
    expect(await db.pairings.count()).toBe(expected.pairings);
  });

  it('does not duplicate anything when loaded twice, even days later', async () => {
    const db = freshDatabase('test');
    await loadDemoData(db, now);
    const first = await counts(db);
    const again = await loadDemoData(db, new Date(now.getTime() + 3 * 86_400_000));
    expect(again).toEqual({ pairings: expected.pairings, sessions: expected.sessions, events: 0 });
    expect(await counts(db)).toEqual(first);
  });

  it('brings back one deleted sample pairing without leaving its old calendar occurrences behind', async () => {
    const db = freshDatabase('test');
    await loadDemoData(db, now);
    const mateo = sample.pairings.find((entry) => entry.pairing.id === 'demo-pairing-mateo')!;
    await db.pairings.delete(mateo.pairing.id);
    await loadDemoData(db, new Date(now.getTime() + 7 * 86_400_000));
    expect(await counts(db)).toEqual(expected);
    const mateoEvents = await db.events.where('seriesId').equals(mateo.pairing.seriesIds[0]!).toArray();
    expect(mateoEvents).toHaveLength(mateo.events.length);
    expect(mateoEvents.map((event) => event.startMs)).not.toEqual(mateo.events.map((event) => event.startMs));
    const eventKeys = new Set(mateoEvents.map((event) => event.key));
    const sessions = await db.sessions.where('pairingId').equals(mateo.pairing.id).toArray();
    for (const session of sessions.filter((row) => row.status !== 'cancelled')) {
      expect(eventKeys.has(session.calendar!.eventKey), session.id).toBe(true);
    }
  });
});

describe('removing the demo data', () => {
  it('removes exactly the sample rows and keeps everything the user made', async () => {
    const db = freshDatabase('test');
    await addUserData(db);
    const before = await counts(db);
    const userRows = {
      pairing: await db.pairings.get('p-mine'),
      goal: await db.goals.get('g-mine'),
      session: await db.sessions.get('s-mine'),
      feedback: await db.feedback.get('f-mine'),
      actionItem: await db.actionItems.get('a-mine'),
    };
    await loadDemoData(db, now);
    const { removed, events } = await removeDemoData(db, now);
    expect(removed).toBe(Object.values(expected).reduce((total, count) => total + count, 0));
    expect(events).toBe(expected.events);
    expect(await counts(db)).toEqual(before);
    expect(await db.pairings.get('p-mine')).toEqual(userRows.pairing);
    expect(await db.goals.get('g-mine')).toEqual(userRows.goal);
    expect(await db.sessions.get('s-mine')).toEqual(userRows.session);
    expect(await db.feedback.get('f-mine')).toEqual(userRows.feedback);
    expect(await db.actionItems.get('a-mine')).toEqual(userRows.actionItem);
    expect(await db.events.get('google:primary|ev-1')).toBeDefined();
    expect(await hasDemoData(db)).toBe(false);
  });

  it('stops using the sample calendar and forgets Jordan as the calendar owner', async () => {
    const db = freshDatabase('test');
    await loadDemoData(db, now);
    await removeDemoData(db, now);
    const settings = await getSettings(db);
    expect(settings.calendarSource).toBe('none');
    expect(settings.selfEmail).toBeUndefined();
  });

  it('keeps a sample pairing the user added to, as the user’s own, with just the user’s rows', async () => {
    const db = freshDatabase('test');
    await loadDemoData(db, now);
    // The user added a session of their own to Ana's pairing, and a goal to Mateo's.
    await db.sessions.add(aSession({ id: 's-user-ana', pairingId: 'demo-pairing-ana', calendar: undefined }));
    await db.goals.add(aGoal({ id: 'g-user-mateo', pairingId: 'demo-pairing-mateo' }));
    // And an action item, in Priya's pairing, that refers to one of its sample sessions.
    await db.actionItems.add(anActionItem({ id: 'a-user-priya', pairingId: 'demo-pairing-priya', sessionId: 'demo-session-priya-02' }));
    await removeDemoData(db, now);

    const pairings = await db.pairings.toArray();
    expect(pairings.map((pairing) => pairing.id).sort()).toEqual(['demo-pairing-ana', 'demo-pairing-mateo', 'demo-pairing-priya']);
    for (const pairing of pairings) {
      expect(pairing.isDemo).toBe(false);
      expect(pairing.seriesIds).toEqual([]);
      expect(pairing.participants).toEqual(sample.pairings.find((entry) => entry.pairing.id === pairing.id)!.pairing.participants);
    }
    expect((await db.goals.toArray()).map((goal) => goal.id)).toEqual(['g-user-mateo']);
    expect((await db.actionItems.toArray()).map((item) => item.id)).toEqual(['a-user-priya']);
    const sessions = await db.sessions.toArray();
    expect(sessions.map((session) => session.id).sort()).toEqual(['demo-session-priya-02', 's-user-ana']);
    const kept = sessions.find((session) => session.id === 'demo-session-priya-02')!;
    expect(kept).toMatchObject({ isDemo: false, calendar: { present: false } });
    // Kept for the user's action item: the sample's own notes go with the sample data.
    expect(kept.notes).toBe('');
    expect(await db.feedback.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    expect(await db.syncStates.count()).toBe(0);
    expect(await hasDemoData(db)).toBe(false);
  });

  it('does not bring sample rows back into a kept pairing when the sample is loaded again', async () => {
    const db = freshDatabase('test');
    await loadDemoData(db, now);
    await db.goals.add(aGoal({ id: 'g-user-ana', pairingId: 'demo-pairing-ana' }));
    await removeDemoData(db, now);
    const kept = await db.pairings.get('demo-pairing-ana');
    await loadDemoData(db, now);
    expect(await db.pairings.get('demo-pairing-ana')).toEqual(kept);
    expect(await db.sessions.where('pairingId').equals('demo-pairing-ana').count()).toBe(0);
    expect(await db.pairings.count()).toBe(expected.pairings);
    expect(await db.sessions.count()).toBe(expected.sessions - sample.pairings[0]!.sessions.length);
  });

  it('marks the user’s sessions that pointed at sample events as no longer in the calendar', async () => {
    const db = freshDatabase('test');
    await loadDemoData(db, now);
    const demoEvent = sample.otherEvents.find((event) => event.eventId === 'demokenjichat01')!;
    await db.pairings.add(aPairing({ id: 'p-kenji', participants: [{ email: 'kenji.watanabe@corp.example', name: 'Kenji Watanabe' }] }));
    await db.sessions.add(
      aSession({
        id: 's-kenji',
        pairingId: 'p-kenji',
        notes: 'First chat: wants to grow into a staff role.',
        calendar: { eventKey: demoEvent.key, eventId: demoEvent.eventId, seriesId: demoEvent.seriesId, title: 'Mentoring chat', present: true },
      }),
    );
    await removeDemoData(db, now);
    expect(await db.sessions.get('s-kenji')).toMatchObject({ notes: 'First chat: wants to grow into a staff role.', calendar: { present: false } });
    expect(await db.pairings.get('p-kenji')).toBeDefined();
  });

  it('keeps a connected calendar setting and its owner', async () => {
    const db = freshDatabase('test');
    await updateSettings((settings) => ({ ...settings, calendarSource: 'ics-url', selfEmail: 'me@example.org' }), db);
    await loadDemoData(db, now);
    await removeDemoData(db, now);
    expect(await getSettings(db)).toMatchObject({ calendarSource: 'ics-url', selfEmail: 'me@example.org' });
  });

  it('removes nothing from a database without sample data', async () => {
    const db = freshDatabase('test');
    await addUserData(db);
    const before = await counts(db);
    expect(await removeDemoData(db, now)).toEqual({ removed: 0, events: 0 });
    expect(await counts(db)).toEqual(before);
  });
});

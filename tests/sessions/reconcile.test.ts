import { beforeEach, describe, expect, it } from 'vitest';
import type { MentoringDatabase } from '../../lib/db/database';
import type { Session } from '../../lib/model';
import { reconcileSessions } from '../../lib/sessions/reconcile';
import { updateSettings } from '../../lib/settings/settings-store';
import { aFeedback, anActionItem, aSession, aSyncState } from '../support/factories';
import { ANA, DAY, HOUR, NOW, anaPairing, benPairing, BEN, eventCopy, freshDatabase } from './calendar-fixtures';

let db: MentoringDatabase;
beforeEach(async () => {
  db = await freshDatabase();
  await db.pairings.bulkPut([anaPairing(), benPairing()]);
});

const nextWeek = NOW + 7 * DAY;
const anaNextWeek = (overrides: Partial<Parameters<typeof eventCopy>[0]> = {}) =>
  eventCopy({ id: 'series-ana_1', seriesId: 'series-ana', startMs: nextWeek, ...overrides });

async function onlySession(): Promise<Session> {
  const sessions = await db.sessions.toArray();
  expect(sessions).toHaveLength(1);
  return sessions[0]!;
}

describe('reconcileSessions', () => {
  it('creates a session for a detected event of a pairing, linked to its event', async () => {
    await db.events.put(anaNextWeek({ hangoutLink: 'https://meet.google.com/abc-defg-hij' }));

    const summary = await reconcileSessions(db, NOW);

    expect(summary).toMatchObject({ created: 1, updated: 0, cancelled: 0, detached: 0, removed: 0 });
    const session = await onlySession();
    expect(session).toMatchObject({
      pairingId: 'p-ana',
      start: new Date(nextWeek).toISOString(),
      end: new Date(nextWeek + 45 * 60_000).toISOString(),
      status: 'scheduled',
      notes: '',
      isDemo: false,
      calendar: {
        eventKey: 'google:primary|series-ana_1',
        eventId: 'series-ana_1',
        seriesId: 'series-ana',
        meetLink: 'https://meet.google.com/abc-defg-hij',
        title: 'Ana / Jordan',
        present: true,
      },
    });
    expect(session.detection.reasons.length).toBeGreaterThan(0);
    expect(session.detection.confidence).toBeGreaterThan(0);
  });

  it('links a session to its call when the event has only conference data (a Zoom or Teams link)', async () => {
    const copy = anaNextWeek();
    copy.event.conferenceData = { entryPoints: [{ entryPointType: 'video', uri: 'https://us02web.zoom.us/j/81234567890' }] };
    await db.events.put(copy);

    await reconcileSessions(db, NOW);

    expect((await onlySession()).calendar).toMatchObject({ joinLink: 'https://us02web.zoom.us/j/81234567890' });
    expect((await onlySession()).calendar).not.toHaveProperty('meetLink');
  });

  it('is idempotent: a second run changes nothing', async () => {
    await db.events.put(anaNextWeek());
    await reconcileSessions(db, NOW);
    const before = await onlySession();

    const summary = await reconcileSessions(db, NOW + HOUR);

    expect(summary).toEqual({ created: 0, updated: 0, cancelled: 0, detached: 0, removed: 0 });
    expect(await onlySession()).toEqual(before);
  });

  it('creates nothing for events that are not mentoring or belong to no pairing', async () => {
    await db.events.bulkPut([
      eventCopy({ id: 'standup', seriesId: 'standup', startMs: nextWeek, summary: 'Team standup', with: [ANA, BEN] }),
      eventCopy({ id: 'dentist', startMs: nextWeek + DAY, summary: 'Dentist', with: [] }),
    ]);

    expect((await reconcileSessions(db, NOW)).created).toBe(0);
    expect(await db.sessions.count()).toBe(0);
  });

  it('assigns each event to the right pairing', async () => {
    await db.events.bulkPut([anaNextWeek(), eventCopy({ id: 'ben-1', startMs: nextWeek + DAY, summary: 'Coffee', with: [BEN] })]);

    await reconcileSessions(db, NOW);

    const byEvent = new Map((await db.sessions.toArray()).map((session) => [session.calendar?.eventId, session.pairingId]));
    expect(byEvent).toEqual(new Map([['series-ana_1', 'p-ana'], ['ben-1', 'p-ben']]));
  });

  it('with automatic detection turned off, keeps only the series the user confirmed', async () => {
    await updateSettings((settings) => ({ ...settings, detection: { ...settings.detection, enabled: false } }), db);
    await db.events.bulkPut([anaNextWeek(), eventCopy({ id: 'ben-1', startMs: nextWeek + DAY, summary: 'Mentoring', with: [BEN] })]);

    await reconcileSessions(db, NOW);

    expect((await db.sessions.toArray()).map((session) => session.calendar?.eventId)).toEqual(['series-ana_1']);
  });

  it('moves the session when its event moves, keeping its notes and id', async () => {
    await db.events.put(anaNextWeek());
    await reconcileSessions(db, NOW);
    const { id } = await onlySession();
    await db.sessions.update(id, { notes: 'Talk about the reorg' });

    await db.events.put(anaNextWeek({ startMs: nextWeek + 2 * HOUR, minutes: 60, summary: 'Ana / Jordan (moved)' }));
    const summary = await reconcileSessions(db, NOW);

    expect(summary.updated).toBe(1);
    const session = await onlySession();
    expect(session).toMatchObject({
      id,
      notes: 'Talk about the reorg',
      start: new Date(nextWeek + 2 * HOUR).toISOString(),
      end: new Date(nextWeek + 3 * HOUR).toISOString(),
      calendar: { title: 'Ana / Jordan (moved)' },
    });
  });

  it('asks for feedback again after the new end when a session already prompted moves later', async () => {
    await db.events.put(anaNextWeek());
    await reconcileSessions(db, NOW);
    const { id } = await onlySession();
    await db.sessions.update(id, { feedbackPrompt: { state: 'pending', notifiedAt: new Date(NOW).toISOString() } });

    await db.events.put(anaNextWeek({ startMs: nextWeek + DAY }));
    await reconcileSessions(db, NOW);

    expect((await onlySession()).feedbackPrompt).toBeUndefined();
  });

  it('marks the session cancelled when its event is cancelled, and keeps it with its text', async () => {
    await db.events.put(anaNextWeek());
    await reconcileSessions(db, NOW);
    const { id } = await onlySession();
    await db.sessions.update(id, { notes: 'Agenda ideas' });

    await db.events.put(anaNextWeek({ status: 'cancelled' }));
    const summary = await reconcileSessions(db, NOW);

    expect(summary.cancelled).toBe(1);
    expect(await onlySession()).toMatchObject({ id, status: 'cancelled', notes: 'Agenda ideas' });
  });

  it('marks the session cancelled when the user declines the event', async () => {
    await db.events.put(anaNextWeek());
    await reconcileSessions(db, NOW);

    await db.events.put(anaNextWeek({ selfResponse: 'declined' }));
    await reconcileSessions(db, NOW);

    expect((await onlySession()).status).toBe('cancelled');
  });

  it('detaches the session of a vanished event, keeping notes and feedback; a future one counts as cancelled', async () => {
    await db.events.put(anaNextWeek());
    await reconcileSessions(db, NOW);
    const { id } = await onlySession();
    await db.sessions.update(id, { notes: 'Prepared questions' });
    await db.feedback.put(aFeedback({ id: 'f-draft', sessionId: id, state: 'draft', outcome: undefined, rating: undefined }));

    await db.events.clear();
    const summary = await reconcileSessions(db, NOW);

    expect(summary).toMatchObject({ detached: 1, cancelled: 1 });
    expect(await onlySession()).toMatchObject({ id, status: 'cancelled', notes: 'Prepared questions', calendar: { present: false } });
    expect(await db.feedback.get('f-draft')).toBeDefined();
  });

  it('keeps a past session scheduled (awaiting feedback) when its event vanishes afterwards', async () => {
    const yesterday = NOW - DAY;
    await db.events.put(anaNextWeek({ startMs: yesterday }));
    await reconcileSessions(db, NOW);

    await db.events.clear();
    await reconcileSessions(db, NOW);

    expect(await onlySession()).toMatchObject({ status: 'scheduled', calendar: { present: false } });
  });

  it('brings a vanished or cancelled session back when its event re-appears', async () => {
    await db.events.put(anaNextWeek());
    await reconcileSessions(db, NOW);
    const { id } = await onlySession();
    await db.events.clear();
    await reconcileSessions(db, NOW);

    await db.events.put(anaNextWeek());
    const summary = await reconcileSessions(db, NOW);

    expect(summary).toMatchObject({ created: 0, updated: 1 });
    expect(await onlySession()).toMatchObject({ id, status: 'scheduled', calendar: { present: true } });
  });

  it('removes a session without user text once its event is no longer mentoring', async () => {
    await db.events.put(eventCopy({ id: 'ben-1', startMs: nextWeek, summary: 'Coffee', with: [BEN] }));
    await reconcileSessions(db, NOW);

    await db.events.put(eventCopy({ id: 'ben-1', startMs: nextWeek, summary: 'Budget review', with: [BEN] }));
    const summary = await reconcileSessions(db, NOW);

    expect(summary.removed).toBe(1);
    expect(await db.sessions.count()).toBe(0);
  });

  it('never deletes a session with user text when detection changes its mind: it is kept, cancelled', async () => {
    await db.events.put(eventCopy({ id: 'ben-1', startMs: nextWeek, summary: 'Coffee', with: [BEN] }));
    await reconcileSessions(db, NOW);
    const withNotes = await onlySession();
    await db.sessions.update(withNotes.id, { agenda: [{ id: 'a', text: 'Promotion case', origin: 'mine', done: false }] });
    await db.actionItems.put(anActionItem({ id: 'ai-1', pairingId: 'p-ben', sessionId: withNotes.id }));

    await db.events.put(eventCopy({ id: 'ben-1', startMs: nextWeek, summary: 'Budget review', with: [BEN] }));
    const summary = await reconcileSessions(db, NOW);

    expect(summary).toMatchObject({ removed: 0, cancelled: 1 });
    expect(await onlySession()).toMatchObject({ id: withNotes.id, status: 'cancelled', agenda: [{ text: 'Promotion case' }] });
    expect(await db.actionItems.get('ai-1')).toBeDefined();
  });

  it('keeps submitted feedback and its status whatever the calendar does', async () => {
    const lastWeek = NOW - 7 * DAY;
    await db.events.put(anaNextWeek({ startMs: lastWeek }));
    await reconcileSessions(db, NOW);
    const { id } = await onlySession();
    await db.feedback.put(aFeedback({ id: 'f-1', sessionId: id }));
    await db.sessions.update(id, { status: 'held', notes: 'Great session' });

    for (const change of [
      anaNextWeek({ startMs: lastWeek + HOUR }),
      anaNextWeek({ startMs: lastWeek + HOUR, status: 'cancelled' }),
      anaNextWeek({ startMs: lastWeek + HOUR, summary: 'Budget review' }),
    ]) {
      await db.events.put(change);
      await reconcileSessions(db, NOW);
    }
    await db.events.clear();
    await reconcileSessions(db, NOW);

    expect(await onlySession()).toMatchObject({ id, status: 'held', notes: 'Great session', calendar: { present: false } });
    expect(await db.feedback.get('f-1')).toMatchObject({ state: 'submitted', rating: 4 });
  });

  it('leaves demo sessions exactly as they are', async () => {
    const demoEvent = eventCopy({ id: 'demo-ana-1', seriesId: 'series-ana', startMs: nextWeek, source: 'demo' });
    const demoSession = aSession({
      id: 'demo-s1',
      isDemo: true,
      start: new Date(nextWeek - DAY).toISOString(),
      end: new Date(nextWeek - DAY + HOUR).toISOString(),
      calendar: { eventKey: demoEvent.key, eventId: 'demo-ana-1', seriesId: 'series-ana', title: 'Demo', present: true },
    });
    await db.sessions.put(demoSession);
    await db.events.put(demoEvent);

    const summary = await reconcileSessions(db, NOW);
    await db.events.clear();
    await reconcileSessions(db, NOW);

    expect(summary.created).toBe(0);
    expect(await db.sessions.get('demo-s1')).toEqual(demoSession);
  });

  it('marks sessions of demo events it creates as demo', async () => {
    await db.events.put(anaNextWeek({ source: 'demo' }));
    await reconcileSessions(db, NOW);
    expect((await onlySession()).isDemo).toBe(true);
  });

  it('leaves the history of a closed pairing alone', async () => {
    await db.events.put(anaNextWeek({ startMs: NOW - 3 * DAY }));
    await reconcileSessions(db, NOW);
    const before = await onlySession();
    await db.pairings.update('p-ana', { status: 'closed' });

    await db.events.clear();
    await reconcileSessions(db, NOW);

    expect(await onlySession()).toEqual(before);
  });

  it('ignores events and sessions older than the sync window', async () => {
    const longAgo = NOW - 400 * DAY;
    const old = aSession({ id: 'old', start: new Date(longAgo).toISOString(), end: new Date(longAgo + HOUR).toISOString() });
    await db.sessions.put(old);
    await db.events.put(anaNextWeek({ id: 'series-ana_0', startMs: longAgo - DAY }));

    const summary = await reconcileSessions(db, NOW);

    expect(summary).toEqual({ created: 0, updated: 0, cancelled: 0, detached: 0, removed: 0 });
    expect(await db.sessions.toArray()).toEqual([old]);
  });

  it('leaves sessions beyond the window’s end alone: their events’ copies are pruned, not gone', async () => {
    const farAhead = NOW + 400 * DAY;
    await db.events.put(anaNextWeek({ id: 'series-ana_far', startMs: farAhead }));
    await reconcileSessions(db, NOW);
    const before = await onlySession();

    await db.events.clear();
    const summary = await reconcileSessions(db, NOW);

    expect(summary).toEqual({ created: 0, updated: 0, cancelled: 0, detached: 0, removed: 0 });
    expect(await onlySession()).toEqual(before);
  });

  it('does not detach sessions of a calendar while its full sync is between pages', async () => {
    await db.events.put(anaNextWeek());
    await reconcileSessions(db, NOW);
    await db.syncStates.put(aSyncState({ calendarKey: 'google:primary', syncToken: undefined, pageToken: 'page-2' }));

    await db.events.clear();
    const summary = await reconcileSessions(db, NOW);

    expect(summary.detached).toBe(0);
    expect((await onlySession()).calendar?.present).toBe(true);
  });
});

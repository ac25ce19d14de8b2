import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MentoringDatabase } from '../../lib/db/database';
import { linkMeetCall, reportMeetCall, type MeetCallState } from '../../lib/google-pages/meet-calls';
import { findSessionForCall } from '../../lib/panel/meet-session';
import { getPanelFocus } from '../../lib/google-pages/panel-focus';
import { reconcileSessions } from '../../lib/sessions/reconcile';
import { aPairing } from '../support/factories';
import { promptAlarmName } from '../../lib/alarms/alarm-names';
import { DAY, HOUR, LENA, NOW, anaPairing, benPairing, eventCopy, freshDatabase } from '../sessions/calendar-fixtures';

const MINUTE = 60_000;
const CODE = 'abc-defg-hij';
const LINK = `https://meet.google.com/${CODE}`;
/** The default feedback delay. */
const DELAY = 5 * MINUTE;

let db: MentoringDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshDatabase();
  await db.pairings.bulkPut([anaPairing(), benPairing()]);
});

/** Ana's session from NOW to NOW + 45 minutes, with the Meet link. */
async function sessionNow(startMs = NOW) {
  await db.events.put(eventCopy({ id: 'series-ana_1', seriesId: 'series-ana', startMs, hangoutLink: LINK }));
  await reconcileSessions(db, NOW);
  return (await db.sessions.toArray()).find((session) => session.calendar?.eventId === 'series-ana_1')!;
}
const report = (state: MeetCallState, at: number, openedAt = NOW) => reportMeetCall({ code: CODE, state, openedAt }, db, at);
const call = async () => (await db.sessions.toArray())[0]!.call;
const feedbackAlarm = async (id: string) => (await fakeBrowser.alarms.get(promptAlarmName('feedback', id)))?.scheduledTime;

describe('following a Meet call', () => {
  it('finds the session whose Meet link has the code, and puts the side panel on it', async () => {
    const session = await sessionNow();
    const answer = await report('present', NOW - 10 * MINUTE);
    expect(answer).toEqual({ session: { id: session.id, title: 'Ana / Jordan', pairingTitle: anaPairing().title }, pairings: [] });
    expect(await getPanelFocus()).toEqual({ pairingId: 'p-ana', sessionId: session.id, source: 'meet', meetCode: CODE, at: NOW - 10 * MINUTE });
    // The waiting room before the start is not the call yet.
    expect(await call()).toBeUndefined();
  });

  it('records the call, and the prompt comes after the real end when the user leaves early', async () => {
    const session = await sessionNow();
    await report('in-call', NOW - 2 * MINUTE);
    expect(await call()).toEqual({ meetCode: CODE, joinedAt: new Date(NOW - 2 * MINUTE).toISOString(), lastSeenAt: new Date(NOW - 2 * MINUTE).toISOString() });
    expect(await feedbackAlarm(session.id)).toBe(NOW + 45 * MINUTE + DELAY);

    await report('left', NOW + 20 * MINUTE);
    expect((await call())?.leftAt).toBe(new Date(NOW + 20 * MINUTE).toISOString());
    expect(await feedbackAlarm(session.id)).toBe(NOW + 20 * MINUTE + DELAY);
    // Leaving withdraws the call's hold on the side panel.
    expect(await getPanelFocus()).toBeUndefined();
  });

  it('holds the prompt while a call runs over, and the call resumes after "Rejoin"', async () => {
    const session = await sessionNow();
    await report('in-call', NOW);
    await report('left', NOW + 30 * MINUTE);
    await report('present', NOW + 31 * MINUTE);
    expect((await call())?.leftAt).toBeDefined();
    await report('in-call', NOW + 32 * MINUTE);
    expect((await call())?.leftAt).toBeUndefined();
    await report('in-call', NOW + 60 * MINUTE);
    // Seen at +60 min: not before +60 + 10 (silence margin), whatever the calendar end (+45).
    expect(await feedbackAlarm(session.id)).toBe(NOW + 70 * MINUTE + DELAY);
    await report('left', NOW + 65 * MINUTE);
    expect(await feedbackAlarm(session.id)).toBe(NOW + 65 * MINUTE + DELAY);
  });

  it('ignores leaving before the start (a look at the waiting room), and calls long after the session', async () => {
    await sessionNow();
    await report('present', NOW - 5 * MINUTE);
    await report('left', NOW - 4 * MINUTE);
    expect(await call()).toBeUndefined();
    await report('in-call', NOW + 45 * MINUTE + 5 * HOUR);
    expect(await call()).toBeUndefined();
  });

  it('offers the pairings to link a call that matches no session (closed ones left out)', async () => {
    await db.pairings.put(aPairing({ id: 'p-closed', title: 'Old pairing', status: 'closed' }));
    const answer = await reportMeetCall({ code: 'xyz-abcd-efg', state: 'present', openedAt: NOW }, db, NOW);
    expect(answer.session).toBeUndefined();
    expect(answer.pairings.map((pairing) => pairing.id).sort()).toEqual(['p-ana', 'p-ben']);
    expect(answer.pairings.find((pairing) => pairing.id === 'p-ben')?.label).toContain('Ben Okafor');
  });

  it('picks the session the call can be now over the next one, and no cancelled one', async () => {
    const tomorrow = eventCopy({ id: 'series-ana_2', seriesId: 'series-ana', startMs: NOW + DAY, hangoutLink: LINK });
    await db.events.put(tomorrow);
    const now = await sessionNow();
    expect((await findSessionForCall(CODE, NOW + 50 * MINUTE, db))?.id).toBe(now.id);
    expect((await findSessionForCall(CODE, NOW + 6 * HOUR, db))?.calendar?.eventId).toBe('series-ana_2');
    await db.sessions.update(now.id, { status: 'cancelled' });
    expect((await findSessionForCall(CODE, NOW + 10 * MINUTE, db))?.calendar?.eventId).toBe('series-ana_2');
  });
});

describe('linking a call to a pairing', () => {
  it('makes the calendar event with that Meet link a session of the pairing', async () => {
    await db.events.put(eventCopy({ id: 'catchup-1', startMs: NOW - 5 * MINUTE, summary: 'Catch-up', with: [LENA], hangoutLink: LINK }));
    const answer = await linkMeetCall({ code: CODE, pairingId: 'p-ben' }, db, NOW);
    const sessions = await db.sessions.toArray();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ pairingId: 'p-ben', calendar: { eventId: 'catchup-1' }, call: { meetCode: CODE } });
    expect(answer.session?.id).toBe(sessions[0]!.id);
    expect((await db.pairings.get('p-ben'))?.seriesIds).toContain('catchup-1');
    expect(await getPanelFocus()).toMatchObject({ pairingId: 'p-ben', sessionId: sessions[0]!.id, source: 'meet' });
  });

  it('makes a call without an event a session of its own, ending when the user leaves', async () => {
    const answer = await linkMeetCall({ code: CODE, pairingId: 'p-ben' }, db, NOW);
    const [session] = await db.sessions.toArray();
    expect(session).toMatchObject({ pairingId: 'p-ben', start: new Date(NOW).toISOString(), status: 'scheduled', call: { meetCode: CODE } });
    expect(session?.calendar).toBeUndefined();
    expect(answer.session?.pairingTitle).toBe(benPairing().title);
    await reportMeetCall({ code: CODE, state: 'left', openedAt: NOW }, db, NOW + 25 * MINUTE);
    const ended = (await db.sessions.toArray())[0]!;
    expect(ended.end).toBe(new Date(NOW + 25 * MINUTE).toISOString());
    expect(await feedbackAlarm(ended.id)).toBe(NOW + 25 * MINUTE + DELAY);
  });

  it('refuses an unknown or closed pairing, writing nothing', async () => {
    await db.pairings.put(aPairing({ id: 'p-closed', title: 'Old pairing', status: 'closed' }));
    await expect(linkMeetCall({ code: CODE, pairingId: 'nope' }, db, NOW)).rejects.toThrow('There is no pairing with id "nope"');
    await expect(linkMeetCall({ code: CODE, pairingId: 'p-closed' }, db, NOW)).rejects.toThrow('is closed');
    expect(await db.sessions.count()).toBe(0);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { seriesIdOf } from '../../lib/calendar/ics/ics-ids';
import type { MentoringDatabase } from '../../lib/db/database';
import { findCalendarMarks as findMarks } from '../../lib/google-pages/calendar-marks';
import { decodeEventElementId } from '../../lib/google-pages/event-element-id';
import type { CalendarEventCopy } from '../../lib/model';
import { reconcileSessions } from '../../lib/sessions/reconcile';
import { aDetectionDecision } from '../support/factories';
import { BEN, DAY, LENA, NOW, SELF, anaPairing, eventCopy, freshDatabase, series } from '../sessions/calendar-fixtures';

/** The data-eventid Calendar writes: base64 of "<event id> <calendar>", unpadded. */
const eid = (eventId: string, calendar = SELF) => btoa(`${eventId} ${calendar}`).replace(/=+$/, '');
const withLink = (copy: CalendarEventCopy, calendar: string): CalendarEventCopy => ({
  ...copy,
  event: { ...copy.event, htmlLink: `https://www.google.com/calendar/event?eid=${eid(copy.eventId, calendar)}` },
});

/** As the page script asks: each element's data-eventid with what it decoded (unreadable ones are not asked about). */
const findCalendarMarks = (elementIds: string[], database: MentoringDatabase, now: number) =>
  findMarks(
    elementIds.flatMap((elementId) => {
      const ref = decodeEventElementId(elementId);
      return ref ? [{ elementId, ...ref }] : [];
    }),
    database,
    now,
  );

let db: MentoringDatabase;
beforeEach(async () => {
  db = await freshDatabase();
  await db.pairings.put(anaPairing());
});

describe('findCalendarMarks', () => {
  it('marks a session with its pairing, people and reasons, and leaves other events unmarked', async () => {
    const ana = series({ seriesId: 'series-ana', firstStartMs: NOW - 6 * DAY, count: 2, everyDays: 7, summary: 'Ana / Jordan' });
    const budget = eventCopy({ id: 'budget-1', startMs: NOW + DAY, summary: 'Budget review', with: [BEN] });
    await db.events.bulkPut([...ana, budget]);
    await reconcileSessions(db, NOW);
    const session = (await db.sessions.toArray()).find((s) => s.calendar?.eventId === ana[1]!.eventId)!;

    const marks = await findCalendarMarks([eid(ana[1]!.eventId), eid(budget.eventId), 'tasks_rollover_view', eid('unknown-event')], db, NOW);

    expect(marks).toEqual([
      {
        elementId: eid(ana[1]!.eventId),
        kind: 'session',
        seriesId: 'series-ana',
        sessionId: session.id,
        pairingTitle: anaPairing().title,
        people: anaPairing().participants.map((person) => person.name),
        reasons: session.detection.reasons.slice(0, 3),
      },
    ]);
    expect(marks[0]!.reasons.length).toBeGreaterThan(0);
  });

  it('gives a mentoring event without a pairing the suggestion mark, until the user rules on it', async () => {
    const lena = eventCopy({ id: 'lena-1', startMs: NOW + 2 * DAY, summary: 'Mentoring chat Lena / Jordan', with: [LENA] });
    await db.events.put(lena);

    expect(await findCalendarMarks([eid(lena.eventId)], db, NOW)).toEqual([
      { elementId: eid(lena.eventId), kind: 'suggestion', seriesId: 'lena-1', people: ['Lena Brandt'], reasons: expect.arrayContaining([expect.any(String)]) },
    ]);

    await db.detectionDecisions.put(aDetectionDecision({ seriesId: 'lena-1', verdict: 'not-mentoring' }));
    expect(await findCalendarMarks([eid(lena.eventId)], db, NOW)).toEqual([]);
  });

  it('marks no cancelled session, nor a cancelled or declined event', async () => {
    const cancelled = eventCopy({ id: 'series-ana_x', seriesId: 'series-ana', startMs: NOW + DAY, status: 'cancelled' });
    const declined = eventCopy({ id: 'series-ana_y', seriesId: 'series-ana', startMs: NOW + 8 * DAY, selfResponse: 'declined' });
    await db.events.bulkPut([cancelled, declined]);
    await reconcileSessions(db, NOW);
    expect(await findCalendarMarks([eid(cancelled.eventId), eid(declined.eventId)], db, NOW)).toEqual([]);
  });

  it('tells the copies of one event in two calendars apart by the eid’s calendar', async () => {
    const team = 'c_mentoring@group.calendar.google.com';
    const primary = eventCopy({ id: 'series-ana_1', seriesId: 'series-ana', startMs: NOW + DAY });
    const shared = { ...eventCopy({ id: 'series-ana_1', seriesId: 'series-ana', startMs: NOW + DAY, calendarKey: `google:${team}` }) };
    // With their htmlLinks (as the API gives them), each element finds its own copy...
    await db.events.bulkPut([withLink(primary, SELF), withLink(shared, 'c_mentoring@g')]);
    await reconcileSessions(db, NOW);
    const sessions = await db.sessions.toArray();
    const sessionOf = (key: string) => sessions.find((s) => s.calendar?.eventKey === key)!.id;
    const linked = await findCalendarMarks([eid('series-ana_1', 'c_mentoring@g'), eid('series-ana_1', SELF)], db, NOW);
    expect(linked.map((mark) => mark.sessionId)).toEqual([sessionOf(shared.key), sessionOf(primary.key)]);
    // ...and without them, the calendar Google abbreviated still names the shared one.
    await db.events.bulkPut([primary, shared]);
    const [byHint] = await findCalendarMarks([eid('series-ana_1', 'c_mentoring@g')], db, NOW);
    expect(byHint?.sessionId).toBe(sessionOf(shared.key));
  });

  it('finds an event synced from a Google calendar’s secret iCal address through its UID', async () => {
    const stamp = '20261122T100000Z';
    const icsId = `${seriesIdOf('k8gri0v9@google.com')}_${stamp}`;
    const copy = eventCopy({ id: icsId, startMs: NOW + DAY, summary: 'Mentoring chat Lena / Jordan', with: [LENA], source: 'ics-url', calendarKey: 'ics:feed-1' });
    await db.events.put(copy);
    const [mark] = await findCalendarMarks([eid(`k8gri0v9_${stamp}`, 'jordan.lee@m')], db, NOW);
    expect(mark).toMatchObject({ kind: 'suggestion', seriesId: copy.seriesId });
  });

  it('answers nothing for ids it cannot read or does not know', async () => {
    expect(await findCalendarMarks([], db, NOW)).toEqual([]);
    expect(await findCalendarMarks(['', '%%%', eid('nope')], db, NOW)).toEqual([]);
  });
});

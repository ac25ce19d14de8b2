import { describe, expect, it } from 'vitest';
import { seriesIdOf } from '../../../lib/calendar/ics/ics-ids';
import { convertIcsText } from '../../../lib/calendar/ics/ics-convert';
import { bySummary, convert, DEFAULT_WINDOW, NOW, startsOf } from './support';

const ADA_GRACE_UID = '5f0c7q2ob6b4k1l0n3m2p9r8s7@google.com';
const CIRCLE_UID = '0n8v3kq1mentoringcircle2026@google.com';
const OUTLOOK_CIRCLE_UID =
  '040000008200E00074C5B7101A82E00800000000D0C8E5A7B1C2DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90';

function series(copies: ReturnType<typeof convert>['copies'], uid: string) {
  return copies.filter((copy) => copy.seriesId === seriesIdOf(uid)).sort((a, b) => a.startMs - b.startMs);
}

describe('expanding a Google Calendar export', () => {
  const { copies, skipped } = convert('google-export.ics');

  it('imports every event in the window and nothing else', () => {
    expect(skipped).toEqual([]);
    // 19 fortnightly 1:1s + 10 monthly circles + all-day review + reverse mentoring + one invited instance.
    expect(copies).toHaveLength(32);
    expect(bySummary(copies, 'Kick-off (last year)')).toEqual([]);
    expect(copies.every((copy) => copy.source === 'ics-file')).toBe(true);
  });

  it('expands a fortnightly rule with COUNT, keeping wall-clock time across both DST changes', () => {
    const starts = startsOf(series(copies, ADA_GRACE_UID));
    expect(starts).toEqual([
      '2026-09-15T10:00:00+02:00',
      '2026-09-29T10:00:00+02:00',
      '2026-10-13T10:00:00+02:00',
      '2026-10-27T10:00:00+01:00',
      '2026-11-12T15:00:00+01:00',
      '2026-11-24T10:00:00+01:00',
      '2026-12-08T10:00:00+01:00',
      '2027-01-05T10:00:00+01:00',
      '2027-01-19T10:00:00+01:00',
      '2027-02-02T10:00:00+01:00',
      '2027-02-16T10:00:00+01:00',
      '2027-03-02T10:00:00+01:00',
      '2027-03-16T10:00:00+01:00',
      '2027-03-30T10:00:00+02:00',
      '2027-04-13T10:00:00+02:00',
      '2027-04-27T10:00:00+02:00',
      '2027-05-11T10:00:00+02:00',
      '2027-05-25T10:00:00+02:00',
      '2027-06-08T10:00:00+02:00',
    ]);
    const [first] = series(copies, ADA_GRACE_UID);
    expect(new Date(first!.startMs).toISOString()).toBe('2026-09-15T08:00:00.000Z');
    const afterDst = series(copies, ADA_GRACE_UID)[3]!;
    expect(new Date(afterDst.startMs).toISOString()).toBe('2026-10-27T09:00:00.000Z');
    expect(afterDst.endMs - afterDst.startMs).toBe(60 * 60_000);
    expect(afterDst.event.start?.timeZone).toBe('Europe/Berlin');
  });

  it('removes the EXDATE occurrence', () => {
    const ids = series(copies, ADA_GRACE_UID).map((copy) => copy.eventId);
    expect(ids).not.toContain(`${seriesIdOf(ADA_GRACE_UID)}_20261222T090000Z`);
    expect(startsOf(series(copies, ADA_GRACE_UID)).some((start) => start.startsWith('2026-12-22'))).toBe(false);
  });

  it('puts a moved instance at its new time, under the id of the slot it replaces', () => {
    const moved = copies.find((copy) => copy.eventId === `${seriesIdOf(ADA_GRACE_UID)}_20261110T090000Z`)!;
    expect(moved.event.summary).toBe('Mentoring: Ada / Grace (moved)');
    expect(moved.event.start).toEqual({ dateTime: '2026-11-12T15:00:00+01:00', timeZone: 'Europe/Berlin' });
    expect(moved.event.end).toEqual({ dateTime: '2026-11-12T16:00:00+01:00', timeZone: 'Europe/Berlin' });
    expect(moved.event.originalStartTime).toEqual({ dateTime: '2026-11-10T10:00:00+01:00', timeZone: 'Europe/Berlin' });
    expect(moved.event.recurringEventId).toBe(seriesIdOf(ADA_GRACE_UID));
    expect(moved.seriesId).toBe(seriesIdOf(ADA_GRACE_UID));
    expect(startsOf(series(copies, ADA_GRACE_UID))).not.toContain('2026-11-10T10:00:00+01:00');
  });

  it('keeps a cancelled instance with status cancelled', () => {
    const cancelled = copies.find((copy) => copy.eventId === `${seriesIdOf(ADA_GRACE_UID)}_20270119T090000Z`)!;
    expect(cancelled.event.status).toBe('cancelled');
    const others = series(copies, ADA_GRACE_UID).filter((copy) => copy !== cancelled);
    expect(others.every((copy) => copy.event.status === 'confirmed')).toBe(true);
  });

  it('expands a monthly BYDAY=1TH rule up to UNTIL, cut at the window start', () => {
    const circle = series(copies, CIRCLE_UID);
    expect(circle).toHaveLength(10);
    expect(startsOf(circle)[0]).toBe('2026-06-04T17:00:00+02:00');
    expect(startsOf(circle).at(-1)).toBe('2027-03-04T17:00:00+01:00');
    expect(circle.every((copy) => new Date(copy.event.start!.dateTime!).getUTCDay() === 4)).toBe(true);
  });

  it('maps an all-day event to dates with an exclusive end, as Google does', () => {
    const [review] = bySummary(copies, 'Mentoring programme mid-year review');
    expect(review!.allDay).toBe(true);
    expect(review!.event.start).toEqual({ date: '2026-12-01' });
    expect(review!.event.end).toEqual({ date: '2026-12-02' });
    expect(review!.eventId).toBe(seriesIdOf('1a2b3c4d5e6f7g8h9i0jallday@google.com'));
    expect(review!.event.recurringEventId).toBeUndefined();
  });

  it('imports a lone instance of someone else’s series as an instance of that series', () => {
    const [standUp] = bySummary(copies, 'Team stand-up (guest)');
    const seriesId = seriesIdOf('8s1ngl31nst4nc3@google.com');
    expect(standUp!.eventId).toBe(`${seriesId}_20261208T080000Z`);
    expect(standUp!.event.recurringEventId).toBe(seriesId);
    expect(standUp!.event.iCalUID).toBe('8s1ngl31nst4nc3@google.com');
  });

  it('counts only the instances inside a narrower window', () => {
    const narrow = convert('google-export.ics', { syncWindow: { daysBack: 1, daysAhead: 30 } });
    expect(startsOf(narrow.copies).sort()).toEqual([
      '2026-11-24T10:00:00+01:00',
      '2026-12-01',
      '2026-12-03T14:00:00Z',
      '2026-12-03T17:00:00+01:00',
      '2026-12-08T09:00:00+01:00',
      '2026-12-08T10:00:00+01:00',
    ]);
  });

  it('includes an instance moved into the window from a slot outside it, and drops one moved out', () => {
    const movedIn = convert('google-export.ics', { syncWindow: { daysBack: 10, daysAhead: 5 } });
    expect(startsOf(series(movedIn.copies, ADA_GRACE_UID))).toEqual(['2026-11-12T15:00:00+01:00', '2026-11-24T10:00:00+01:00']);

    const movedOut = convert('google-export.ics', { now: Date.parse('2026-11-10T12:00:00Z'), syncWindow: { daysBack: 1, daysAhead: 1 } });
    expect(series(movedOut.copies, ADA_GRACE_UID)).toEqual([]);
  });
});

describe('expanding an Outlook export', () => {
  const { copies, skipped } = convert('outlook-export.ics');

  it('expands a weekly rule with UNTIL and two EXDATEs in a Windows-named zone', () => {
    expect(skipped).toEqual([]);
    const circle = series(copies, OUTLOOK_CIRCLE_UID);
    expect(circle).toHaveLength(11);
    const starts = startsOf(circle);
    expect(starts[0]).toBe('2026-11-05T16:00:00+01:00');
    expect(starts.at(-1)).toBe('2027-01-28T16:00:00+01:00');
    expect(starts.filter((start) => start.startsWith('2026-12-24') || start.startsWith('2026-12-31'))).toEqual([]);
    // The zone is exact (from its VTIMEZONE) but its Windows name is no IANA name, so it is not passed on.
    expect(circle[0]!.event.start?.timeZone).toBeUndefined();
  });

  it('applies the override that moves one Thursday to Friday morning', () => {
    const moved = series(copies, OUTLOOK_CIRCLE_UID).find((copy) => copy.event.start?.dateTime?.startsWith('2026-12-11'))!;
    expect(moved.event.start?.dateTime).toBe('2026-12-11T09:00:00+01:00');
    expect(moved.event.originalStartTime?.dateTime).toBe('2026-12-10T16:00:00+01:00');
    expect(moved.event.description).toContain('board meeting');
    expect(startsOf(series(copies, OUTLOOK_CIRCLE_UID))).not.toContain('2026-12-10T16:00:00+01:00');
  });

  it('follows the US DST change through the file’s own VTIMEZONE', () => {
    const checkIns = bySummary(copies, 'Mentor check-in (NYC)');
    expect(startsOf(checkIns)).toEqual([
      '2026-10-20T09:00:00-04:00',
      '2026-11-17T09:00:00-05:00',
      '2026-12-15T09:00:00-05:00',
      '2027-01-19T09:00:00-05:00',
    ]);
  });

  it('reads a multi-day all-day event and a floating time in the user’s zone', () => {
    const [retreat] = bySummary(copies, 'Offsite – mentoring retreat');
    expect(retreat!.event.start).toEqual({ date: '2027-03-15' });
    expect(retreat!.event.end).toEqual({ date: '2027-03-17' });
    expect(retreat!.endMs - retreat!.startMs).toBe(2 * 86_400_000);

    const [journaling] = bySummary(copies, 'Journaling hour');
    expect(journaling!.event.start).toEqual({ dateTime: '2026-12-07T08:00:00-05:00', timeZone: 'America/New_York' });
    const inBerlin = bySummary(convert('outlook-export.ics', { userTimeZone: 'Europe/Berlin' }).copies, 'Journaling hour')[0]!;
    expect(inBerlin.event.start?.dateTime).toBe('2026-12-07T08:00:00+01:00');
    expect(inBerlin.eventId).toBe(journaling!.eventId);
  });
});

describe('time zones the file does not define', () => {
  it('resolves an IANA TZID without VTIMEZONE through the runtime, DST and a UTC EXDATE included', () => {
    const { copies } = convert('zone-edge-cases.ics');
    expect(startsOf(bySummary(copies, 'Coaching (zone named, not defined)'))).toEqual([
      '2026-10-19T09:00:00-04:00',
      '2026-11-02T09:00:00-05:00',
      '2026-11-09T09:00:00-05:00',
    ]);
  });

  it('reads floating times in the calendar’s X-WR-TIMEZONE when it names one', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'X-WR-TIMEZONE:Asia/Tokyo',
      'BEGIN:VEVENT',
      'UID:floating-weekly@example.org',
      'DTSTART:20261201T090000',
      'DTEND:20261201T100000',
      'RRULE:FREQ=WEEKLY;COUNT=2',
      'SUMMARY:Tokyo mentoring',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { copies } = convertIcsText(text, 'ics:tokyo.ics', { source: 'ics-file', now: NOW, syncWindow: DEFAULT_WINDOW, userTimeZone: 'Europe/Berlin' });
    expect(startsOf(copies)).toEqual(['2026-12-01T09:00:00+09:00', '2026-12-08T09:00:00+09:00']);
    // Floating instances are named by their wall-clock time, so ids do not depend on where the user is.
    expect(copies[0]!.eventId).toBe(`${seriesIdOf('floating-weekly@example.org')}_20261201T090000`);
  });
});

describe('a broken override', () => {
  it('loses only its own occurrence, with the reason', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:weekly@example.org',
      'DTSTART:20261201T100000Z',
      'DTEND:20261201T110000Z',
      'RRULE:FREQ=WEEKLY;COUNT=3',
      'SUMMARY:Weekly mentoring',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:weekly@example.org',
      'RECURRENCE-ID:20261208T100000Z',
      'DTSTART:20261208T120000Z',
      'DTEND:20261208T113000Z',
      'SUMMARY:Weekly mentoring',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { copies, skipped } = convertIcsText(text, 'ics:w.ics', { source: 'ics-file', now: NOW, syncWindow: DEFAULT_WINDOW });
    expect(startsOf(copies)).toEqual(['2026-12-01T10:00:00Z', '2026-12-15T10:00:00Z']);
    expect(skipped).toEqual([
      {
        eventId: 'weekly@example.org',
        reason:
          '"Weekly mentoring" (UID weekly@example.org) (occurrence of 2026-12-08T10:00:00Z): it ends before it starts (DTEND is before DTSTART)',
      },
    ]);
  });
});

describe('event ids', () => {
  it('are the same on every import of the same file', () => {
    const first = convert('google-export.ics').copies.map((copy) => copy.key);
    const second = convert('google-export.ics', { userTimeZone: 'Asia/Kolkata' }).copies.map((copy) => copy.key);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});

import { describe, expect, it } from 'vitest';
import { convertIcsText } from '../../../lib/calendar/ics/ics-convert';
import { IcsFormatError, readIcs } from '../../../lib/calendar/ics/ics-reader';
import { convert, DEFAULT_WINDOW, fixture, NOW } from './support';

function formatError(text: string): string {
  try {
    readIcs(text);
  } catch (error) {
    expect(error).toBeInstanceOf(IcsFormatError);
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
}

describe('files that are not usable calendars', () => {
  it('refuses an empty file', () => {
    expect(formatError('')).toBe('The file is empty.');
    expect(formatError('\uFEFF \r\n\r\n')).toBe('The file is empty.');
  });

  it('refuses a web page saved as .ics (a login page instead of the calendar)', () => {
    expect(formatError(fixture('not-a-calendar.ics'))).toBe('This is not an iCalendar file: it does not begin with BEGIN:VCALENDAR.');
  });

  it('refuses a vCard', () => {
    expect(formatError('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada\r\nEND:VCARD\r\n')).toMatch(/does not begin with BEGIN:VCALENDAR/);
  });

  it('refuses a download cut off in the middle, rather than importing half a calendar', () => {
    expect(formatError(fixture('truncated-download.ics'))).toBe(
      'The file ends inside BEGIN:VCALENDAR from line 1: it is incomplete (perhaps cut off while downloading).',
    );
    expect(formatError('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261201T100000Z\r\n')).toMatch(
      /ends inside BEGIN:VEVENT from line 2/,
    );
  });

  it('names the line where BEGIN and END do not match', () => {
    const text = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n';
    expect(formatError(text)).toBe('Line 4: END:VTODO does not close BEGIN:VEVENT from line 2.');
  });

  it('names content outside the calendar', () => {
    expect(formatError('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n<html>')).toBe('Line 3 lies outside BEGIN:VCALENDAR … END:VCALENDAR.');
  });

  it('accepts LF line endings, a byte-order mark and a calendar without events', () => {
    const calendar = readIcs('\uFEFFBEGIN:VCALENDAR\nVERSION:2.0\nX-WR-CALNAME:Empty\nEND:VCALENDAR\n');
    expect(calendar.name).toBe('Empty');
    expect(calendar.events).toEqual([]);
  });
});

describe('a calendar with some broken events', () => {
  const { copies, skipped } = convert('malformed-events.ics');

  it('imports the sound events', () => {
    expect(copies.map((copy) => copy.event.summary).sort()).toEqual(['Mentoring sync (fine)', 'No UID but otherwise fine']);
    const [noUid] = copies.filter((copy) => copy.event.summary === 'No UID but otherwise fine');
    expect(noUid!.endMs - noUid!.startMs).toBe(45 * 60_000);
  });

  it('skips each broken event with a reason naming it and what is wrong', () => {
    expect(skipped).toHaveLength(4);
    const reasonFor = (uid: string) => skipped.find((skip) => skip.eventId === uid)?.reason;
    expect(reasonFor('no-start@example.org')).toBe('"Lost its start" (UID no-start@example.org): has no start (DTSTART)');
    expect(reasonFor('bad-rule@example.org')).toMatch(/^Event "Impossible rule" at line 18 could not be read: invalid frequency "FORTNIGHTLY"/);
    expect(reasonFor('bad-date@example.org')).toBe(
      '"Month thirteen" (UID bad-date@example.org): DTSTART "2026-13-45T10:00:00Z" is not a valid date',
    );
    expect(reasonFor('backwards@example.org')).toBe(
      '"Ends before it starts" (UID backwards@example.org): it ends before it starts (DTEND is before DTSTART)',
    );
  });

  it('gives the event without UID the same id on every import', () => {
    const again = convert('malformed-events.ics').copies.map((copy) => copy.eventId);
    expect(again).toEqual(copies.map((copy) => copy.eventId));
  });
});

describe('runaway rules', () => {
  it('keeps at most 1000 instances of a minutely series and says so', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:every-minute@example.org',
      'DTSTART:20261121T000000Z',
      'DURATION:PT1M',
      'RRULE:FREQ=MINUTELY',
      'SUMMARY:Spam',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { copies, skipped } = convertIcsText(text, 'ics:spam.ics', { source: 'ics-file', now: NOW, syncWindow: DEFAULT_WINDOW });
    expect(copies).toHaveLength(1_000);
    expect(skipped).toEqual([
      { eventId: 'every-minute@example.org', reason: '"Spam" (UID every-minute@example.org): only the first 1000 occurrences in the window were kept' },
    ]);
  });

  it('refuses a rule that would need too many steps to reach the window, keeping the other events', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:since-2020@example.org',
      'DTSTART:20200101T000000Z',
      'RRULE:FREQ=MINUTELY;INTERVAL=5',
      'SUMMARY:Ancient ticker',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:fine@example.org',
      'DTSTART:20261201T100000Z',
      'SUMMARY:Fine',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { copies, skipped } = convertIcsText(text, 'ics:x.ics', { source: 'ics-file', now: NOW, syncWindow: DEFAULT_WINDOW });
    expect(copies.map((copy) => copy.event.summary)).toEqual(['Fine']);
    expect(skipped).toEqual([
      {
        eventId: 'since-2020@example.org',
        reason: '"Ancient ticker" (UID since-2020@example.org): its recurrence rule needs more than 20000 steps; it was not imported',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { compactUtc, isKnownTimeZone, isoWithOffset, wallClockToUtc } from '../../../lib/calendar/ics/zone-math';

const wall = (text: string) => {
  const [date, time] = text.split('T');
  const [year, month, day] = date!.split('-').map(Number);
  const [hour, minute, second] = time!.split(':').map(Number);
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
};
const utc = (text: string, zone: string) => new Date(wallClockToUtc(wall(text), zone).utcMs).toISOString();

describe('wall clock to UTC', () => {
  it('uses the offset in force on that day', () => {
    expect(utc('2026-07-01T09:00:00', 'Europe/Berlin')).toBe('2026-07-01T07:00:00.000Z');
    expect(utc('2026-12-01T09:00:00', 'Europe/Berlin')).toBe('2026-12-01T08:00:00.000Z');
    expect(utc('2026-12-01T09:00:00', 'Asia/Kolkata')).toBe('2026-12-01T03:30:00.000Z');
  });

  it('moves a time skipped by the spring change to just after the gap', () => {
    expect(utc('2027-03-14T02:30:00', 'America/New_York')).toBe('2027-03-14T07:30:00.000Z');
    expect(isoWithOffset(Date.parse('2027-03-14T07:30:00Z'), wallClockToUtc(wall('2027-03-14T02:30:00'), 'America/New_York').offsetMs)).toBe(
      '2027-03-14T03:30:00-04:00',
    );
  });

  it('takes the first of a time shown twice in autumn', () => {
    expect(utc('2026-11-01T01:30:00', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
  });
});

describe('formatting', () => {
  it('writes the instant in its own offset, Z at zero', () => {
    expect(isoWithOffset(Date.parse('2026-12-01T08:00:00Z'), 3_600_000)).toBe('2026-12-01T09:00:00+01:00');
    expect(isoWithOffset(Date.parse('2026-12-01T08:00:00Z'), -(3 * 60 + 30) * 60_000)).toBe('2026-12-01T04:30:00-03:30');
    expect(isoWithOffset(Date.parse('2026-12-01T08:00:00Z'), 0)).toBe('2026-12-01T08:00:00Z');
    expect(compactUtc(Date.parse('2026-12-01T08:00:00Z'))).toBe('20261201T080000Z');
  });

  it('knows IANA names and refuses Windows names', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('W. Europe Standard Time')).toBe(false);
    expect(isKnownTimeZone(undefined)).toBe(false);
  });
});

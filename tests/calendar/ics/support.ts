import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { convertIcsText, type ConvertOptions } from '../../../lib/calendar/ics/ics-convert';
import type { CalendarEventCopy } from '../../../lib/model';

/** "Today" in every ICS test: the window is 2026-05-25T12:00Z … 2027-11-21T12:00Z with the default settings. */
export const NOW = Date.parse('2026-11-21T12:00:00Z');
export const DEFAULT_WINDOW = { daysBack: 180, daysAhead: 365 };

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/ics/${name}`, import.meta.url)), 'utf8');
}

export function convert(name: string, options: Partial<ConvertOptions> = {}) {
  return convertIcsText(fixture(name), `ics:${name}`, {
    source: 'ics-file',
    now: NOW,
    syncWindow: DEFAULT_WINDOW,
    userTimeZone: 'America/New_York',
    ...options,
  });
}

export function bySummary(copies: readonly CalendarEventCopy[], summary: string): CalendarEventCopy[] {
  return copies.filter((copy) => copy.event.summary === summary).sort((a, b) => a.startMs - b.startMs);
}

export function startsOf(copies: readonly CalendarEventCopy[]): string[] {
  return copies.map((copy) => copy.event.start?.dateTime ?? copy.event.start?.date ?? '');
}

/**
 * 20 daily mentoring series with 8,000-character descriptions, starting at the window's first day:
 * about 170 KB of text that expands to some 11,000 occurrences, over 90 MB as one JSON reply.
 */
export function manyLongDailySeries(firstDay = NOW - 180 * 86_400_000): string {
  const stamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
  const fold = (line: string) => line.match(/.{1,74}/g)!.join('\r\n ');
  const events = Array.from({ length: 20 }, (_, index) => [
    'BEGIN:VEVENT',
    `UID:daily-${index}@example.org`,
    `DTSTAMP:${stamp(NOW)}`,
    `DTSTART:${stamp(firstDay + index * 1_800_000)}`,
    `DTEND:${stamp(firstDay + index * 1_800_000 + 1_500_000)}`,
    'RRULE:FREQ=DAILY',
    `SUMMARY:Mentoring stand-up ${index + 1}`,
    fold(`DESCRIPTION:${`Agenda ${index + 1}: `.padEnd(8_000, 'lorem ipsum dolor sit amet ')}`),
    'END:VEVENT',
  ]);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Example//EN', 'X-WR-CALNAME:Daily mentoring', ...events.flat(), 'END:VCALENDAR', ''].join('\r\n');
}

/** A calendar in Europe/Berlin with one event in a time zone no runtime knows, starting at `marsStart` (wall clock). */
export function unknownZoneCalendar(marsStart: string, moreEvents: string[] = []): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Example//EN',
    'X-WR-TIMEZONE:Europe/Berlin',
    'BEGIN:VEVENT',
    'UID:olympus-1@example.org',
    'DTSTAMP:20261101T000000Z',
    `DTSTART;TZID=Mars/Olympus_Mons:${marsStart}`,
    'SUMMARY:Mentoring from orbit',
    'END:VEVENT',
    ...moreEvents,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MentoringDatabase } from '../../../lib/db/database';
import { convertIcsText, type ConvertOptions } from '../../../lib/calendar/ics/ics-convert';
import type { CalendarEventCopy } from '../../../lib/model';

/** "Today" in every ICS test: the window is 2026-05-25T12:00Z … 2027-11-21T12:00Z with the default settings. */
export const NOW = Date.parse('2026-11-21T12:00:00Z');
export const DEFAULT_WINDOW = { daysBack: 180, daysAhead: 365 };

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/ics/${name}`, import.meta.url)), 'utf8');
}

export function freshDb(): MentoringDatabase {
  return new MentoringDatabase(`ics-${crypto.randomUUID()}`);
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

import { MentoringDatabase } from '../../../../lib/db/database';
import { createCalendarClient, type CalendarClient } from '../../../../lib/calendar/google/client';
import { listCalendarEvents } from '../../../../lib/calendar/sync/event-store';
import type { FakeCalendarApi } from './fake-calendar-api';

/** Backoff pauses are recorded, not waited: tests stay fast and can check the delays. */
export function fastBackoff(pauses: number[] = []) {
  return {
    maxAttempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 1_000,
    random: () => 0.5,
    sleep: async (ms: number) => {
      pauses.push(ms);
    },
  };
}

export function clientFor(api: FakeCalendarApi, options: { pauses?: number[]; renewals?: string[] } = {}): CalendarClient {
  return createCalendarClient({
    baseUrl: api.baseUrl,
    fetch: api.fetch,
    backoff: fastBackoff(options.pauses),
    tokens: {
      getToken: async () => 'token-1',
      renewToken: async (stale) => {
        options.renewals?.push(stale);
        return 'token-1';
      },
    },
  });
}

/** The local copies of a calendar as `id → summary`, to compare with the server's live events. */
export async function localSummaries(db: MentoringDatabase, calendarKey = 'google:primary'): Promise<Record<string, string | undefined>> {
  const copies = await listCalendarEvents(calendarKey, db);
  return Object.fromEntries(copies.map((copy) => [copy.eventId, copy.event.summary]).sort());
}

export function serverSummaries(api: FakeCalendarApi, calendarId = 'primary'): Record<string, string | undefined> {
  return Object.fromEntries(
    api
      .liveEvents(calendarId)
      .map((event) => [event.id, event.summary as string | undefined])
      .sort(),
  );
}

export const WINDOW = { daysBack: 180, daysAhead: 365 };
export const NOW = () => new Date('2026-11-21T08:00:00.000Z');

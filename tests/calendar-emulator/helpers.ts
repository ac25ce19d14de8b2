import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../tools/calendar-emulator/index';
import type { EmulatorData } from '../../tools/calendar-emulator/types';

/** JSON read back from the emulator over HTTP: each test asserts the shape it expects of it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped on purpose, see above
export type Json = any;

/** A fixed "now" so relative data files resolve to the same instants in every run. */
export const FIXED_NOW = '2025-03-12T12:00:00Z';

export interface TestEmulator extends RunningEmulator {
  token: string;
  /** GET on the plain-HTTP port with the test token; returns status and parsed JSON. */
  get(path: string, params?: Record<string, string | string[]>, token?: string): Promise<{ status: number; body: Json; headers: Headers }>;
}

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ httpsPort: false, now: FIXED_NOW, ...options });
  const token = emulator.control.issueToken().access_token;
  return {
    ...emulator,
    token,
    async get(path, params = {}, bearer = token) {
      const url = new URL(path, emulator.url);
      for (const [name, value] of Object.entries(params)) {
        for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, item);
      }
      const response = await fetch(url, { headers: { authorization: `Bearer ${bearer}` } });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
    },
  };
}

export const eventsPath = (calendarId: string) => `/calendar/v3/calendars/${encodeURIComponent(calendarId)}/events`;

/** Follows nextPageToken to the end; returns every item and the final nextSyncToken. */
export async function listAll(emulator: TestEmulator, calendarId: string, params: Record<string, string>) {
  const items: Json[] = [];
  let pageToken: string | undefined;
  let pages = 0;
  for (;;) {
    const { status, body } = await emulator.get(eventsPath(calendarId), { ...params, ...(pageToken ? { pageToken } : {}) });
    if (status !== 200) throw new Error(`HTTP ${status}: ${JSON.stringify(body)}`);
    items.push(...body.items);
    pages += 1;
    if (body.nextPageToken) {
      if (body.nextSyncToken) throw new Error('a page carried both nextPageToken and nextSyncToken');
      pageToken = body.nextPageToken;
      continue;
    }
    return { items, nextSyncToken: body.nextSyncToken as string, pages };
  }
}

export const CALENDAR = 'tester@corp.example';

/** Small calendar with hand-checked times (Europe/Berlin is UTC+1 in early March 2025). */
export function semanticsFixture(): EmulatorData {
  const timed = (start: string, end: string) => ({ start: { dateTime: start }, end: { dateTime: end } });
  return {
    calendars: [
      { id: CALENDAR, summary: CALENDAR, timeZone: 'Europe/Berlin', primary: true },
      { id: 'team#shared@group.calendar.google.com', summary: 'Shared', timeZone: 'Europe/Berlin', accessRole: 'reader' },
    ],
    events: {
      [CALENDAR]: [
        { id: 'timed1000', summary: 'Design review', ...timed('2025-03-10T10:00:00Z', '2025-03-10T11:00:00Z') },
        { id: 'allday0310', summary: 'Offsite', start: { date: '2025-03-10' }, end: { date: '2025-03-11' } },
        {
          id: 'mentorseries',
          summary: 'Mentoring: Ana / Jordan',
          description: 'Fortnightly mentoring',
          attendees: [{ email: 'ana.silva@corp.example', displayName: 'Ana Silva' }],
          start: { dateTime: '2025-03-03T09:00:00+01:00', timeZone: 'Europe/Berlin' },
          end: { dateTime: '2025-03-03T09:30:00+01:00', timeZone: 'Europe/Berlin' },
          recurrence: ['RRULE:FREQ=WEEKLY;COUNT=4'],
        },
        { recurringEventId: 'mentorseries', originalStartTime: { dateTime: '2025-03-10T09:00:00+01:00', timeZone: 'Europe/Berlin' }, status: 'cancelled' },
        {
          recurringEventId: 'mentorseries',
          // Same instant as the occurrence, written differently: overrides match by instant.
          originalStartTime: { dateTime: '2025-03-17T08:00:00Z', timeZone: 'Europe/Berlin' },
          start: { dateTime: '2025-03-18T15:00:00+01:00', timeZone: 'Europe/Berlin' },
          end: { dateTime: '2025-03-18T15:30:00+01:00', timeZone: 'Europe/Berlin' },
        },
        { id: 'deletedsingle', summary: 'Cancelled lunch', status: 'cancelled', ...timed('2025-03-11T12:00:00Z', '2025-03-11T13:00:00Z') },
        { id: 'standup0311', summary: 'Standup', ...timed('2025-03-11T08:00:00Z', '2025-03-11T08:15:00Z') },
      ],
      'team#shared@group.calendar.google.com': [{ id: 'sharedone', summary: 'Programme kick-off', ...timed('2025-03-12T14:00:00Z', '2025-03-12T15:00:00Z') }],
    },
  };
}

// @vitest-environment node
/**
 * Contract test: Google's official client library, pointed at the emulator over HTTPS, sees what
 * it would see from www.googleapis.com, including the exact errors it would raise.
 */
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { auth, calendar, type calendar_v3 } from '@googleapis/calendar';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../tools/calendar-emulator/index';
import { FIXED_NOW } from './helpers';

const ME = 'jordan.lee@corp.example';
const EVENTS_READONLY = 'https://www.googleapis.com/auth/calendar.events.readonly';

let emulator: RunningEmulator;
let agent: https.Agent;

function fixture() {
  return {
    calendars: [
      { id: ME, summary: ME, timeZone: 'Europe/London', primary: true },
      { id: 'c_programme@group.calendar.google.com', summary: 'Mentoring Programme', timeZone: 'Europe/London', accessRole: 'reader' as const },
      { id: 'en.uk#holiday@group.v.calendar.google.com', summary: 'Holidays in United Kingdom', timeZone: 'Europe/London', accessRole: 'reader' as const },
    ],
    events: {
      [ME]: [
        {
          id: 'anajordan',
          summary: 'Mentoring 1:1 — Ana Silva / Jordan Lee',
          hangoutLink: 'https://meet.google.com/abc-defg-hij',
          start: { dateTime: '@-8w tue 10:00', timeZone: 'Europe/London' },
          end: { dateTime: '@-8w tue 10:45', timeZone: 'Europe/London' },
          recurrence: ['RRULE:FREQ=WEEKLY;COUNT=10'],
        },
      ],
    },
  };
}

function clientWith(accessToken: string): calendar_v3.Calendar {
  const oauth = new auth.OAuth2();
  oauth.setCredentials({ access_token: accessToken });
  // The agent trusts exactly the emulator's self-signed certificate: TLS stays verified.
  return calendar({ version: 'v3', auth: oauth, rootUrl: `${emulator.httpsUrl}/`, agent, retry: false });
}

/** Google's error body (https://developers.google.com/workspace/calendar/api/guides/errors). */
interface GoogleErrorBody {
  error: { code: number; message: string; status?: string; errors: { reason: string; domain?: string; message?: string }[] };
}

/** What the client library throws: a GaxiosError carrying the HTTP response. */
async function failure(promise: Promise<unknown>): Promise<{ name: string; status?: number; response?: { status: number; data: GoogleErrorBody } }> {
  try {
    await promise;
  } catch (error) {
    return { name: (error as Error).constructor.name, ...(error as object) } as never;
  }
  throw new Error('expected the call to fail');
}

async function fullSync(client: calendar_v3.Calendar, pageSize: number) {
  const items: calendar_v3.Schema$Event[] = [];
  let pageToken: string | undefined;
  for (;;) {
    const { data } = await client.events.list({ calendarId: 'primary', singleEvents: true, maxResults: pageSize, pageToken });
    items.push(...(data.items ?? []));
    if (!data.nextPageToken) return { items, nextSyncToken: data.nextSyncToken };
    expect(data.nextSyncToken).toBeUndefined();
    pageToken = data.nextPageToken;
  }
}

beforeAll(async () => {
  emulator = await startEmulator({ data: fixture(), now: FIXED_NOW });
  agent = new https.Agent({ ca: emulator.certificatePem ?? '' });
});
afterAll(async () => {
  agent.destroy();
  await emulator.close();
});
beforeEach(() => {
  emulator.control.load(fixture(), { now: FIXED_NOW });
  emulator.control.generate({ calendarId: ME, count: 57, seed: 11, startFrom: '2025-02-03' });
  emulator.control.clearRequestLog();
});

describe('HTTPS', () => {
  it('serves a certificate for the Google hosts the extension is redirected from', async () => {
    const certificate = await new Promise<ReturnType<TLSSocket['getPeerCertificate']>>((resolve, reject) => {
      const request = https.get(`${emulator.httpsUrl}/__control/health`, { agent: new https.Agent({ ca: emulator.certificatePem ?? '' }) }, (response) => {
        resolve((response.socket as TLSSocket).getPeerCertificate());
        response.resume();
      });
      request.on('error', reject);
    });
    expect(certificate.subject.CN).toBe('www.googleapis.com');
    for (const name of ['DNS:www.googleapis.com', 'DNS:accounts.google.com', 'DNS:oauth2.googleapis.com', 'DNS:localhost', 'IP Address:127.0.0.1']) {
      expect(certificate.subjectaltname).toContain(name);
    }
  });

  it('verifies as www.googleapis.com for a client that trusts the certificate, and only then', async () => {
    const connect = (servername: string, ca: string | undefined) =>
      new Promise<number | undefined>((resolve, reject) => {
        const options = { host: '127.0.0.1', port: emulator.httpsPort ?? 0, path: '/__control/health', servername, agent: false as const };
        const request = https.get(ca === undefined ? options : { ...options, ca }, (response) => {
          resolve(response.statusCode);
          response.resume();
        });
        request.on('error', reject);
      });
    expect(await connect('www.googleapis.com', emulator.certificatePem ?? '')).toBe(200);
    expect(await connect('accounts.google.com', emulator.certificatePem ?? '')).toBe(200);
    await expect(connect('www.googleapis.com', undefined)).rejects.toThrow(/self[- ]signed/i);
    await expect(connect('calendar.example.com', emulator.certificatePem ?? '')).rejects.toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  });
});

describe('events.list through @googleapis/calendar', () => {
  it('pages through a full sync that ends with nextSyncToken and matches the emulator', async () => {
    const client = clientWith(emulator.control.issueToken().access_token);
    const { items, nextSyncToken } = await fullSync(client, 20);
    expect(nextSyncToken).toEqual(expect.any(String));
    const expected = emulator.control.listEvents(ME).map((event) => event.id);
    expect(items.map((event) => event.id).sort()).toEqual([...expected].sort());
    expect(items.find((event) => event.id === 'anajordan_20250114T100000Z')).toMatchObject({
      kind: 'calendar#event',
      recurringEventId: 'anajordan',
      hangoutLink: 'https://meet.google.com/abc-defg-hij',
      start: { dateTime: '2025-01-14T10:00:00Z', timeZone: 'Europe/London' },
    });
  });

  it('syncs incrementally: sees an added, a moved and a cancelled event', async () => {
    const client = clientWith(emulator.control.issueToken().access_token);
    const { nextSyncToken } = await fullSync(client, 250);
    emulator.control.addEvent(ME, {
      id: 'elodieintro',
      summary: 'Intro: mentoring with Élodie Fournier',
      start: { dateTime: '2025-03-20T11:00:00Z' },
      end: { dateTime: '2025-03-20T11:30:00Z' },
    });
    emulator.control.moveEvent(ME, 'anajordan_20250311T100000Z', {
      start: { dateTime: '2025-03-12T14:00:00Z', timeZone: 'Europe/London' },
      end: { dateTime: '2025-03-12T14:45:00Z', timeZone: 'Europe/London' },
    });
    emulator.control.cancelEvent(ME, 'anajordan_20250318T100000Z');

    const { data } = await client.events.list({ calendarId: 'primary', singleEvents: true, syncToken: nextSyncToken ?? '' });
    expect(data.items?.map((event) => event.id)).toEqual(['elodieintro', 'anajordan_20250311T100000Z', 'anajordan_20250318T100000Z']);
    expect(data.items?.[1]?.start?.dateTime).toBe('2025-03-12T14:00:00Z');
    expect(data.items?.[2]).toEqual({
      kind: 'calendar#event',
      etag: expect.any(String),
      id: 'anajordan_20250318T100000Z',
      status: 'cancelled',
      recurringEventId: 'anajordan',
      originalStartTime: { dateTime: '2025-03-18T10:00:00Z', timeZone: 'Europe/London' },
    });
    expect(data.nextSyncToken).toEqual(expect.any(String));

    const incremental = emulator.control.requestLog().filter((entry) => 'syncToken' in entry.query);
    expect(incremental).toHaveLength(1);
    for (const name of ['timeMin', 'timeMax', 'orderBy', 'q', 'updatedMin', 'iCalUID']) expect(incremental[0]?.query).not.toHaveProperty(name);
  });

  it('gets 410 fullSyncRequired after the token is invalidated, exactly as from Google', async () => {
    const client = clientWith(emulator.control.issueToken().access_token);
    const { nextSyncToken } = await fullSync(client, 250);
    emulator.control.invalidateSyncTokens();
    const error = await failure(client.events.list({ calendarId: 'primary', singleEvents: true, syncToken: nextSyncToken ?? '' }));
    expect(error.name).toBe('GaxiosError');
    expect(error.status).toBe(410);
    expect(error.response?.data).toEqual({
      error: {
        errors: [{ domain: 'calendar', reason: 'fullSyncRequired', message: 'Sync token is no longer valid, a full sync is required.' }],
        code: 410,
        message: 'Sync token is no longer valid, a full sync is required.',
      },
    });
  });

  it('gets 401 authError for a token the server does not know', async () => {
    const error = await failure(clientWith('ya29.revoked-or-made-up').events.list({ calendarId: 'primary' }));
    expect(error.status).toBe(401);
    expect(error.response?.data.error).toMatchObject({ code: 401, status: 'UNAUTHENTICATED', errors: [{ reason: 'authError', domain: 'global' }] });
  });

  it('gets 403 rateLimitExceeded from an injected fault, then succeeds', async () => {
    const client = clientWith(emulator.control.issueToken().access_token);
    emulator.control.injectFault({ kind: 'error', status: 403, reason: 'rateLimitExceeded' });
    const error = await failure(client.events.list({ calendarId: 'primary' }));
    expect(error.status).toBe(403);
    expect(error.response?.data.error.errors).toEqual([{ domain: 'usageLimits', reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' }]);
    expect((await client.events.list({ calendarId: 'primary' })).status).toBe(200);
  });

  it('recovers from one 503 through the client library’s own retry (gaxios defaults)', async () => {
    const oauth = new auth.OAuth2();
    oauth.setCredentials({ access_token: emulator.control.issueToken().access_token });
    const retrying = calendar({ version: 'v3', auth: oauth, rootUrl: `${emulator.httpsUrl}/`, agent });
    emulator.control.injectFault({ kind: 'error', status: 503 });
    expect((await retrying.events.list({ calendarId: 'primary', maxResults: 5 })).status).toBe(200);
    expect(emulator.control.requestLog().map((entry) => entry.status)).toEqual([503, 200]);
  });

  it('refuses orderBy=startTime without singleEvents', async () => {
    const client = clientWith(emulator.control.issueToken().access_token);
    const error = await failure(client.events.list({ calendarId: 'primary', orderBy: 'startTime' }));
    expect(error.status).toBe(400);
  });
});

describe('calendarList.list through @googleapis/calendar', () => {
  it('lists and pages the calendars with a calendar.readonly token', async () => {
    const client = clientWith(emulator.control.issueToken().access_token);
    const first = await client.calendarList.list({ maxResults: 2 });
    expect(first.data.items?.map((entry) => entry.id)).toEqual([ME, 'c_programme@group.calendar.google.com']);
    expect(first.data.items?.[0]).toMatchObject({ kind: 'calendar#calendarListEntry', primary: true, accessRole: 'owner', timeZone: 'Europe/London', backgroundColor: expect.any(String) });
    const second = await client.calendarList.list({ maxResults: 2, pageToken: first.data.nextPageToken ?? '' });
    expect(second.data.items?.map((entry) => entry.id)).toEqual(['en.uk#holiday@group.v.calendar.google.com']);
    expect(second.data.nextPageToken).toBeUndefined();
    const holidays = await client.events.list({ calendarId: 'en.uk#holiday@group.v.calendar.google.com' });
    expect(holidays.data.summary).toBe('Holidays in United Kingdom');
  });

  it('is forbidden with only calendar.events.readonly, as at Google', async () => {
    const client = clientWith(emulator.control.issueToken({ scopes: [EVENTS_READONLY] }).access_token);
    const error = await failure(client.calendarList.list());
    expect(error.status).toBe(403);
    expect(error.response?.data.error.errors[0]?.reason).toBe('insufficientPermissions');
    expect((await client.events.list({ calendarId: 'primary' })).status).toBe(200);
  });
});

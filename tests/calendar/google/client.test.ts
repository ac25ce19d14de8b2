import { describe, expect, it } from 'vitest';
import { backoffDelay, withBackoff } from '../../../lib/calendar/google/backoff';
import { createCalendarClient, type TokenSource } from '../../../lib/calendar/google/client';
import { CALENDAR_API_BASE_URL, REQUEST_TIMEOUT_MS } from '../../../lib/calendar/google/config';
import { GoogleApiError, errorFromResponse } from '../../../lib/calendar/google/errors';
import { json } from './support/fake-calendar-api';
import { fastBackoff } from './support/environment';

type Handler = (url: URL, init: RequestInit) => Response | Promise<Response>;

function scripted(...handlers: Handler[]) {
  const calls: { url: URL; init: RequestInit }[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    calls.push({ url, init });
    const handler = handlers.shift();
    if (!handler) throw new Error(`unexpected request ${url}`);
    return handler(url, init);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const okPage = () => json(200, { items: [], nextSyncToken: 'sync-1' });
const error = (status: number, reason?: string) => json(status, { error: { code: status, message: `status ${status}`, errors: reason ? [{ reason }] : [] } });

function client(fetch: typeof globalThis.fetch, pauses: number[] = [], tokens: TokenSource = { getToken: async () => 'token-1', renewToken: async () => 'token-2' }) {
  return createCalendarClient({ fetch, tokens, backoff: fastBackoff(pauses) });
}

describe('the Calendar API client', () => {
  it('calls Google with the bearer token, a timeout below MV3’s 30 s and the full-sync query', async () => {
    const { fetch, calls } = scripted(okPage);
    const page = await client(fetch).listEvents('team@group.calendar.google.com', { timeMin: '2026-05-25T08:00:00.000Z', timeMax: '2027-11-21T08:00:00.000Z' });
    expect(page).toEqual({ items: [], nextSyncToken: 'sync-1' });
    const { url, init } = calls[0]!;
    expect(`${url.origin}${url.pathname}`).toBe(`${CALENDAR_API_BASE_URL}/calendars/team%40group.calendar.google.com/events`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      singleEvents: 'true',
      maxResults: '2500',
      timeMin: '2026-05-25T08:00:00.000Z',
      timeMax: '2027-11-21T08:00:00.000Z',
    });
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer token-1');
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(REQUEST_TIMEOUT_MS).toBeLessThan(30_000);
  });

  it('sends nothing but the sync token (and page token) on an incremental sync', async () => {
    const { fetch, calls } = scripted(okPage);
    await client(fetch).listEvents('primary', { syncToken: 'sync-0', pageToken: 'page-2' });
    expect(Object.fromEntries(calls[0]!.url.searchParams)).toEqual({ singleEvents: 'true', maxResults: '2500', syncToken: 'sync-0', pageToken: 'page-2' });
  });

  it('on 401 drops the token, gets a fresh one and retries once', async () => {
    const renewed: string[] = [];
    const { fetch, calls } = scripted(() => error(401), okPage);
    await client(fetch, [], { getToken: async () => 'stale', renewToken: async (stale) => (renewed.push(stale), 'fresh') }).listEvents('primary', { syncToken: 's' });
    expect(renewed).toEqual(['stale']);
    expect(new Headers(calls[1]!.init.headers).get('authorization')).toBe('Bearer fresh');
  });

  it('stops after the one retry when the fresh token is refused too', async () => {
    const { fetch, calls } = scripted(() => error(401), () => error(401));
    await expect(client(fetch).listEvents('primary', { syncToken: 's' })).rejects.toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(calls).toHaveLength(2);
  });

  it.each([
    ['403 rateLimitExceeded', () => error(403, 'rateLimitExceeded')],
    ['403 userRateLimitExceeded', () => error(403, 'userRateLimitExceeded')],
    ['429', () => error(429)],
    ['500', () => error(500)],
    ['503', () => error(503)],
    ['a dropped connection', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['a timeout', () => Promise.reject(new DOMException('signal timed out', 'TimeoutError'))],
  ])('retries after %s with a growing pause', async (_name, fault) => {
    const pauses: number[] = [];
    const { fetch, calls } = scripted(fault, fault, okPage);
    await client(fetch, pauses).listEvents('primary', { syncToken: 's' });
    expect(calls).toHaveLength(3);
    expect(pauses).toEqual([50, 100]);
  });

  it('does not retry a plain 403 or a 400', async () => {
    for (const status of [403, 400]) {
      const { fetch, calls } = scripted(() => error(status, 'forbidden'));
      await expect(client(fetch).listEvents('primary', { syncToken: 's' })).rejects.toMatchObject({ kind: 'permanent', status });
      expect(calls).toHaveLength(1);
    }
  });

  it('follows every page of the calendar list', async () => {
    const { fetch, calls } = scripted(
      () => json(200, { items: [{ id: 'me@x.example', summary: 'Me', primary: true }], nextPageToken: 'p2' }),
      () => json(200, { items: [{ id: 'team@group.calendar.google.com', summary: 'Team' }] }),
    );
    const calendars = await client(fetch).listCalendars();
    expect(calendars.map((entry) => entry.id)).toEqual(['me@x.example', 'team@group.calendar.google.com']);
    expect(calls[1]!.url.searchParams.get('pageToken')).toBe('p2');
  });
});

describe('backoff', () => {
  it('grows exponentially with full jitter and never exceeds its cap', () => {
    const options = { baseDelayMs: 500, maxDelayMs: 8_000 };
    expect(backoffDelay(0, { ...options, random: () => 0.999 })).toBe(499);
    expect(backoffDelay(3, { ...options, random: () => 0.999 })).toBe(3_996);
    expect(backoffDelay(10, { ...options, random: () => 0.999 })).toBe(7_992);
    expect(backoffDelay(2, { ...options, random: () => 0 })).toBe(0);
  });

  it('waits at least what Retry-After asks, within the cap', () => {
    expect(backoffDelay(0, { baseDelayMs: 500, maxDelayMs: 8_000, random: () => 0 }, 3_000)).toBe(3_000);
    expect(backoffDelay(0, { baseDelayMs: 500, maxDelayMs: 8_000, random: () => 0 }, 60_000)).toBe(8_000);
    expect(errorFromResponse(429, '', '2').retryAfterMs).toBe(2_000);
  });

  it('gives up after the last attempt with the last error', async () => {
    let attempts = 0;
    const failing = withBackoff(
      async () => {
        attempts++;
        throw new GoogleApiError(`failure ${attempts}`, 'transient', 503);
      },
      fastBackoff(),
    );
    await expect(failing).rejects.toThrow('failure 4');
    expect(attempts).toBe(4);
  });
});

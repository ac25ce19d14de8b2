// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CALENDAR, eventsPath, semanticsFixture, startTestEmulator, type TestEmulator } from './helpers';

let emulator: TestEmulator;
const eventsUrl = () => `${emulator.url}${eventsPath(CALENDAR)}`;
const authorized = () => ({ headers: { authorization: `Bearer ${emulator.token}` } });

beforeAll(async () => {
  emulator = await startTestEmulator({ data: semanticsFixture() });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.control.clearFaults();
  emulator.control.clearRequestLog();
});

describe('error faults answer with Google bodies', () => {
  it('403 rateLimitExceeded and userRateLimitExceeded (domain usageLimits)', async () => {
    emulator.control.injectFault({ kind: 'error', status: 403, reason: 'rateLimitExceeded' });
    emulator.control.injectFault({ kind: 'error', status: 403, reason: 'userRateLimitExceeded' });
    expect(await emulator.get(eventsPath(CALENDAR))).toMatchObject({
      status: 403,
      body: { error: { errors: [{ domain: 'usageLimits', reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' }], code: 403, message: 'Rate Limit Exceeded' } },
    });
    expect(await emulator.get(eventsPath(CALENDAR))).toMatchObject({
      status: 403,
      body: { error: { errors: [{ domain: 'usageLimits', reason: 'userRateLimitExceeded', message: 'User Rate Limit Exceeded' }], code: 403 } },
    });
    expect((await emulator.get(eventsPath(CALENDAR))).status).toBe(200);
  });

  it('429 with RESOURCE_EXHAUSTED and Retry-After', async () => {
    emulator.control.injectFault({ kind: 'error', status: 429, retryAfterSeconds: 7 });
    const { status, body, headers } = await emulator.get(eventsPath(CALENDAR));
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBe('7');
    expect(body).toEqual({
      error: {
        errors: [{ domain: 'usageLimits', reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' }],
        code: 429,
        message: 'Rate Limit Exceeded',
        status: 'RESOURCE_EXHAUSTED',
      },
    });
  });

  it('500 backendError and 503 unavailable', async () => {
    emulator.control.injectFault({ kind: 'error', status: 500 });
    emulator.control.injectFault({ kind: 'error', status: 503 });
    expect((await emulator.get(eventsPath(CALENDAR))).body).toEqual({
      error: { errors: [{ domain: 'global', reason: 'backendError', message: 'Backend Error' }], code: 500, message: 'Backend Error' },
    });
    expect((await emulator.get(eventsPath(CALENDAR))).body).toEqual({
      error: {
        errors: [{ message: 'The service is currently unavailable.', domain: 'global', reason: 'backendError' }],
        code: 503,
        message: 'The service is currently unavailable.',
        status: 'UNAVAILABLE',
      },
    });
  });

  it('fails exactly `times` matching requests, only under its path prefix', async () => {
    emulator.control.injectFault({ kind: 'error', status: 500, times: 2, pathPrefix: '/calendar/v3/users/me/calendarList' });
    expect((await emulator.get(eventsPath(CALENDAR))).status).toBe(200);
    expect((await emulator.get('/calendar/v3/users/me/calendarList')).status).toBe(500);
    expect((await emulator.get('/calendar/v3/users/me/calendarList')).status).toBe(500);
    expect((await emulator.get('/calendar/v3/users/me/calendarList')).status).toBe(200);
    expect(emulator.control.faults()).toEqual([]);
  });

  it('keeps failing with times = -1 until cleared', async () => {
    emulator.control.injectFault({ kind: 'error', status: 503, times: -1 });
    for (let attempt = 0; attempt < 3; attempt++) expect((await emulator.get(eventsPath(CALENDAR))).status).toBe(503);
    emulator.control.clearFaults();
    expect((await emulator.get(eventsPath(CALENDAR))).status).toBe(200);
  });
});

describe('transport faults', () => {
  it('delays the response', async () => {
    emulator.control.injectFault({ kind: 'delay', delayMs: 300 });
    const started = performance.now();
    const response = await fetch(eventsUrl(), authorized());
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(emulator.control.requestLog()[0]).toMatchObject({ status: 200, fault: 'delay' });
  });

  it('truncates the body so that JSON parsing fails at the client', async () => {
    emulator.control.injectFault({ kind: 'truncatedBody' });
    const response = await fetch(eventsUrl(), authorized());
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow(SyntaxError);
    const whole = await (await fetch(eventsUrl(), authorized())).text();
    emulator.control.injectFault({ kind: 'truncatedBody' });
    const half = await (await fetch(eventsUrl(), authorized())).text();
    expect(half.length).toBeLessThan(whole.length);
    expect(whole.startsWith(half.slice(0, 40))).toBe(true);
  });

  it('drops the connection without a response, which the client sees as a network error', async () => {
    emulator.control.injectFault({ kind: 'dropConnection' });
    await expect(fetch(eventsUrl(), authorized())).rejects.toThrow(TypeError);
    expect(emulator.control.requestLog()).toEqual([expect.objectContaining({ status: 0, fault: 'dropConnection', path: eventsPath(CALENDAR) })]);
    expect((await fetch(eventsUrl(), authorized())).status).toBe(200);
  });

  it('combines a delay with an error', async () => {
    emulator.control.injectFault({ kind: 'error', status: 500, delayMs: 200 });
    const started = performance.now();
    expect((await fetch(eventsUrl(), authorized())).status).toBe(500);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });
});

describe('fault configuration over HTTP', () => {
  it('accepts faults and rejects malformed ones through /__control/faults', async () => {
    const post = (body: unknown) =>
      fetch(`${emulator.url}/__control/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post({ kind: 'error', status: 403, reason: 'userRateLimitExceeded' })).status).toBe(201);
    expect((await post({ kind: 'explode' })).status).toBe(400);
    expect((await post({ kind: 'error' })).status).toBe(400);
    expect((await post({ kind: 'delay' })).status).toBe(400);
    const listed = await (await fetch(`${emulator.url}/__control/faults`)).json();
    expect(listed).toHaveLength(1);
    expect((await emulator.get(eventsPath(CALENDAR))).body.error.errors[0].reason).toBe('userRateLimitExceeded');
  });
});

describe('request log', () => {
  it('records method, path, query and status of API calls but not control calls', async () => {
    await emulator.get(eventsPath(CALENDAR), { singleEvents: 'true', eventTypes: ['default', 'focusTime'] });
    await fetch(`${emulator.url}/__control/health`);
    expect(emulator.control.requestLog()).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: eventsPath(CALENDAR),
        query: { singleEvents: 'true', eventTypes: ['default', 'focusTime'] },
        status: 200,
      }),
    ]);
  });
});

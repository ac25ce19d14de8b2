// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CALENDAR, eventsPath, semanticsFixture, startTestEmulator, type TestEmulator } from './helpers';

const EVENTS_READONLY = 'https://www.googleapis.com/auth/calendar.events.readonly';
const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';

let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator({ data: semanticsFixture() });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.control.setAuthorizeOutcome('grant'));

function authorize(params: Record<string, string>) {
  const url = new URL('/o/oauth2/v2/auth', emulator.url);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return fetch(url, { redirect: 'manual' });
}

const validParams = { client_id: '1234-abc.apps.googleusercontent.com', redirect_uri: REDIRECT, response_type: 'token', scope: EVENTS_READONLY, state: 's-42' };

describe('authorize (implicit flow)', () => {
  it('redirects to the extension with a working token in the fragment', async () => {
    const response = await authorize(validParams);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(Object.fromEntries(fragment)).toEqual({
      state: 's-42',
      access_token: expect.stringMatching(/^ya29\./),
      token_type: 'Bearer',
      expires_in: '3599',
      scope: EVENTS_READONLY,
    });
    const token = fragment.get('access_token') ?? '';
    expect((await emulator.get(eventsPath(CALENDAR), {}, token)).status).toBe(200);
    expect(emulator.control.lastAuthorizeRequest()).toMatchObject({ scope: EVENTS_READONLY, scopes: [EVENTS_READONLY], state: 's-42', outcome: 'granted' });
  });

  it('grants only the scopes requested: calendar.events.readonly cannot read the calendar list', async () => {
    const location = (await authorize(validParams)).headers.get('location') ?? '';
    const token = new URLSearchParams(new URL(location).hash.slice(1)).get('access_token') ?? '';
    const { status, body } = await emulator.get('/calendar/v3/users/me/calendarList', {}, token);
    expect(status).toBe(403);
    expect(body.error).toMatchObject({
      code: 403,
      message: 'Request had insufficient authentication scopes.',
      errors: [{ message: 'Insufficient Permission', domain: 'global', reason: 'insufficientPermissions' }],
      status: 'PERMISSION_DENIED',
    });
  });

  it.each([
    ['client_id', { client_id: '' }, 'invalid_request'],
    ['redirect_uri', { redirect_uri: '' }, 'invalid_request'],
    ['a non-https redirect', { redirect_uri: 'http://evil.example/' }, 'redirect_uri_mismatch'],
    ['response_type=code', { response_type: 'code' }, 'unsupported_response_type'],
    ['an unknown scope', { scope: 'https://www.googleapis.com/auth/drive' }, 'invalid_scope'],
  ])('shows a 400 error page for %s', async (_label, override, error) => {
    const response = await authorize({ ...validParams, ...override });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(`Error 400: ${error}`);
    expect(emulator.control.lastAuthorizeRequest()?.outcome).toBe('rejected');
  });

  it('redirects with error=access_denied when the user refuses consent', async () => {
    emulator.control.setAuthorizeOutcome('access_denied');
    const location = (await authorize(validParams)).headers.get('location') ?? '';
    expect(new URL(location).hash).toBe('#state=s-42&error=access_denied');
  });
});

describe('bearer tokens', () => {
  const invalidCredentials = {
    error: {
      code: 401,
      message:
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
      errors: [{ message: 'Invalid Credentials', domain: 'global', reason: 'authError', location: 'Authorization', locationType: 'header' }],
      status: 'UNAUTHENTICATED',
    },
  };

  it('answers 401 authError for unknown tokens', async () => {
    const { status, body, headers } = await emulator.get(eventsPath(CALENDAR), {}, 'ya29.not-issued');
    expect(status).toBe(401);
    expect(body).toEqual(invalidCredentials);
    expect(headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('answers 401 "Login Required" without credentials', async () => {
    const response = await fetch(`${emulator.url}${eventsPath(CALENDAR)}`);
    expect(response.status).toBe(401);
    expect((await response.json()).error.errors[0]).toEqual({
      message: 'Login Required.',
      domain: 'global',
      reason: 'required',
      location: 'Authorization',
      locationType: 'header',
    });
  });

  it('accepts access_token as a query parameter, as Google does', async () => {
    const response = await fetch(`${emulator.url}${eventsPath(CALENDAR)}?access_token=${emulator.control.issueToken().access_token}`);
    expect(response.status).toBe(200);
  });

  it('expires tokens', async () => {
    const token = emulator.control.issueToken({ expiresInSeconds: 0 }).access_token;
    expect((await emulator.get(eventsPath(CALENDAR), {}, token)).body).toEqual(invalidCredentials);
  });

  it('revokes through /o/oauth2/revoke and oauth2.googleapis.com/revoke', async () => {
    const first = emulator.control.issueToken().access_token;
    const revoke = await fetch(`${emulator.url}/o/oauth2/revoke?token=${first}`, { method: 'POST' });
    expect(revoke.status).toBe(200);
    expect((await emulator.get(eventsPath(CALENDAR), {}, first)).status).toBe(401);
    const again = await fetch(`${emulator.url}/o/oauth2/revoke?token=${first}`, { method: 'POST' });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ error: 'invalid_token', error_description: 'Token expired or revoked' });

    const second = emulator.control.issueToken().access_token;
    const form = await fetch(`${emulator.url}/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: second }),
    });
    expect(form.status).toBe(200);
    expect((await emulator.get(eventsPath(CALENDAR), {}, second)).status).toBe(401);
  });

  it('revokes every token from the control API', async () => {
    const token = emulator.control.issueToken().access_token;
    await fetch(`${emulator.url}/__control/tokens/revoke`, { method: 'POST' });
    expect((await emulator.get(eventsPath(CALENDAR), {}, token)).status).toBe(401);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGoogleAuth, type GoogleAuthDeps, type IdentityLike } from '../../../lib/calendar/google/auth';
import { CALENDAR_LIST_SCOPE, EVENTS_SCOPE, googleClientId } from '../../../lib/calendar/google/config';
import { storageItems } from '../../../lib/storage/storage-items';

const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';

/** Answers the web flow like Google: an access token in the redirect's fragment, echoing the state. */
function fakeIdentity(options: { chromeSignedIn?: boolean; webAnswer?: (request: URL) => string | undefined } = {}) {
  const flows: { url: URL; interactive: boolean }[] = [];
  const removed: string[] = [];
  let chromeCalls = 0;
  const identity: IdentityLike = {
    getAuthToken: async () => {
      chromeCalls++;
      if (!options.chromeSignedIn) throw new Error('The user is not signed in.');
      return { token: `chrome-token-${chromeCalls}`, grantedScopes: [EVENTS_SCOPE] };
    },
    removeCachedAuthToken: async ({ token }) => void removed.push(token),
    launchWebAuthFlow: async ({ url, interactive }) => {
      const request = new URL(url);
      flows.push({ url: request, interactive });
      if (options.webAnswer) return options.webAnswer(request);
      const state = request.searchParams.get('state');
      return `${REDIRECT}#access_token=web-token-${flows.length}&token_type=Bearer&expires_in=3600&state=${state}&scope=${encodeURIComponent(request.searchParams.get('scope')!)}`;
    },
    getRedirectURL: () => REDIRECT,
  };
  return { identity, flows, removed, chromeCalls: () => chromeCalls };
}

let clock = Date.parse('2026-11-21T08:00:00Z');

/** Google's revocation endpoint behind a fake fetch: records each call and answers as told. */
let revocations: { url: URL; method: string | undefined }[] = [];
let revokeAnswer: (init: RequestInit | undefined) => Promise<Response> = async () => new Response('{}', { status: 200 });
const revokeFetch: typeof fetch = async (input, init) => {
  revocations.push({ url: new URL(String(input)), method: init?.method });
  return revokeAnswer(init);
};

function authWith(identity: IdentityLike, overrides: Partial<GoogleAuthDeps> = {}) {
  return createGoogleAuth({
    identity,
    account: storageItems.googleAccount,
    token: storageItems.googleToken,
    chromeTokensAvailable: true,
    clientId: () => 'client-123.apps.googleusercontent.com',
    authUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    fetch: revokeFetch,
    revokeUrl: 'https://oauth2.googleapis.com/revoke',
    now: () => clock,
    ...overrides,
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = Date.parse('2026-11-21T08:00:00Z');
  revocations = [];
  revokeAnswer = async () => new Response('{}', { status: 200 });
});

describe('Google sign-in', () => {
  it('fails with a message naming the build variable when no client id was configured', async () => {
    expect(() => googleClientId(undefined)).toThrow(/WXT_GOOGLE_CLIENT_ID/);
    expect(() => googleClientId('  ')).toThrow(/WXT_GOOGLE_CLIENT_ID/);
    const { identity, flows, chromeCalls } = fakeIdentity();
    // No client id of either kind (the manifest then has no oauth2 key).
    await expect(authWith(identity, { chromeTokensAvailable: false, clientId: () => googleClientId(undefined) }).signIn()).rejects.toThrow(/WXT_GOOGLE_CLIENT_ID/);
    expect(flows).toHaveLength(0);
    expect(chromeCalls()).toBe(0);
  });

  it('uses Chrome’s own token where Chrome is signed in', async () => {
    const { identity, flows } = fakeIdentity({ chromeSignedIn: true });
    const auth = authWith(identity);
    expect(await auth.signIn()).toMatchObject({ method: 'chrome' });
    expect(flows).toHaveLength(0);
    expect(await auth.getToken()).toBe('chrome-token-1');
  });

  it('falls back to the web flow where getAuthToken fails, asking only for read access to events', async () => {
    const { identity, flows } = fakeIdentity({ chromeSignedIn: false });
    const auth = authWith(identity);
    expect(await auth.signIn()).toEqual({ method: 'web', scopes: [EVENTS_SCOPE] });
    const request = flows[0]!;
    expect(request.interactive).toBe(true);
    expect(`${request.url.origin}${request.url.pathname}`).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    expect(request.url.searchParams.get('client_id')).toBe('client-123.apps.googleusercontent.com');
    expect(request.url.searchParams.get('response_type')).toBe('token');
    expect(request.url.searchParams.get('redirect_uri')).toBe(REDIRECT);
    expect(request.url.searchParams.get('scope')).toBe(EVENTS_SCOPE);
    expect(await auth.getToken()).toBe('web-token-1');
    expect((await fakeBrowser.storage.session.get('googleAuth.token'))['googleAuth.token']).toMatchObject({ token: 'web-token-1' });
  });

  it('does not try getAuthToken when the manifest has no oauth2 entry (Firefox, Edge builds)', async () => {
    const { identity, chromeCalls } = fakeIdentity({ chromeSignedIn: true });
    expect(await authWith(identity, { chromeTokensAvailable: false }).signIn()).toMatchObject({ method: 'web' });
    expect(chromeCalls()).toBe(0);
  });

  it('refuses an answer that does not carry the state it sent', async () => {
    const { identity } = fakeIdentity({ webAnswer: () => `${REDIRECT}#access_token=t&expires_in=3600&state=someone-else` });
    await expect(authWith(identity, { chromeTokensAvailable: false }).signIn()).rejects.toThrow(/different request/);
    expect(await authWith(identity).isSignedIn()).toBe(false);
  });

  it('reports a declined consent as cancelled', async () => {
    const { identity } = fakeIdentity({ webAnswer: (url) => `${REDIRECT}#error=access_denied&state=${url.searchParams.get('state')}` });
    await expect(authWith(identity, { chromeTokensAvailable: false }).signIn()).rejects.toMatchObject({ kind: 'cancelled' });
  });

  it('refuses a token without the events scope (the user unticked it)', async () => {
    const { identity } = fakeIdentity({
      webAnswer: (url) => `${REDIRECT}#access_token=t&expires_in=3600&state=${url.searchParams.get('state')}&scope=email`,
    });
    await expect(authWith(identity, { chromeTokensAvailable: false }).signIn()).rejects.toThrow(/did not grant read access/);
  });
});

describe('tokens after sign-in', () => {
  it('renews an expired web token silently (prompt=none, no window)', async () => {
    const { identity, flows } = fakeIdentity();
    const auth = authWith(identity, { chromeTokensAvailable: false });
    await auth.signIn();
    clock += 3_600_000;
    expect(await auth.getToken()).toBe('web-token-2');
    expect(flows[1]).toMatchObject({ interactive: false });
    expect(flows[1]!.url.searchParams.get('prompt')).toBe('none');
  });

  it('says to sign in again when silent renewal is not possible', async () => {
    let signedIn = false;
    const { identity } = fakeIdentity({
      webAnswer: (url) =>
        signedIn
          ? `${REDIRECT}#error=interaction_required&state=${url.searchParams.get('state')}`
          : ((signedIn = true), `${REDIRECT}#access_token=t&expires_in=3600&state=${url.searchParams.get('state')}`),
    });
    const auth = authWith(identity, { chromeTokensAvailable: false });
    await auth.signIn();
    await expect(auth.renewToken('t')).rejects.toMatchObject({ kind: 'needs-sign-in', message: expect.stringMatching(/sign in again/i) });
  });

  it('renewToken forgets a refused Chrome token before asking for another', async () => {
    const { identity, removed } = fakeIdentity({ chromeSignedIn: true });
    const auth = authWith(identity);
    await auth.signIn();
    expect(await auth.renewToken('chrome-token-1')).toBe('chrome-token-2');
    expect(removed).toEqual(['chrome-token-1']);
  });

  it('asks for the calendar list scope only when the user wants to choose calendars', async () => {
    const { identity, flows } = fakeIdentity();
    const auth = authWith(identity, { chromeTokensAvailable: false });
    await auth.signIn();
    expect(await auth.hasScope(CALENDAR_LIST_SCOPE)).toBe(false);
    await auth.signIn([CALENDAR_LIST_SCOPE]);
    expect(flows[1]!.url.searchParams.get('scope')).toBe(`${EVENTS_SCOPE} ${CALENDAR_LIST_SCOPE}`);
    expect(await auth.hasScope(CALENDAR_LIST_SCOPE)).toBe(true);
  });

  it('sign-out forgets the token and the account, and revokes the token at Google', async () => {
    const { identity, removed } = fakeIdentity({ chromeSignedIn: true });
    const auth = authWith(identity);
    await auth.signIn();
    await auth.getToken();
    expect(await auth.signOut()).toEqual({ revoked: true });
    expect(revocations.map(({ url, method }) => `${method} ${url.origin}${url.pathname}?${url.search.slice(1)}`)).toEqual([
      'POST https://oauth2.googleapis.com/revoke?token=chrome-token-1',
    ]);
    expect(await auth.isSignedIn()).toBe(false);
    expect(removed).toEqual(['chrome-token-1']);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    await expect(auth.getToken()).rejects.toMatchObject({ kind: 'needs-sign-in' });
  });
});

describe('revoking at sign-out', () => {
  async function signedInWithWebFlow() {
    const fake = fakeIdentity();
    const auth = authWith(fake.identity, { chromeTokensAvailable: false, revokeTimeoutMs: 50 });
    await auth.signIn();
    return { auth, ...fake };
  }

  async function expectSignedOut(auth: ReturnType<typeof authWith>) {
    expect(await auth.isSignedIn()).toBe(false);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    await expect(auth.getToken()).rejects.toMatchObject({ kind: 'needs-sign-in' });
  }

  it('still signs out when Google refuses the revocation, saying why', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    revokeAnswer = async () => new Response(JSON.stringify({ error: 'invalid_token', error_description: 'Token expired or revoked' }), { status: 400 });
    const { auth } = await signedInWithWebFlow();
    expect(await auth.signOut()).toEqual({ revoked: false, revokeProblem: 'Google refused to revoke the token (400: Token expired or revoked)' });
    await expectSignedOut(auth);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/did not revoke/), expect.stringMatching(/Token expired or revoked/));
    warn.mockRestore();
  });

  it('still signs out when Google cannot be reached or does not answer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    revokeAnswer = async () => {
      throw new TypeError('Failed to fetch');
    };
    const offline = await signedInWithWebFlow();
    expect(await offline.auth.signOut()).toEqual({ revoked: false, revokeProblem: 'Google could not be reached to revoke the token (Failed to fetch)' });
    await expectSignedOut(offline.auth);

    revokeAnswer = (init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const silent = await signedInWithWebFlow();
    expect(await silent.auth.signOut()).toEqual({ revoked: false, revokeProblem: 'Google did not answer the revocation in time' });
    await expectSignedOut(silent.auth);
    warn.mockRestore();
  });

  it('finds a token to revoke after a browser restart emptied session storage', async () => {
    const { auth, flows } = await signedInWithWebFlow();
    await fakeBrowser.storage.session.clear();
    expect(await auth.signOut()).toEqual({ revoked: true });
    expect(flows[1]).toMatchObject({ interactive: false });
    expect(revocations.map(({ url }) => url.searchParams.get('token'))).toEqual(['web-token-2']);
    await expectSignedOut(auth);
  });
});

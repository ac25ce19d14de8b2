import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserAuthDeps, createGoogleAuth } from '../../../lib/calendar/google/auth';
import { CHROME_CLIENT_ID_VARIABLE, EVENTS_SCOPE, googleClientId, oauth2ManifestKey } from '../../../lib/calendar/google/config';

/** The manifest WXT builds from wxt.config.ts, for one browser, with the environment as given. */
async function builtManifest(browser: 'chrome' | 'firefox', env: Record<string, string | undefined>): Promise<Record<string, unknown>> {
  const saved = process.env[CHROME_CLIENT_ID_VARIABLE];
  if (env[CHROME_CLIENT_ID_VARIABLE] === undefined) delete process.env[CHROME_CLIENT_ID_VARIABLE];
  else process.env[CHROME_CLIENT_ID_VARIABLE] = env[CHROME_CLIENT_ID_VARIABLE];
  try {
    const config = (await import('../../../wxt.config')).default as { manifest: (env: { browser: string }) => Record<string, unknown> };
    return config.manifest({ browser });
  } finally {
    if (saved === undefined) delete process.env[CHROME_CLIENT_ID_VARIABLE];
    else process.env[CHROME_CLIENT_ID_VARIABLE] = saved;
  }
}

const CHROME_CLIENT = '1234-chromeapp.apps.googleusercontent.com';

describe('the manifest’s oauth2 key, from the build configuration', () => {
  it('is there in a Chrome build given a Chrome Extension client id, asking for the events scope only', async () => {
    expect((await builtManifest('chrome', { [CHROME_CLIENT_ID_VARIABLE]: CHROME_CLIENT })).oauth2).toEqual({ client_id: CHROME_CLIENT, scopes: [EVENTS_SCOPE] });
  });

  it('is absent without one, and always in Firefox, which has no getAuthToken', async () => {
    expect(await builtManifest('chrome', {})).not.toHaveProperty('oauth2');
    expect(await builtManifest('firefox', { [CHROME_CLIENT_ID_VARIABLE]: CHROME_CLIENT })).not.toHaveProperty('oauth2');
    expect(oauth2ManifestKey('chrome', '   ')).toEqual({});
  });
});

describe('signing in with Chrome’s own token', () => {
  const getAuthToken = vi.fn(async () => ({ token: 'chrome-token', grantedScopes: [EVENTS_SCOPE] }));
  const launchWebAuthFlow = vi.fn(async (_details: { url: string }): Promise<string | undefined> => undefined);

  beforeEach(() => {
    fakeBrowser.reset();
    getAuthToken.mockClear();
    launchWebAuthFlow.mockClear();
    Object.assign(fakeBrowser.identity, { getAuthToken, launchWebAuthFlow, getRedirectURL: () => 'https://abc.chromiumapp.org/' });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('uses getAuthToken when the built manifest has the oauth2 key, even without a web client id', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1', oauth2: { client_id: CHROME_CLIENT, scopes: [EVENTS_SCOPE] } } as never);
    const auth = createGoogleAuth({ ...browserAuthDeps(), clientId: () => googleClientId(undefined) });
    expect(await auth.signIn()).toEqual({ method: 'chrome', scopes: [EVENTS_SCOPE] });
    expect(getAuthToken).toHaveBeenCalledWith({ interactive: true, scopes: [EVENTS_SCOPE] });
    expect(launchWebAuthFlow).not.toHaveBeenCalled();
    expect(await auth.getToken()).toBe('chrome-token');
  });

  it('never calls getAuthToken when the manifest has no oauth2 key: the web flow signs in', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1' } as never);
    launchWebAuthFlow.mockImplementation(async (details: { url: string }) => {
      const state = new URL(details.url).searchParams.get('state');
      return `https://abc.chromiumapp.org/#access_token=web&expires_in=3600&state=${state}&scope=${encodeURIComponent(EVENTS_SCOPE)}`;
    });
    const auth = createGoogleAuth({ ...browserAuthDeps(), clientId: () => 'web-client.apps.googleusercontent.com' });
    expect(await auth.signIn()).toMatchObject({ method: 'web' });
    expect(getAuthToken).not.toHaveBeenCalled();
  });

  it('keeps Chrome’s own failure when there is no web client id to fall back on', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1', oauth2: { client_id: CHROME_CLIENT, scopes: [EVENTS_SCOPE] } } as never);
    getAuthToken.mockRejectedValueOnce(new Error('OAuth2 not granted or revoked.'));
    const auth = createGoogleAuth({ ...browserAuthDeps(), clientId: () => googleClientId(undefined) });
    await expect(auth.signIn()).rejects.toThrow('Google sign-in failed: OAuth2 not granted or revoked.');
    expect(launchWebAuthFlow).not.toHaveBeenCalled();
  });
});

import { browser } from 'wxt/browser';
import {
  cachedItem,
  googleAccountSchema,
  googleTokenSchema,
  readValid,
  storageItems,
  type GoogleAccount,
  type GoogleToken,
  type StoredValue,
} from '../../storage/storage-items';
import { EVENTS_SCOPE, GOOGLE_AUTH_URL, GOOGLE_REVOKE_URL, REVOKE_TIMEOUT_MS, googleClientId } from './config';
import { revokeGoogleToken, type RevokeOutcome } from './revoke';
import { webAuthFlowUrl, readWebAuthFlowResult, type WebAuthToken } from './web-auth-flow';
import { MINUTE_MS } from '../../time/units';
import { messageOf } from '../../text/error-message';

/** Why sign-in failed, worded for the user. */
export class GoogleAuthError extends Error {
  override name = 'GoogleAuthError';
  constructor(
    message: string,
    /** `needs-sign-in`: only an interactive sign-in can help; `cancelled`: the user closed or declined it. */
    readonly kind: 'needs-sign-in' | 'cancelled' | 'failed',
  ) {
    super(message);
  }
}

/** Chrome's own token (Chrome signed in) or the OAuth web flow (Chromium, Edge, Firefox). */
export type AuthMethod = 'chrome' | 'web';

type CachedToken = GoogleToken;

/** Renew a little before Google's expiry so a page fetch never starts with a token about to lapse. */
const EXPIRY_MARGIN_MS = MINUTE_MS;

export interface IdentityLike {
  getAuthToken?: (details: { interactive: boolean; scopes: string[] }) => Promise<{ token?: string; grantedScopes?: string[] } | string | undefined>;
  removeCachedAuthToken?: (details: { token: string }) => Promise<void>;
  launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string | undefined>;
  getRedirectURL(path?: string): string;
}

export interface GoogleAuthDeps {
  identity: IdentityLike;
  /** The sign-in method and granted scopes (local storage: survives restarts). */
  account: StoredValue<GoogleAccount>;
  /** The access token: session storage, so it is never in a backup or export. */
  token: StoredValue<GoogleToken>;
  /** False when the manifest has no `oauth2` entry, which getAuthToken needs. */
  chromeTokensAvailable: boolean;
  clientId: () => string;
  authUrl: string;
  /** Sign-out revokes the token at Google through these. */
  fetch: typeof fetch;
  revokeUrl: string;
  revokeTimeoutMs?: number;
  now: () => number;
}

export interface GoogleAuth {
  /** Interactive: may open Google's consent window. Adds `extraScopes` to those already granted. */
  signIn(extraScopes?: string[]): Promise<{ method: AuthMethod; scopes: string[] }>;
  isSignedIn(): Promise<boolean>;
  hasScope(scope: string): Promise<boolean>;
  getToken(): Promise<string>;
  renewToken(staleToken: string): Promise<string>;
  /** Forgets every token and the sign-in itself, and asks Google to revoke the access (best effort). */
  signOut(): Promise<RevokeOutcome>;
}

export function createGoogleAuth(deps: GoogleAuthDeps = browserAuthDeps()): GoogleAuth {
  const readAccount = () => readValid(deps.account, googleAccountSchema);
  const hasWebClientId = () => {
    try {
      deps.clientId();
      return true;
    } catch {
      return false;
    }
  };
  const readCachedToken = () => readValid(deps.token, googleTokenSchema);

  async function fetchToken(method: AuthMethod, scopes: string[], interactive: boolean): Promise<CachedToken> {
    if (method === 'chrome') {
      const token = await chromeToken(deps.identity, scopes, interactive);
      // Chrome caches and renews its own tokens; ours is only a hint, so a short life is fine.
      return { token, expiresAt: deps.now() + 10 * MINUTE_MS, scopes };
    }
    const result = await webToken(deps, scopes, interactive);
    return { token: result.accessToken, expiresAt: deps.now() + result.expiresInSeconds * 1_000, scopes: result.scopes ?? scopes };
  }

  async function storeToken(token: CachedToken): Promise<void> {
    await deps.token.setValue(token);
  }

  async function dropToken(token: string | undefined, method: AuthMethod | undefined): Promise<void> {
    await deps.token.removeValue();
    if (token && method === 'chrome') await deps.identity.removeCachedAuthToken?.({ token }).catch(() => undefined);
  }

  return {
    async signIn(extraScopes = []) {
      const chromeFirst = deps.chromeTokensAvailable && Boolean(deps.identity.getAuthToken);
      // Without Chrome's sign-in the web flow is the only way: fail at once, naming the build variable.
      if (!chromeFirst) deps.clientId();
      const account = await readAccount();
      const scopes = [...new Set([EVENTS_SCOPE, ...(account?.scopes ?? []), ...extraScopes])];
      let method: AuthMethod = 'web';
      let token: CachedToken | undefined;
      if (chromeFirst) {
        try {
          token = await fetchToken('chrome', scopes, true);
          method = 'chrome';
        } catch (error) {
          // A browser without Google sign-in (Chromium, Edge) fails here: the web flow works there. A refusal is final,
          // and so is this failure when the build has no web client id to fall back on.
          if (error instanceof GoogleAuthError && error.kind === 'cancelled') throw error;
          if (!hasWebClientId()) throw error;
        }
      }
      token ??= await fetchToken('web', scopes, true);
      const granted = token.scopes.length > 0 ? token.scopes : scopes;
      if (!granted.includes(EVENTS_SCOPE)) {
        throw new GoogleAuthError('Google did not grant read access to calendar events. Sign in again and allow it.', 'cancelled');
      }
      await deps.account.setValue({ method, scopes: granted });
      await storeToken(token);
      return { method, scopes: granted };
    },

    async isSignedIn() {
      return (await readAccount()) !== undefined;
    },

    async hasScope(scope) {
      return (await readAccount())?.scopes.includes(scope) ?? false;
    },

    getToken,

    async renewToken(staleToken) {
      await dropToken(staleToken, (await readAccount())?.method);
      return getToken();
    },

    async signOut() {
      const deadline = AbortSignal.timeout(deps.revokeTimeoutMs ?? REVOKE_TIMEOUT_MS);
      const account = await readAccount();
      // After a browser restart the token (session storage) is gone: a silent renewal finds one to revoke.
      const live = account ? getToken() : undefined;
      const token = live ? await beforeAbort(live, deadline).catch(() => undefined) : undefined;
      const cached = await readCachedToken();
      await dropToken(cached?.token, account?.method);
      await deps.account.removeValue();
      // A renewal that answered after the deadline must not leave its token behind a sign-out.
      if (live && token === undefined) void live.then(async () => ((await readAccount()) ? undefined : deps.token.removeValue())).catch(() => undefined);
      const outcome = await revokeGoogleToken(token, { fetch: deps.fetch, url: deps.revokeUrl, signal: deadline });
      if (!outcome.revoked) console.warn('Mentoring Companion: signed out, but Google did not revoke the access:', outcome.revokeProblem);
      return outcome;
    },
  };

  async function getToken(): Promise<string> {
    const cached = await readCachedToken();
    if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > deps.now()) return cached.token;
    const account = await readAccount();
    if (!account) throw new GoogleAuthError('Not signed in to Google. Connect your Google Calendar in the options page.', 'needs-sign-in');
    const fresh = await fetchToken(account.method, account.scopes, false);
    await storeToken(fresh);
    return fresh.token;
  }
}

function beforeAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    work.then(resolve, reject);
  });
}

async function chromeToken(identity: IdentityLike, scopes: string[], interactive: boolean): Promise<string> {
  let result: Awaited<ReturnType<NonNullable<IdentityLike['getAuthToken']>>>;
  try {
    result = await identity.getAuthToken!({ interactive, scopes });
  } catch (error) {
    throw authFailure(error, interactive);
  }
  const token = typeof result === 'string' ? result : result?.token;
  if (!token) throw new GoogleAuthError('Chrome returned no Google token.', 'failed');
  return token;
}

async function webToken(deps: GoogleAuthDeps, scopes: string[], interactive: boolean): Promise<WebAuthToken> {
  const state = crypto.randomUUID();
  const url = webAuthFlowUrl({
    authUrl: deps.authUrl,
    clientId: deps.clientId(),
    redirectUri: deps.identity.getRedirectURL(),
    scopes,
    state,
    interactive,
  });
  let responseUrl: string | undefined;
  try {
    responseUrl = await deps.identity.launchWebAuthFlow({ url, interactive });
  } catch (error) {
    throw authFailure(error, interactive);
  }
  const result = readWebAuthFlowResult(responseUrl, state);
  if (!result.ok) throw new GoogleAuthError(result.message, result.needsInteraction ? 'needs-sign-in' : result.cancelled ? 'cancelled' : 'failed');
  return result.token;
}

function authFailure(error: unknown, interactive: boolean): GoogleAuthError {
  const text = messageOf(error);
  if (/did not approve|cancel|closed|declined|access_denied/i.test(text)) {
    return new GoogleAuthError('Google sign-in was cancelled.', 'cancelled');
  }
  if (!interactive) {
    return new GoogleAuthError(`Google sign-in has expired (${text}). Sign in again from the options page.`, 'needs-sign-in');
  }
  return new GoogleAuthError(`Google sign-in failed: ${text}`, 'failed');
}

/** The real browser APIs, and the storage items of storage-items.ts read through a cache. */
export function browserAuthDeps(): GoogleAuthDeps {
  const identity = browser.identity as unknown as IdentityLike;
  const manifest = browser.runtime.getManifest() as { oauth2?: { client_id?: string } };
  return {
    identity,
    account: cachedItem(storageItems.googleAccount),
    token: cachedItem(storageItems.googleToken),
    chromeTokensAvailable: typeof identity.getAuthToken === 'function' && Boolean(manifest.oauth2?.client_id),
    clientId: () => googleClientId(),
    authUrl: GOOGLE_AUTH_URL,
    fetch: (input, init) => fetch(input, init),
    revokeUrl: GOOGLE_REVOKE_URL,
    now: Date.now,
  };
}

import { randomBytes } from 'node:crypto';
import { googleErrors } from './errors';

/**
 * Google's OAuth 2.0 implicit flow as chrome.identity.launchWebAuthFlow drives it: the authorize
 * page consents at once and redirects with the token in the fragment. Tokens are bearer strings
 * the emulator remembers with their scopes, expiry and revocation.
 */

export const CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar';
const scope = (suffix: string) => `${CALENDAR_SCOPE}.${suffix}`;

/** Scopes that let a token call each method (from the Calendar API discovery document). */
export const METHOD_SCOPES = {
  'calendar.v3.Events.List': [CALENDAR_SCOPE, scope('readonly'), scope('events'), scope('events.readonly'), scope('events.owned'), scope('events.owned.readonly')],
  'calendar.v3.Events.Get': [CALENDAR_SCOPE, scope('readonly'), scope('events'), scope('events.readonly'), scope('events.owned'), scope('events.owned.readonly')],
  'calendar.v3.CalendarList.List': [CALENDAR_SCOPE, scope('readonly'), scope('calendarlist'), scope('calendarlist.readonly')],
} as const;
export type ApiMethod = keyof typeof METHOD_SCOPES;

const KNOWN_SCOPES = new Set<string>([
  ...Object.values(METHOD_SCOPES).flat(),
  scope('events.public.readonly'),
  scope('app.created'),
  scope('freebusy'),
  scope('events.freebusy'),
  scope('settings.readonly'),
  'openid',
  'email',
  'profile',
  'https://www.googleapis.com/auth/userinfo.email',
  'https://www.googleapis.com/auth/userinfo.profile',
]);

/** What control-issued tokens get unless a test asks otherwise: read access to everything. */
const DEFAULT_TEST_SCOPES = [scope('readonly')];
export const TOKEN_LIFETIME_SECONDS = 3599;

export interface IssuedToken {
  accessToken: string;
  scopes: string[];
  expiresAtMs: number;
  clientId?: string;
  revoked: boolean;
}

export interface AuthorizeRequestRecord {
  at: string;
  clientId: string | null;
  redirectUri: string | null;
  responseType: string | null;
  /** The `scope` parameter exactly as sent (space-separated). */
  scope: string | null;
  scopes: string[];
  state: string | null;
  params: Record<string, string>;
  outcome: 'granted' | 'denied' | 'rejected';
  error?: string;
}

export type AuthorizeOutcome = 'grant' | 'access_denied';

export interface HttpReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export class TokenRegistry {
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(private readonly clock: () => number) {}

  issue(options: { scopes?: string[]; expiresInSeconds?: number; clientId?: string } = {}): IssuedToken {
    const issued: IssuedToken = {
      accessToken: `ya29.emu-${randomBytes(24).toString('base64url')}`,
      scopes: options.scopes ?? DEFAULT_TEST_SCOPES,
      expiresAtMs: this.clock() + (options.expiresInSeconds ?? TOKEN_LIFETIME_SECONDS) * 1000,
      revoked: false,
    };
    if (options.clientId !== undefined) issued.clientId = options.clientId;
    this.tokens.set(issued.accessToken, issued);
    return issued;
  }

  /** Revokes one token, or every token when none is named. Returns whether anything was revoked. */
  revoke(accessToken?: string): boolean {
    if (accessToken === undefined) {
      for (const token of this.tokens.values()) token.revoked = true;
      return this.tokens.size > 0;
    }
    const token = this.tokens.get(accessToken);
    if (!token || token.revoked) return false;
    token.revoked = true;
    return true;
  }

  /** Throws Google's 401/403 unless the request carries a live token allowed to call `method`. */
  authorize(authorizationHeader: string | undefined, queryToken: string | null, method: ApiMethod): IssuedToken {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorizationHeader ?? '')?.[1] ?? queryToken ?? undefined;
    if (bearer === undefined) throw googleErrors.loginRequired();
    const token = this.tokens.get(bearer);
    if (!token || token.revoked || token.expiresAtMs <= this.clock()) throw googleErrors.invalidCredentials();
    const allowed: readonly string[] = METHOD_SCOPES[method];
    if (!token.scopes.some((granted) => allowed.includes(granted))) throw googleErrors.insufficientScopes(method);
    return token;
  }
}

function errorPage(status: number, error: string, detail: string): HttpReply {
  const text = `Access blocked: Authorization Error\n\nError ${status}: ${error}\n${detail}`;
  const html = `<!doctype html><html><head><title>Error ${status} (${error})</title></head><body><h1>Access blocked: Authorization Error</h1><p>Error ${status}: ${error}</p><p>${detail.replace(/[<>&]/g, '')}</p></body></html>`;
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', 'x-emulator-error': text.replace(/\n+/g, ' ') }, body: html };
}

function isAcceptableRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    if (url.hash) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}

/** GET /o/oauth2/v2/auth: validates like Google, then redirects with a token or an error. */
export function handleAuthorize(
  params: URLSearchParams,
  registry: TokenRegistry,
  outcome: AuthorizeOutcome,
  record: (entry: AuthorizeRequestRecord) => void,
  clock: () => number,
): HttpReply {
  const scopeParam = params.get('scope');
  const scopes = (scopeParam ?? '').split(/\s+/).filter(Boolean);
  const entry: AuthorizeRequestRecord = {
    at: new Date(clock()).toISOString(),
    clientId: params.get('client_id'),
    redirectUri: params.get('redirect_uri'),
    responseType: params.get('response_type'),
    scope: scopeParam,
    scopes,
    state: params.get('state'),
    params: Object.fromEntries(params.entries()),
    outcome: 'rejected',
  };
  const reject = (status: number, error: string, detail: string) => {
    record({ ...entry, error: `${error}: ${detail}` });
    return errorPage(status, error, detail);
  };
  for (const required of ['client_id', 'redirect_uri', 'response_type', 'scope']) {
    if (!params.get(required)) return reject(400, 'invalid_request', `Missing required parameter: ${required}`);
  }
  if (!isAcceptableRedirect(entry.redirectUri ?? '')) {
    return reject(400, 'redirect_uri_mismatch', `You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy (redirect_uri=${entry.redirectUri}).`);
  }
  if (entry.responseType !== 'token') {
    return reject(400, 'unsupported_response_type', `The emulator implements only response_type=token (got ${entry.responseType}).`);
  }
  const unknown = scopes.filter((requested) => !KNOWN_SCOPES.has(requested));
  if (unknown.length > 0) return reject(400, 'invalid_scope', `Some requested scopes were invalid. {invalid=[${unknown.join(', ')}]}`);

  const fragment = new URLSearchParams();
  if (outcome === 'access_denied') {
    if (entry.state !== null) fragment.set('state', entry.state);
    fragment.set('error', 'access_denied');
    record({ ...entry, outcome: 'denied' });
  } else {
    const token = registry.issue({ scopes, clientId: entry.clientId ?? undefined });
    if (entry.state !== null) fragment.set('state', entry.state);
    fragment.set('access_token', token.accessToken);
    fragment.set('token_type', 'Bearer');
    fragment.set('expires_in', String(TOKEN_LIFETIME_SECONDS));
    fragment.set('scope', scopes.join(' '));
    record({ ...entry, outcome: 'granted' });
  }
  const location = `${entry.redirectUri}#${fragment.toString().replace(/\+/g, '%20')}`;
  return { status: 302, headers: { location, 'content-type': 'text/html; charset=utf-8' }, body: `<a href="${location}">Moved</a>` };
}

/** POST /o/oauth2/revoke?token=… (and oauth2.googleapis.com/revoke): Google's answers verbatim. */
export function handleRevoke(token: string | null, registry: TokenRegistry): HttpReply {
  const json = { 'content-type': 'application/json; charset=utf-8' };
  if (!token) return { status: 400, headers: json, body: JSON.stringify({ error: 'invalid_request', error_description: 'Missing required parameter: token' }) };
  if (!registry.revoke(token)) {
    return { status: 400, headers: json, body: JSON.stringify({ error: 'invalid_token', error_description: 'Token expired or revoked' }) };
  }
  return { status: 200, headers: json, body: '{}' };
}

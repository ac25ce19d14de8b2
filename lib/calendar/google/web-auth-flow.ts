/** The OAuth 2.0 implicit flow through `identity.launchWebAuthFlow`: building the request and reading its answer. */

export interface WebAuthToken {
  accessToken: string;
  expiresInSeconds: number;
  /** The scopes Google granted, when it said (it may grant fewer than asked). */
  scopes?: string[];
}

export type WebAuthFlowResult =
  | { ok: true; token: WebAuthToken }
  | { ok: false; message: string; needsInteraction: boolean; cancelled: boolean };

export function webAuthFlowUrl(options: {
  authUrl: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string;
  interactive: boolean;
}): string {
  const query = new URLSearchParams({
    client_id: options.clientId,
    response_type: 'token',
    redirect_uri: options.redirectUri,
    scope: options.scopes.join(' '),
    include_granted_scopes: 'true',
    state: options.state,
  });
  // Without a window nobody can answer a prompt: ask Google to fail rather than show one.
  if (!options.interactive) query.set('prompt', 'none');
  return `${options.authUrl}?${query}`;
}

/** Google answers in the redirect's fragment (`#access_token=…`), or with `error=…` in the fragment or the query. */
export function readWebAuthFlowResult(responseUrl: string | undefined, expectedState: string): WebAuthFlowResult {
  if (!responseUrl) return failure('Google sign-in was cancelled.', { cancelled: true });
  let url: URL;
  try {
    url = new URL(responseUrl);
  } catch {
    return failure('Google sign-in returned an unreadable address.');
  }
  const params = new URLSearchParams(url.hash.replace(/^#/, ''));
  for (const [name, value] of url.searchParams) if (!params.has(name)) params.set(name, value);

  const error = params.get('error');
  if (error) {
    if (error === 'access_denied') return failure('Google sign-in was cancelled: access was not allowed.', { cancelled: true });
    if (['interaction_required', 'login_required', 'consent_required', 'account_selection_required'].includes(error)) {
      return failure('Google sign-in has expired. Sign in again from the options page.', { needsInteraction: true });
    }
    return failure(`Google sign-in failed (${error.slice(0, 100)}).`);
  }
  // The state we sent must come back: otherwise the answer belongs to some other request.
  if (params.get('state') !== expectedState) return failure('Google sign-in returned an answer to a different request; try again.');
  const accessToken = params.get('access_token');
  if (!accessToken) return failure('Google sign-in returned no access token.');
  const expiresIn = Number(params.get('expires_in'));
  const scope = params.get('scope');
  return {
    ok: true,
    token: {
      accessToken,
      expiresInSeconds: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3_600,
      scopes: scope ? scope.split(/\s+/).filter(Boolean) : undefined,
    },
  };
}

function failure(message: string, flags: { needsInteraction?: boolean; cancelled?: boolean } = {}): WebAuthFlowResult {
  return { ok: false, message, needsInteraction: flags.needsInteraction ?? false, cancelled: flags.cancelled ?? false };
}

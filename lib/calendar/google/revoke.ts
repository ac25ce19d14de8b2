import { REVOKE_TIMEOUT_MS } from './config';
import { messageOf } from '../../text/error-message';

/** Whether Google withdrew the extension's access at sign-out, and if not, why (worded for the user). */
export interface RevokeOutcome {
  revoked: boolean;
  revokeProblem?: string;
}

export interface RevokeOptions {
  fetch: typeof fetch;
  url: string;
  /** Aborts the revocation (a deadline shared with getting the token); defaults to REVOKE_TIMEOUT_MS. */
  signal?: AbortSignal;
}

/**
 * Asks Google to revoke an access token (and with it the grant behind it). Best effort: never
 * throws, so a network failure or a slow answer cannot keep the user signed in.
 */
export async function revokeGoogleToken(token: string | undefined, options: RevokeOptions): Promise<RevokeOutcome> {
  if (!token) return { revoked: false, revokeProblem: 'no Google token was at hand to revoke' };
  const signal = options.signal ?? AbortSignal.timeout(REVOKE_TIMEOUT_MS);
  try {
    const response = await options.fetch(`${options.url}?${new URLSearchParams({ token })}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      signal,
    });
    if (response.ok) return { revoked: true };
    const detail = describeErrorBody(await response.text().catch(() => ''));
    return { revoked: false, revokeProblem: `Google refused to revoke the token (${response.status}${detail})` };
  } catch (error) {
    if (signal.aborted) return { revoked: false, revokeProblem: 'Google did not answer the revocation in time' };
    return { revoked: false, revokeProblem: `Google could not be reached to revoke the token (${messageOf(error)})` };
  }
}

/** Google answers `{"error": "invalid_token", "error_description": "Token expired or revoked"}`. */
function describeErrorBody(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: unknown; error_description?: unknown };
    const description = typeof body.error_description === 'string' ? body.error_description : typeof body.error === 'string' ? body.error : '';
    return description ? `: ${description.slice(0, 200)}` : '';
  } catch {
    return '';
  }
}

import { messageOf } from '../../text/error-message';
/**
 * What went wrong talking to Google, sorted by what the caller does about it:
 * - `transient`: try again after a pause (rate limits, 429, 5xx, network, timeout, a broken body);
 * - `unauthorized`: the token was refused (the client renews it once);
 * - `gone`: the sync token expired (410), so a full sync starts over;
 * - `permanent`: retrying cannot help (400, 404, other 403s).
 */
export type GoogleErrorKind = 'transient' | 'unauthorized' | 'gone' | 'permanent';

export class GoogleApiError extends Error {
  override name = 'GoogleApiError';
  constructor(
    message: string,
    readonly kind: GoogleErrorKind,
    /** HTTP status, when the server answered. */
    readonly status?: number,
    /** Google's `errors[0].reason`, e.g. `rateLimitExceeded`. */
    readonly reason?: string,
    /** From a Retry-After header, when the server sent one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

/** Turns a non-2xx response into a GoogleApiError with Google's own message when the body has one. */
export function errorFromResponse(status: number, bodyText: string, retryAfterHeader: string | null): GoogleApiError {
  const { message, reason } = readErrorBody(bodyText);
  const retryAfterMs = parseRetryAfter(retryAfterHeader);
  const detail = message ? `: ${message}` : '';
  if (status === 401) return new GoogleApiError(`Google refused the sign-in (401)${detail}`, 'unauthorized', status, reason);
  if (status === 410) return new GoogleApiError(`Google expired the sync token (410)${detail}`, 'gone', status, reason);
  if (status === 429 || (status === 403 && reason !== undefined && RATE_LIMIT_REASONS.has(reason))) {
    return new GoogleApiError(`Google Calendar is rate limiting requests (${status})${detail}`, 'transient', status, reason, retryAfterMs);
  }
  if (status >= 500) return new GoogleApiError(`Google Calendar had a server error (${status})${detail}`, 'transient', status, reason, retryAfterMs);
  if (status === 404) return new GoogleApiError(`Google Calendar did not find this calendar (404)${detail}`, 'permanent', status, reason);
  if (status === 403) return new GoogleApiError(`Google Calendar refused access (403)${detail}`, 'permanent', status, reason);
  return new GoogleApiError(`Google Calendar rejected the request (${status})${detail}`, 'permanent', status, reason);
}

/** A fetch that threw: a timeout, a dropped connection or an abort by the caller. */
export function errorFromFetchFailure(error: unknown, callerSignal?: AbortSignal): Error {
  if (callerSignal?.aborted) return callerSignal.reason instanceof Error ? callerSignal.reason : new SyncAbortedError();
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new GoogleApiError('Google Calendar did not answer in time', 'transient');
  }
  const text = messageOf(error);
  return new GoogleApiError(`Could not reach Google Calendar (${text})`, 'transient');
}

/** The caller stopped the work (sign-out, calendar removed); not an error to show. */
export class SyncAbortedError extends Error {
  override name = 'SyncAbortedError';
  constructor() {
    super('The sync was stopped');
  }
}

export function isTransient(error: unknown): boolean {
  return error instanceof GoogleApiError && error.kind === 'transient';
}

function readErrorBody(bodyText: string): { message?: string; reason?: string } {
  try {
    const body = JSON.parse(bodyText) as { error?: { message?: unknown; errors?: { reason?: unknown }[] } };
    const message = typeof body.error?.message === 'string' ? body.error.message.slice(0, 300) : undefined;
    const reason = body.error?.errors?.[0]?.reason;
    return { message, reason: typeof reason === 'string' ? reason : undefined };
  } catch {
    return {};
  }
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

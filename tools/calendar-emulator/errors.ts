/**
 * Google's error responses, byte-for-byte where Google documents them (Calendar "Handle API errors"
 * guide and what the API returns today), so client code written against the emulator handles the
 * real service the same way. Clients branch on `error.errors[0].reason`, so reasons and domains
 * must be exact; messages are copied too because people log and match them.
 */

export interface GoogleErrorItem {
  domain: string;
  reason: string;
  message: string;
  location?: string;
  locationType?: string;
}

export interface GoogleErrorBody {
  error: {
    errors: GoogleErrorItem[];
    code: number;
    message: string;
    status?: string;
    details?: unknown[];
  };
}

/** Thrown by handlers; the server turns it into the HTTP response. */
export class GoogleApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: GoogleErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.error.message);
    this.name = 'GoogleApiError';
  }
}

function apiError(
  code: number,
  message: string,
  item: GoogleErrorItem,
  extra: { status?: string; details?: unknown[]; headers?: Record<string, string> } = {},
): GoogleApiError {
  const error: GoogleErrorBody['error'] = { errors: [item], code, message };
  if (extra.status) error.status = extra.status;
  if (extra.details) error.details = extra.details;
  return new GoogleApiError(code, { error }, extra.headers);
}

const AUTH_HELP =
  'Expected OAuth 2 access token, login cookie or other valid authentication credential. ' +
  'See https://developers.google.com/identity/sign-in/web/devconsole-project.';
const WWW_AUTHENTICATE = 'Bearer realm="https://accounts.google.com/", error="invalid_token"';

export const googleErrors = {
  /** A token that is unknown, revoked or expired. */
  invalidCredentials: () =>
    apiError(
      401,
      `Request had invalid authentication credentials. ${AUTH_HELP}`,
      { message: 'Invalid Credentials', domain: 'global', reason: 'authError', location: 'Authorization', locationType: 'header' },
      { status: 'UNAUTHENTICATED', headers: { 'www-authenticate': WWW_AUTHENTICATE } },
    ),

  /** No Authorization header (or not a Bearer one) at all. */
  loginRequired: () =>
    apiError(
      401,
      `Request is missing required authentication credential. ${AUTH_HELP}`,
      { message: 'Login Required.', domain: 'global', reason: 'required', location: 'Authorization', locationType: 'header' },
      { status: 'UNAUTHENTICATED', headers: { 'www-authenticate': 'Bearer realm="https://accounts.google.com/"' } },
    ),

  insufficientScopes: (rpcMethod: string) =>
    apiError(
      403,
      'Request had insufficient authentication scopes.',
      { message: 'Insufficient Permission', domain: 'global', reason: 'insufficientPermissions' },
      {
        status: 'PERMISSION_DENIED',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
            domain: 'googleapis.com',
            metadata: { service: 'calendar-json.googleapis.com', method: rpcMethod },
          },
        ],
        headers: { 'www-authenticate': 'Bearer realm="https://accounts.google.com/", error="insufficient_scope"' },
      },
    ),

  rateLimitExceeded: () =>
    apiError(403, 'Rate Limit Exceeded', { domain: 'usageLimits', reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' }),

  userRateLimitExceeded: () =>
    apiError(403, 'User Rate Limit Exceeded', {
      domain: 'usageLimits',
      reason: 'userRateLimitExceeded',
      message: 'User Rate Limit Exceeded',
    }),

  quotaExceeded: () =>
    apiError(403, 'Calendar usage limits exceeded.', {
      domain: 'usageLimits',
      reason: 'quotaExceeded',
      message: 'Calendar usage limits exceeded.',
    }),

  forbidden: () => apiError(403, 'Forbidden', { domain: 'global', reason: 'forbidden', message: 'Forbidden' }),

  tooManyRequests: (retryAfterSeconds?: number) =>
    apiError(
      429,
      'Rate Limit Exceeded',
      { domain: 'usageLimits', reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' },
      {
        status: 'RESOURCE_EXHAUSTED',
        headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
      },
    ),

  fullSyncRequired: () =>
    apiError(410, 'Sync token is no longer valid, a full sync is required.', {
      domain: 'calendar',
      reason: 'fullSyncRequired',
      message: 'Sync token is no longer valid, a full sync is required.',
    }),

  backendError: () => apiError(500, 'Backend Error', { domain: 'global', reason: 'backendError', message: 'Backend Error' }),

  serviceUnavailable: (retryAfterSeconds?: number) =>
    apiError(
      503,
      'The service is currently unavailable.',
      { message: 'The service is currently unavailable.', domain: 'global', reason: 'backendError' },
      {
        status: 'UNAVAILABLE',
        headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
      },
    ),

  /** What Google answers for malformed timestamps and other requests it cannot interpret. */
  badRequest: (message = 'Bad Request') => apiError(400, message, { domain: 'global', reason: 'badRequest', message }),

  /** A query parameter with a value Google rejects (bad enum, number, token...). */
  invalidParameter: (parameter: string, message = 'Invalid Value') =>
    apiError(400, message, { domain: 'global', reason: 'invalid', message, locationType: 'parameter', location: parameter }),

  timeRangeEmpty: () =>
    apiError(400, 'The specified time range is empty.', {
      domain: 'calendar',
      reason: 'timeRangeEmpty',
      message: 'The specified time range is empty.',
      locationType: 'parameter',
      location: 'timeMax',
    }),

  notFound: () => apiError(404, 'Not Found', { domain: 'global', reason: 'notFound', message: 'Not Found' }),
};

/**
 * The error an injected fault answers with. `reason` picks between errors that share a status
 * (403 rateLimitExceeded vs userRateLimitExceeded, 503 backendError...); unknown pairs fall back to
 * the most common error for that status.
 */
export function errorForFault(status: number, reason?: string, retryAfterSeconds?: number): GoogleApiError {
  switch (status) {
    case 400:
      return reason === 'timeRangeEmpty' ? googleErrors.timeRangeEmpty() : googleErrors.badRequest();
    case 401:
      return reason === 'required' ? googleErrors.loginRequired() : googleErrors.invalidCredentials();
    case 403:
      if (reason === 'userRateLimitExceeded') return googleErrors.userRateLimitExceeded();
      if (reason === 'quotaExceeded') return googleErrors.quotaExceeded();
      if (reason === 'insufficientPermissions') return googleErrors.insufficientScopes('calendar.v3.Events.List');
      if (reason === 'forbidden') return googleErrors.forbidden();
      return googleErrors.rateLimitExceeded();
    case 404:
      return googleErrors.notFound();
    case 410:
      return googleErrors.fullSyncRequired();
    case 429:
      return googleErrors.tooManyRequests(retryAfterSeconds);
    case 500:
      return googleErrors.backendError();
    case 503:
      return googleErrors.serviceUnavailable(retryAfterSeconds);
    default: {
      const message = reason ?? `HTTP ${status}`;
      return apiError(status, message, { domain: 'global', reason: reason ?? 'unknown', message });
    }
  }
}

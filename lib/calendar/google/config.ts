/** Where the product talks to Google. Tests pass other values through function parameters, never through the build. */
export const CALENDAR_API_BASE_URL = 'https://www.googleapis.com/calendar/v3';
export const GOOGLE_AUTH_URL = 'https://accounts.google.com/o/oauth2/v2/auth';
/** Google's documented token revocation endpoint (POST, `?token=`). */
export const GOOGLE_REVOKE_URL = 'https://oauth2.googleapis.com/revoke';
/** Sign-out waits this long at most for Google to confirm the revocation. */
export const REVOKE_TIMEOUT_MS = 5_000;

/** The narrowest scope that reads events; the calendar list scope is asked for only when the user picks calendars. */
export const EVENTS_SCOPE = 'https://www.googleapis.com/auth/calendar.events.readonly';
export const CALENDAR_LIST_SCOPE = 'https://www.googleapis.com/auth/calendar.calendarlist.readonly';

const CLIENT_ID_VARIABLE = 'WXT_GOOGLE_CLIENT_ID';
/** A client id of type "Chrome Extension", bound to the extension's id: Chrome's own sign-in (getAuthToken) needs it. */
export const CHROME_CLIENT_ID_VARIABLE = 'WXT_GOOGLE_CHROME_CLIENT_ID';

/**
 * The manifest's `oauth2` key, which `chrome.identity.getAuthToken` reads: present only in a Chrome
 * build given a Chrome Extension client id. Firefox has no getAuthToken, and without the key every
 * browser uses launchWebAuthFlow with the web client id.
 */
export function oauth2ManifestKey(browser: string, chromeClientId: string | undefined): { oauth2?: { client_id: string; scopes: string[] } } {
  const clientId = chromeClientId?.trim();
  if (browser === 'firefox' || !clientId) return {};
  return { oauth2: { client_id: clientId, scopes: [EVENTS_SCOPE] } };
}

/** MV3 cancels a fetch still pending after 30 s; stay below that with room for reading the body. */
export const REQUEST_TIMEOUT_MS = 25_000;

/** Google's largest page for events.list: fewer round trips for a 10,000-event calendar. */
export const EVENTS_PAGE_SIZE = 2_500;

class GoogleSignInNotConfiguredError extends Error {
  override name = 'GoogleSignInNotConfiguredError';
  constructor() {
    super(
      `Google sign-in is not configured in this build: it has no OAuth client id. Build the extension with ${CLIENT_ID_VARIABLE} set to your Google OAuth client id.`,
    );
  }
}

/** The OAuth client id compiled into the build (see the README), or an error naming the variable that sets it. */
export function googleClientId(configured: string | undefined = import.meta.env.WXT_GOOGLE_CLIENT_ID): string {
  const clientId = typeof configured === 'string' ? configured.trim() : '';
  if (!clientId) throw new GoogleSignInNotConfiguredError();
  return clientId;
}

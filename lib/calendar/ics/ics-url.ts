/**
 * Calendar addresses as users paste them. Kept free of ical.js and browser APIs: the options page
 * imports this to ask for the address's origin while the click (user gesture) is still running.
 */

export class IcsUrlError extends Error {
  override name = 'IcsUrlError';
}

/**
 * The address to fetch: webcal:// (how Apple, Outlook and Google offer subscriptions) becomes
 * https://; anything that is not a plain http(s) address is refused with the reason.
 */
export function normalizeIcsUrl(input: string): string {
  const trimmed = input.trim();
  if (trimmed === '') throw new IcsUrlError('Enter the calendar’s iCal address.');
  const rewritten = trimmed.replace(/^webcals?:\/\//i, 'https://');
  let url: URL;
  try {
    url = new URL(rewritten);
  } catch {
    throw new IcsUrlError('This is not a web address; an iCal address looks like https://…/calendar.ics.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new IcsUrlError(`Only http(s) and webcal addresses can be read, not ${url.protocol.replace(/:$/, '')}.`);
  }
  if (url.username || url.password) {
    throw new IcsUrlError('The address contains a user name or password; use the calendar’s secret address instead.');
  }
  url.hash = '';
  return url.href;
}

/** The host permission pattern covering this address's origin, and no other site. */
export function icsOriginPattern(url: string): string {
  const parsed = new URL(url);
  // Match patterns carry no port: a pattern for the host covers all its ports in Chrome and Firefox.
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** The host alone, for messages and labels: the full address is a secret (it grants read access). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the calendar server';
  }
}

/** Whether a calendar id is a polled address rather than an imported file's name (file names hold no "//"). */
export function isIcsUrl(calendarId: string): boolean {
  return /^https?:\/\//i.test(calendarId);
}

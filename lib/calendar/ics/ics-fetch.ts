import { hostOf } from './ics-url';
import { messageOf } from '../../text/error-message';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** A calendar address that could not be read; the message names the host, never the secret address. */
export class IcsFetchError extends Error {
  override name = 'IcsFetchError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface FetchIcsOptions {
  fetch?: FetchLike;
  timeoutMs?: number;
  /** The same bound as a file import (the importIcsFile message's limit). */
  maxChars?: number;
}

const DEFAULT_FETCH_TIMEOUT_MS = 30_000;
export const MAX_ICS_CHARS = 20_000_000;

/** Downloads an iCal address's text, failing with a message the user can act on. */
export async function fetchIcsText(url: string, options: FetchIcsOptions = {}): Promise<string> {
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxChars = options.maxChars ?? MAX_ICS_CHARS;
  const host = hostOf(url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn(url, {
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      headers: { Accept: 'text/calendar, text/plain;q=0.5, */*;q=0.1' },
    });
    if (!response.ok) throw new IcsFetchError(httpMessage(host, response.status), response.status);
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxChars * 4) throw tooLarge(host, maxChars);
    const text = await response.text();
    if (text.length > maxChars) throw tooLarge(host, maxChars);
    return text;
  } catch (error) {
    if (error instanceof IcsFetchError) throw error;
    if (controller.signal.aborted) {
      throw new IcsFetchError(`${host} did not send the calendar within ${Math.round(timeoutMs / 1000)} seconds; it will be tried again later.`);
    }
    const reason = messageOf(error);
    throw new IcsFetchError(`Could not reach ${host} (${reason}). Check the address and your connection.`);
  } finally {
    clearTimeout(timer);
  }
}

function httpMessage(host: string, status: number): string {
  if (status === 401 || status === 403) {
    return `${host} refused to share the calendar (HTTP ${status}). If the secret address was reset, copy the new one from your calendar's settings.`;
  }
  if (status === 404 || status === 410) {
    return `${host} has no calendar at this address (HTTP ${status}). Copy the iCal address again from your calendar's settings.`;
  }
  if (status === 429 || status >= 500) return `${host} is busy or unavailable (HTTP ${status}); it will be tried again later.`;
  return `${host} answered HTTP ${status} instead of sending the calendar.`;
}

function tooLarge(host: string, maxChars: number): IcsFetchError {
  return new IcsFetchError(`The calendar from ${host} is larger than ${Math.round(maxChars / 1_000_000)} million characters and was not read.`);
}

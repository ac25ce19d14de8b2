import type { calendar_v3 } from '@googleapis/calendar';
import { z } from '../../model';
import { withBackoff, type BackoffOptions } from './backoff';
import { CALENDAR_API_BASE_URL, EVENTS_PAGE_SIZE, REQUEST_TIMEOUT_MS } from './config';
import { GoogleApiError, SyncAbortedError, errorFromFetchFailure, errorFromResponse } from './errors';

type EventsListParams = calendar_v3.Params$Resource$Events$List;

/** The first listing of a full sync, or one of its later pages (same window, plus the page token). */
export type FullSyncParams = Required<Pick<EventsListParams, 'timeMin' | 'timeMax'>> & Pick<EventsListParams, 'pageToken'>;
/** Changes since a sync token. Google refuses timeMin, timeMax, q and orderBy next to a sync token, so the type has none. */
export type IncrementalSyncParams = Required<Pick<EventsListParams, 'syncToken'>> & Pick<EventsListParams, 'pageToken'>;

/** One page of events.list: items stay `unknown` until each is validated on its own, so one bad event never spoils a page. */
export interface EventsPage {
  items: unknown[];
  nextPageToken?: string;
  nextSyncToken?: string;
  /** The calendar's title (for the primary calendar, usually the account's address). */
  summary?: string;
}

export type CalendarListEntry = Pick<calendar_v3.Schema$CalendarListEntry, 'id' | 'summary' | 'summaryOverride' | 'primary' | 'accessRole'>;

export interface TokenSource {
  /** A current access token, without prompting the user. */
  getToken(): Promise<string>;
  /** Forgets `staleToken` (Google refused it) and returns a fresh one, without prompting. */
  renewToken(staleToken: string): Promise<string>;
}

export interface CalendarClientOptions {
  tokens: TokenSource;
  fetch?: typeof fetch;
  baseUrl?: string;
  requestTimeoutMs?: number;
  backoff?: Partial<BackoffOptions>;
  /** Aborts waiting requests and backoff pauses, e.g. on sign-out. */
  signal?: AbortSignal;
  /** Events per page; Google's largest (2,500) unless a test wants more pages. */
  pageSize?: number;
  /** Runs before every request, retries included; throws to stop (the sync lost its lease). */
  beforeRequest?: () => Promise<void>;
}

export interface CalendarClient {
  listEvents(calendarId: string, params: FullSyncParams | IncrementalSyncParams): Promise<EventsPage>;
  listCalendars(): Promise<CalendarListEntry[]>;
}

const token = z.string().check(z.minLength(1), z.maxLength(4_000));
const label = z.string().check(z.maxLength(1_000));

const eventsEnvelopeSchema = z
  .object({
    items: z.optional(z.array(z.unknown())),
    nextPageToken: z.optional(token),
    nextSyncToken: z.optional(token),
    summary: z.optional(label),
  })
  .check(
    z.refine((page) => page.nextPageToken !== undefined || page.nextSyncToken !== undefined, {
      message: 'has neither nextPageToken nor nextSyncToken',
    }),
  );

const calendarListSchema = z.object({
  items: z.optional(
    z.array(
      z.object({
        id: z.string().check(z.minLength(1), z.maxLength(1_024)),
        summary: z.optional(label),
        summaryOverride: z.optional(label),
        primary: z.optional(z.boolean()),
        accessRole: z.optional(z.string().check(z.maxLength(100))),
      }),
    ),
  ),
  nextPageToken: z.optional(token),
});

/** A small typed client for the two Calendar API v3 listings the sync needs, built on fetch. */
export function createCalendarClient(options: CalendarClientOptions): CalendarClient {
  const baseUrl = (options.baseUrl ?? CALENDAR_API_BASE_URL).replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;

  async function getJson<S extends z.ZodMiniType>(url: string, schema: S): Promise<z.infer<S>> {
    let renewed = false;
    return withBackoff(
      async () => {
        let token = await options.tokens.getToken();
        let response = await fetchOnce(url, token);
        if (response.status === 401 && !renewed) {
          // Google refused a token it issued (expired or revoked): drop it, get a fresh one, retry once.
          renewed = true;
          await discardBody(response);
          token = await options.tokens.renewToken(token);
          response = await fetchOnce(url, token);
        }
        const text = await readBody(response);
        if (!response.ok) throw errorFromResponse(response.status, text, response.headers.get('retry-after'));
        return parseBody(text, schema);
      },
      { ...options.backoff, signal: options.signal },
    );
  }

  async function fetchOnce(url: string, token: string): Promise<Response> {
    if (options.signal?.aborted) throw new SyncAbortedError();
    await options.beforeRequest?.();
    try {
      return await doFetch(url, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        signal: requestSignal(timeoutMs, options.signal),
        cache: 'no-store',
      });
    } catch (error) {
      throw errorFromFetchFailure(error, options.signal);
    }
  }

  async function readBody(response: Response): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      throw errorFromFetchFailure(error, options.signal);
    }
  }

  return {
    async listEvents(calendarId, params) {
      const query = new URLSearchParams({ singleEvents: 'true', maxResults: String(options.pageSize ?? EVENTS_PAGE_SIZE) });
      if ('syncToken' in params) {
        query.set('syncToken', params.syncToken);
      } else {
        query.set('timeMin', params.timeMin);
        query.set('timeMax', params.timeMax);
      }
      if (params.pageToken) query.set('pageToken', params.pageToken);
      const url = `${baseUrl}/calendars/${encodeURIComponent(calendarId)}/events?${query}`;
      const page = await getJson(url, eventsEnvelopeSchema);
      return { ...page, items: page.items ?? [] };
    },

    async listCalendars() {
      const entries: CalendarListEntry[] = [];
      let pageToken: string | undefined;
      do {
        const query = new URLSearchParams({ maxResults: '250', minAccessRole: 'reader' });
        if (pageToken) query.set('pageToken', pageToken);
        const page = await getJson(`${baseUrl}/users/me/calendarList?${query}`, calendarListSchema);
        entries.push(...(page.items ?? []));
        pageToken = page.nextPageToken;
      } while (pageToken);
      return entries;
    },
  };
}

/** A truncated or non-JSON body is a transient failure: the page is fetched again, nothing of it is written. */
function parseBody<S extends z.ZodMiniType>(text: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new GoogleApiError(`Google Calendar sent a broken page (not valid JSON, ${text.length} bytes)`, 'transient');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the page';
    throw new GoogleApiError(`Google Calendar sent an unexpected page (${where}: ${issue?.message ?? 'invalid'})`, 'transient');
  }
  return parsed.data;
}

async function discardBody(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Nothing to release.
  }
}

function requestSignal(timeoutMs: number, callerSignal?: AbortSignal): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  if (!callerSignal) return timeout;
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([timeout, callerSignal]);
  // Browsers before AbortSignal.any (Chrome < 116, Firefox < 124): combine by hand.
  const combined = new AbortController();
  for (const signal of [timeout, callerSignal]) {
    if (signal.aborted) combined.abort(signal.reason);
    else signal.addEventListener('abort', () => combined.abort(signal.reason), { once: true });
  }
  return combined.signal;
}

/**
 * A small in-memory stand-in for the Calendar API's events.list, behind a fake `fetch`: pages,
 * sync tokens, cancelled events in incremental results, 410 for expired tokens, and a queue of
 * faults to inject. Unit tests use it; the emulator in tools/ is the full-size version.
 */
export type FakeEvent = Record<string, unknown> & { id: string };

export type Fault = (url: URL) => Response | Promise<Response> | 'throw' | undefined;

/** Every version of an event is kept, so a listing paged over time still describes one moment (its snapshot). */
interface Version {
  event: FakeEvent;
  seq: number;
}

export class FakeCalendarApi {
  readonly baseUrl = 'https://calendar.test/calendar/v3';
  pageSize = 3;
  validTokens = new Set(['token-1']);
  readonly requests: URL[] = [];
  readonly faults: Fault[] = [];
  private readonly calendars = new Map<string, Map<string, Version[]>>();
  private seq = 0;
  private minValidSeq = 0;

  /** Adds or changes an event (a raw object: it may be deliberately broken). */
  put(event: FakeEvent, calendarId = 'primary'): void {
    this.addVersion(calendarId, event);
  }

  cancel(id: string, calendarId = 'primary'): void {
    this.addVersion(calendarId, { id, status: 'cancelled' });
  }

  /** Every sync token issued so far now answers 410 Gone. */
  expireSyncTokens(): void {
    this.minValidSeq = this.seq + 1;
  }

  /** The events a client should hold: all not cancelled. */
  liveEvents(calendarId = 'primary'): FakeEvent[] {
    return this.asOf(calendarId, this.seq)
      .map((version) => version.event)
      .filter((event) => event.status !== 'cancelled');
  }

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    this.requests.push(url);
    const fault = this.faults.shift()?.(url);
    if (fault === 'throw') throw new TypeError('Failed to fetch');
    if (fault) return fault;
    const auth = new Headers(init?.headers).get('authorization') ?? '';
    if (!this.validTokens.has(auth.replace(/^Bearer /, ''))) return json(401, { error: { code: 401, message: 'Invalid Credentials' } });
    const match = /\/calendars\/([^/]+)\/events$/.exec(url.pathname);
    if (!match) return json(404, { error: { code: 404, message: 'Not Found' } });
    return this.list(decodeURIComponent(match[1]!), url.searchParams);
  };

  private list(calendarId: string, params: URLSearchParams): Response {
    const syncToken = params.get('syncToken');
    if (syncToken && ['timeMin', 'timeMax', 'q', 'orderBy'].some((name) => params.has(name))) {
      return json(400, { error: { code: 400, message: 'syncToken with a time range, q or orderBy' } });
    }
    const pageToken = params.get('pageToken');
    const [offset, snapshot, since] = pageToken ? pageToken.split(':').map(Number) : [0, this.seq, syncToken ? seqOf(syncToken) : -1];
    if (since! >= 0 && since! < this.minValidSeq) return json(410, { error: { code: 410, message: 'Sync token is no longer valid' } });
    const all = this.asOf(calendarId, snapshot!).filter((version) =>
      since! >= 0 ? version.seq > since! : version.event.status !== 'cancelled' && inWindow(version.event, params),
    );
    const items = all.slice(offset, offset! + this.pageSize).map((stored) => stored.event);
    const more = offset! + this.pageSize < all.length;
    return json(200, {
      kind: 'calendar#events',
      summary: calendarId === 'primary' ? 'jordan.lee@corp.example' : calendarId,
      items,
      ...(more ? { nextPageToken: `${offset! + this.pageSize}:${snapshot}:${since}` } : { nextSyncToken: `seq-${snapshot}` }),
    });
  }

  private addVersion(calendarId: string, event: FakeEvent): void {
    const versions = this.calendar(calendarId).get(event.id) ?? [];
    versions.push({ event, seq: ++this.seq });
    this.calendar(calendarId).set(event.id, versions);
  }

  /** Each event as it was at `snapshot`, in order of creation: a stable order for page offsets. */
  private asOf(calendarId: string, snapshot: number): Version[] {
    return [...this.calendar(calendarId).values()]
      .filter((versions) => versions[0]!.seq <= snapshot)
      .sort((a, b) => a[0]!.seq - b[0]!.seq)
      .map((versions) => versions.filter((version) => version.seq <= snapshot).at(-1)!);
  }

  private calendar(calendarId: string): Map<string, Version[]> {
    let calendar = this.calendars.get(calendarId);
    if (!calendar) this.calendars.set(calendarId, (calendar = new Map()));
    return calendar;
  }
}

function seqOf(syncToken: string): number {
  return Number(syncToken.replace(/^seq-/, ''));
}

function inWindow(event: FakeEvent, params: URLSearchParams): boolean {
  const start = (event.start as { dateTime?: string } | undefined)?.dateTime;
  const min = params.get('timeMin');
  const max = params.get('timeMax');
  if (!start || !min || !max) return true;
  const startMs = Date.parse(start);
  return !Number.isFinite(startMs) || (startMs >= Date.parse(min) && startMs < Date.parse(max));
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A valid timed event starting `day` days after 2026-11-21 at 09:00 UTC. */
export function anApiEvent(id: string, day = 1, overrides: Record<string, unknown> = {}): FakeEvent {
  const start = new Date(Date.UTC(2026, 10, 21 + day, 9));
  const end = new Date(start.getTime() + 45 * 60_000);
  return {
    id,
    status: 'confirmed',
    summary: `Mentoring ${id}`,
    start: { dateTime: start.toISOString() },
    end: { dateTime: end.toISOString() },
    attendees: [{ email: 'ana.silva@corp.example' }, { email: 'jordan.lee@corp.example', self: true }],
    ...overrides,
  };
}

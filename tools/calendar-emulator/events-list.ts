import { cancelledView } from './event-resource';
import { googleErrors } from './errors';
import {
  compareKeys,
  listEtag,
  querySignature,
  readBoolean,
  readNonNegativeInteger,
  readPageSize,
  readTimestamp,
} from './query';
import { isDeleted, isMaster, type CalendarStore, type StoredCalendar, type StoredEvent } from './store';
import { eventTimeToMs, formatUtc, isValidTimeZone } from './time';
import { digest, type TokenSigner } from './tokens';
import type { ApiEvent, ApiEvents } from './types';

const DEFAULT_PAGE_SIZE = 250;
const MAX_PAGE_SIZE = 2500;

/** Google's list of parameters that cannot accompany a syncToken (events.list reference). */
const SYNC_INCOMPATIBLE = ['timeMin', 'timeMax', 'orderBy', 'q', 'updatedMin', 'iCalUID', 'privateExtendedProperty', 'sharedExtendedProperty'];

interface EventsQuery {
  pageSize: number;
  timeMinMs?: number;
  timeMaxMs?: number;
  updatedMinMs?: number;
  singleEvents: boolean;
  showDeleted: boolean;
  orderBy?: 'startTime' | 'updated';
  terms: string[];
  iCalUID?: string;
  eventTypes: string[];
  timeZone?: string;
  maxAttendees?: number;
  syncToken?: string;
  pageToken?: string;
}

interface SyncTokenPayload {
  k: 'sync';
  cal: string;
  ep: string;
  gen: number;
  seq: number;
}

interface PageTokenPayload {
  k: 'page';
  cal: string;
  ep: string;
  gen: number;
  /** Digest of the query the token belongs to. */
  q: string;
  /** Calendar sequence when the listing started: the final nextSyncToken resumes from here. */
  snap: number;
  /** Sort key of the last item served. */
  after: number[];
  /** For incremental listings: the sequence of the sync token, and a digest of that token. */
  since?: number;
  st?: string;
}

function parseQuery(params: URLSearchParams): EventsQuery {
  const syncToken = params.get('syncToken') ?? undefined;
  if (syncToken !== undefined) {
    const clash = SYNC_INCOMPATIBLE.find((name) => params.has(name));
    // Shape as Google's other parameter errors; the wording of this message is the emulator's.
    if (clash) throw googleErrors.invalidParameter(clash, `The ${clash} parameter cannot be used together with syncToken.`);
    if (params.get('showDeleted')?.toLowerCase() === 'false') {
      throw googleErrors.invalidParameter('showDeleted', 'showDeleted cannot be false when syncToken is used: deletions are always returned.');
    }
  }
  const singleEvents = readBoolean(params, 'singleEvents', false);
  const orderBy = params.get('orderBy') ?? undefined;
  if (orderBy !== undefined && orderBy !== 'startTime' && orderBy !== 'updated') {
    throw googleErrors.invalidParameter('orderBy', `Invalid value '${orderBy}'. Values must match the following regular expression: 'startTime|updated'`);
  }
  if (orderBy === 'startTime' && !singleEvents) {
    throw googleErrors.badRequest('The requested ordering is not available for the particular query.');
  }
  const timeMinMs = readTimestamp(params, 'timeMin');
  const timeMaxMs = readTimestamp(params, 'timeMax');
  if (timeMinMs !== undefined && timeMaxMs !== undefined && timeMaxMs <= timeMinMs) throw googleErrors.timeRangeEmpty();
  const timeZone = params.get('timeZone') ?? undefined;
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) throw googleErrors.invalidParameter('timeZone');
  return {
    pageSize: readPageSize(params, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    timeMinMs,
    timeMaxMs,
    updatedMinMs: readTimestamp(params, 'updatedMin'),
    singleEvents,
    showDeleted: readBoolean(params, 'showDeleted', false),
    orderBy,
    terms: (params.get('q') ?? '').toLowerCase().split(/\s+/).filter(Boolean),
    iCalUID: params.get('iCalUID') ?? undefined,
    eventTypes: params.getAll('eventTypes'),
    timeZone,
    maxAttendees: readNonNegativeInteger(params, 'maxAttendees'),
    syncToken,
    pageToken: params.get('pageToken') ?? undefined,
  };
}

/** Which events a listing shows, before paging: Google's rules for masters, instances and deletions. */
function visible(record: StoredEvent, query: EventsQuery, incremental: boolean, zone: string, calendarZone: string, seriesForm: boolean): boolean {
  // singleEvents=true shows occurrences instead of masters; singleEvents=false shows the master
  // in place of every occurrence that was never changed on its own. A deleted series reaches a
  // singleEvents=true sync as its master's minimal cancelled item (see SeriesCancellationForm).
  const seriesDeletion = incremental && seriesForm && isMaster(record) && isDeleted(record);
  if (query.singleEvents ? isMaster(record) && !seriesDeletion : record.unmodifiedInstance) return false;
  if (incremental) return true;
  if (isDeleted(record)) {
    // events.list reference: cancelled occurrences still appear when singleEvents and
    // showDeleted are both false; updatedMin always includes deletions.
    const cancelledOccurrence = !query.singleEvents && Boolean(record.resource.recurringEventId);
    if (!query.showDeleted && query.updatedMinMs === undefined && !cancelledOccurrence) return false;
  }
  const { startMs, endMs } = spanIn(record, zone, calendarZone);
  if (query.timeMinMs !== undefined && !(endMs > query.timeMinMs)) return false;
  if (query.timeMaxMs !== undefined && !(startMs < query.timeMaxMs)) return false;
  if (query.updatedMinMs !== undefined && record.updatedMs < query.updatedMinMs) return false;
  if (query.iCalUID !== undefined && record.resource.iCalUID !== query.iCalUID) return false;
  if (query.eventTypes.length > 0 && !query.eventTypes.includes(record.resource.eventType ?? 'default')) return false;
  return query.terms.length === 0 || matchesTerms(record.resource, query.terms);
}

/** All-day events are bounded by midnight in the zone the listing is read in. */
function spanIn(record: StoredEvent, zone: string, calendarZone: string): { startMs: number; endMs: number } {
  const { start, end } = record.resource;
  if (zone === calendarZone || !start?.date || isMaster(record)) return record;
  return { startMs: eventTimeToMs(start, zone) ?? record.startMs, endMs: eventTimeToMs(end, zone) ?? record.endMs };
}

/** Free-text search over the fields Google documents for `q`; every term must occur somewhere. */
function matchesTerms(event: ApiEvent, terms: string[]): boolean {
  const people = [...(event.attendees ?? []), event.organizer ?? {}];
  const haystack = [event.summary, event.description, event.location, ...people.flatMap((person) => [person.email, person.displayName])]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
  return terms.every((term) => haystack.includes(term));
}

function sortKey(record: StoredEvent, query: EventsQuery, incremental: boolean, zone: string, calendarZone: string): number[] {
  if (incremental) return [record.changeSeq];
  if (query.orderBy === 'startTime') return [spanIn(record, zone, calendarZone).startMs, record.ordinal];
  if (query.orderBy === 'updated') return [record.updatedMs, record.ordinal];
  return [record.ordinal];
}

function render(record: StoredEvent, query: EventsQuery): ApiEvent {
  if (isDeleted(record)) return cancelledView(record.resource);
  const attendees = record.resource.attendees;
  if (query.maxAttendees === undefined || !attendees || attendees.length <= query.maxAttendees) return record.resource;
  // Google's documented behaviour: beyond maxAttendees only the user's own entry is returned.
  return { ...record.resource, attendees: attendees.filter((attendee) => attendee.self), attendeesOmitted: true };
}

export function listEvents(store: CalendarStore, signer: TokenSigner, calendarId: string, params: URLSearchParams): ApiEvents {
  const calendar = store.findCalendar(calendarId);
  if (!calendar) throw googleErrors.notFound();
  const query = parseQuery(params);
  const calendarZone = calendar.definition.timeZone;
  const zone = query.timeZone ?? calendarZone;
  const signature = digest(querySignature(params, ['syncToken']));
  const page = resumePage(store, signer, calendar, query, signature);

  const since = page?.since ?? (query.syncToken === undefined ? undefined : readSyncToken(store, signer, calendar, query.syncToken));
  const incremental = since !== undefined;
  const snapshotSeq = page?.snap ?? calendar.seq;
  const generation = page?.gen ?? calendar.syncGeneration;
  const candidates: { record: StoredEvent; key: number[] }[] = [];
  for (const record of calendar.events.values()) {
    if (since !== undefined && (record.changeSeq <= since || record.changeSeq > snapshotSeq)) continue;
    if (!visible(record, query, incremental, zone, calendarZone, store.seriesCancellation === 'series')) continue;
    const key = sortKey(record, query, incremental, zone, calendarZone);
    if (page && compareKeys(key, page.after) <= 0) continue;
    candidates.push({ record, key });
  }
  candidates.sort((a, b) => compareKeys(a.key, b.key));
  const served = candidates.slice(0, query.pageSize);
  const last = served.at(-1);

  const continuation: Pick<ApiEvents, 'nextPageToken' | 'nextSyncToken'> = {};
  if (candidates.length > served.length && last) {
    const payload: PageTokenPayload = { k: 'page', cal: calendar.definition.id, ep: store.epoch, gen: generation, q: signature, snap: snapshotSeq, after: last.key };
    if (incremental) Object.assign(payload, { since, st: query.syncToken === undefined ? page?.st : digest(query.syncToken) });
    continuation.nextPageToken = signer.sign(payload);
  } else {
    const payload: SyncTokenPayload = { k: 'sync', cal: calendar.definition.id, ep: store.epoch, gen: generation, seq: snapshotSeq };
    continuation.nextSyncToken = signer.sign(payload);
  }

  const definition = calendar.definition;
  return {
    kind: 'calendar#events',
    etag: listEtag(store.epoch, definition.id, snapshotSeq, served.length, last?.key.join(',') ?? ''),
    summary: definition.summary,
    description: definition.description ?? '',
    updated: formatUtc(calendar.updatedMs),
    timeZone: zone,
    accessRole: definition.accessRole,
    defaultReminders: definition.defaultReminders ?? [],
    ...continuation,
    items: served.map(({ record }) => render(record, query)),
  };
}

/** The sequence a sync token resumes from; 410 when Google would demand a full sync. */
function readSyncToken(store: CalendarStore, signer: TokenSigner, calendar: StoredCalendar, token: string): number {
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) throw googleErrors.invalidParameter('syncToken', 'Invalid sync token value.');
  // A well-formed token this emulator cannot vouch for (another run, another calendar, altered)
  // is treated like an expired one: the client must start over, exactly what 410 asks for.
  const payload = signer.verify<SyncTokenPayload>(token);
  if (
    !payload ||
    payload.k !== 'sync' ||
    payload.cal !== calendar.definition.id ||
    payload.ep !== store.epoch ||
    payload.gen !== calendar.syncGeneration ||
    payload.seq > calendar.seq
  ) {
    throw googleErrors.fullSyncRequired();
  }
  return payload.seq;
}

function resumePage(
  store: CalendarStore,
  signer: TokenSigner,
  calendar: StoredCalendar,
  query: EventsQuery,
  signature: string,
): PageTokenPayload | undefined {
  if (query.pageToken === undefined) return undefined;
  const payload = signer.verify<PageTokenPayload>(query.pageToken);
  const invalid = () => googleErrors.invalidParameter('pageToken', 'Invalid page token value.');
  if (!payload || payload.k !== 'page' || payload.cal !== calendar.definition.id || payload.ep !== store.epoch) throw invalid();
  if (payload.q !== signature) throw invalid();
  // Clients may or may not repeat the syncToken while paging an incremental listing.
  if (query.syncToken !== undefined && payload.st !== digest(query.syncToken)) throw invalid();
  if (payload.since !== undefined && payload.gen !== calendar.syncGeneration) throw googleErrors.fullSyncRequired();
  return payload;
}

import { randomBytes } from 'node:crypto';
import type { Occurrence } from './recurrence';
import type { ApiEvent, ApiEventDateTime } from './types';
import { compactUtc, eventTimeToMs, formatUtc } from './time';

/** Raised by control operations (bad input, unknown ids); the control API answers with its status. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ControlError';
  }
}

const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';

/** Ids Google generates: 26 characters of lowercase base32hex. */
export function newEventId(): string {
  return [...randomBytes(26)].map((byte) => BASE32HEX[byte % 32]).join('');
}

/** Deterministic base32hex text for a number (generated data must not depend on randomness). */
export function base32hex(value: number): string {
  return Math.floor(Math.abs(value)).toString(32);
}

/** Google's etags are quoted decimal strings that change with every modification. */
export function eventEtag(updatedMs: number, changeSeq: number): string {
  return `"${updatedMs}${String(changeSeq % 1000).padStart(3, '0')}"`;
}

/** Google's htmlLink: `eid` is base64 of "<event id> <calendar id>". */
function htmlLinkFor(eventId: string, calendarId: string): string {
  const eid = Buffer.from(`${eventId} ${calendarId}`).toString('base64').replace(/=+$/, '');
  return `https://www.google.com/calendar/event?eid=${eid}`;
}

/** Instance ids embed the original start: `<series>_20240305T090000Z`, or `<series>_20240305` all day. */
export function instanceIdFor(recurringEventId: string, originalStartTime: ApiEventDateTime, timeZone: string): string {
  if (originalStartTime.date) return `${recurringEventId}_${originalStartTime.date.replace(/-/g, '')}`;
  const ms = eventTimeToMs(originalStartTime, timeZone);
  if (ms === undefined) throw new ControlError(400, `Unreadable originalStartTime for an instance of ${recurringEventId}`);
  return `${recurringEventId}_${compactUtc(ms)}`;
}

export function isSeriesMaster(event: ApiEvent): boolean {
  return Array.isArray(event.recurrence) && event.recurrence.length > 0;
}

/**
 * Rejects what Google's events.insert rejects, so scenario data cannot contain events the real
 * service would never return.
 */
export function assertInsertable(event: ApiEvent, timeZone: string): void {
  if (event.status === 'cancelled') return;
  const { start, end } = event;
  if (!start || !end) throw new ControlError(400, `Event ${event.id ?? '(new)'}: Missing start or end time.`);
  if (Boolean(start.date) !== Boolean(end.date)) {
    throw new ControlError(400, `Event ${event.id ?? '(new)'}: Start and end times must either both be date or both be dateTime.`);
  }
  const startMs = eventTimeToMs(start, timeZone);
  const endMs = eventTimeToMs(end, timeZone);
  if (startMs === undefined || endMs === undefined) throw new ControlError(400, `Event ${event.id ?? '(new)'}: Invalid start or end time.`);
  if (endMs < startMs) throw new ControlError(400, `Event ${event.id ?? '(new)'}: The specified time range is empty.`);
}

/** Fills in the fields Google always returns, keeping whatever the caller supplied. */
export function withServerFields(event: ApiEvent, id: string, calendarId: string, createdMs: number): ApiEvent {
  const owner = { email: calendarId, self: true };
  return {
    kind: 'calendar#event',
    id,
    status: 'confirmed',
    htmlLink: htmlLinkFor(id, calendarId),
    created: formatUtc(createdMs),
    creator: owner,
    organizer: owner,
    iCalUID: `${id}@google.com`,
    sequence: 0,
    reminders: { useDefault: true },
    eventType: 'default',
    ...event,
  };
}

/** Fields of a master that describe the series rather than any single occurrence. */
const SERIES_ONLY_FIELDS = new Set(['id', 'etag', 'updated', 'htmlLink', 'recurrence', 'start', 'end']);

/** An occurrence as Google returns it: the master's data, its own id and times, and a link back. */
export function buildInstance(master: ApiEvent, occurrence: Occurrence, calendarId: string): ApiEvent {
  const inherited = Object.fromEntries(Object.entries(master).filter(([key]) => !SERIES_ONLY_FIELDS.has(key))) as ApiEvent;
  return {
    kind: 'calendar#event',
    id: occurrence.id,
    ...inherited,
    htmlLink: htmlLinkFor(occurrence.id, calendarId),
    start: occurrence.start,
    end: occurrence.end,
    recurringEventId: master.id ?? null,
    originalStartTime: occurrence.originalStartTime,
  };
}

/** Shallow JSON merge patch (RFC 7396 at the top level): `null` removes a field. */
export function applyPatch(event: ApiEvent, patch: Partial<ApiEvent>): ApiEvent {
  const next: Record<string, unknown> = { ...event };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as ApiEvent;
}

/** What a deleted event looks like in a list: Google strips everything but identity. */
export function cancelledView(event: ApiEvent): ApiEvent {
  const view: ApiEvent = { kind: 'calendar#event', etag: event.etag ?? null, id: event.id ?? null, status: 'cancelled' };
  if (event.recurringEventId) view.recurringEventId = event.recurringEventId;
  if (event.originalStartTime) view.originalStartTime = event.originalStartTime;
  return view;
}

/** Google's field order, so emulator responses read like the real ones when printed. */
const FIELD_ORDER = [
  'kind', 'etag', 'id', 'status', 'htmlLink', 'created', 'updated', 'summary', 'description', 'location', 'colorId',
  'creator', 'organizer', 'start', 'end', 'endTimeUnspecified', 'recurrence', 'recurringEventId', 'originalStartTime',
  'transparency', 'visibility', 'iCalUID', 'sequence', 'attendees', 'attendeesOmitted', 'hangoutLink', 'conferenceData',
  'guestsCanModify', 'reminders', 'eventType',
];

export function inGoogleFieldOrder(event: ApiEvent): ApiEvent {
  const source = event as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (key in source) ordered[key] = source[key];
  for (const [key, value] of Object.entries(source)) if (!(key in ordered)) ordered[key] = value;
  return ordered as ApiEvent;
}

/** Compares two events ignoring the fields the store rewrites on every change. */
export function sameContent(a: ApiEvent, b: ApiEvent): boolean {
  const strip = ({ etag: _etag, updated: _updated, ...rest }: ApiEvent) => rest;
  return JSON.stringify(inGoogleFieldOrder(strip(a))) === JSON.stringify(inGoogleFieldOrder(strip(b)));
}

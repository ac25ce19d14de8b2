/**
 * Safe readers for an event that may come straight off the wire: any field may be missing, null or
 * of the wrong type, and none of that may throw.
 */

export type UnknownRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An all-day event has a start date and no start time. */
export function isAllDay(event: UnknownRecord): boolean {
  const start = isRecord(event.start) ? event.start : isRecord(event.end) ? event.end : null;
  if (start === null) return false;
  const hasDate = typeof start.date === 'string' && start.date !== '';
  const hasTime = typeof start.dateTime === 'string' && start.dateTime !== '';
  return hasDate && !hasTime;
}

export function isCancelled(event: UnknownRecord): boolean {
  const status = event.status;
  return status === 'cancelled' || status === 'canceled';
}

/** Google's event types that are blocks in a calendar, not meetings with people. */
const NOT_MEETING_TYPES: Readonly<Record<string, string>> = {
  outOfOffice: 'out of office',
  workingLocation: 'a working location',
  focusTime: 'focus time',
  birthday: 'a birthday',
  fromGmail: 'an event from Gmail',
};

/** Why the event is no meeting by its type, or null. */
export function notMeetingType(event: UnknownRecord): string | null {
  const type = event.eventType;
  if (typeof type !== 'string') return null;
  return Object.hasOwn(NOT_MEETING_TYPES, type) ? NOT_MEETING_TYPES[type] ?? null : null;
}

/** "abc123_20260311T063000Z" (an instance of series "abc123") and "abc123_20260311" (all-day instance). */
const INSTANCE_ID = /^(.+)_\d{8}(?:T\d{6}Z?)?$/;

/**
 * The first of an event's ids (its series, its own id, the series inside an instance id for copies
 * that lost `recurringEventId`) that `has` knows, or null.
 */
export function findSeriesKey(event: UnknownRecord, has: (key: string) => boolean): string | null {
  const recurring = typeof event.recurringEventId === 'string' ? event.recurringEventId : '';
  if (recurring !== '' && has(recurring)) return recurring;
  const id = typeof event.id === 'string' ? event.id : '';
  if (id === '') return null;
  if (has(id)) return id;
  const instanceOf = id.indexOf('_') > 0 ? INSTANCE_ID.exec(id) : null;
  const series = instanceOf?.[1];
  return series !== undefined && series !== recurring && has(series) ? series : null;
}

const CALENDAR_ADDRESS = /@(?:resource|group|import)\.calendar\.google\.com$/i;

/** Meeting rooms, equipment and shared calendars are invited like people but are none. */
export function isNonPersonAddress(email: string): boolean {
  return email.endsWith('.calendar.google.com') && CALENDAR_ADDRESS.test(email);
}

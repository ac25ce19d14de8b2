import { randomUUID } from 'node:crypto';
import {
  applyPatch,
  assertInsertable,
  buildInstance,
  cancelledView,
  ControlError,
  eventEtag,
  inGoogleFieldOrder,
  instanceIdFor,
  isSeriesMaster,
  newEventId,
  sameContent,
  withServerFields,
} from './event-resource';
import { expandRecurrence, RecurrenceError, type Occurrence } from './recurrence';
import { DAY_MS, eventTimeToMs, formatUtc, isValidTimeZone } from './time';
import type { ApiEvent, CalendarDefinition } from './types';

export interface StoredEvent {
  readonly calendarId: string;
  resource: ApiEvent;
  /** Creation order: the stable default ordering of events.list and its paging cursor. */
  readonly ordinal: number;
  /** The calendar's change sequence at this event's last change; sync tokens compare against it. */
  changeSeq: number;
  startMs: number;
  /** For a series master: end of its last occurrence, or Infinity for an unbounded series. */
  endMs: number;
  updatedMs: number;
  /** Generated from the master and never changed alone: with singleEvents=false Google shows only the master. */
  unmodifiedInstance: boolean;
}

export interface StoredCalendar {
  definition: CalendarDefinition & { accessRole: NonNullable<CalendarDefinition['accessRole']> };
  events: Map<string, StoredEvent>;
  /** Occurrence ids per series master id, so series changes do not scan the whole calendar. */
  seriesInstances: Map<string, Set<string>>;
  /** Bumped by every event change; a sync token remembers the value it was issued at. */
  seq: number;
  /** Bumped to invalidate every sync token of this calendar (they then get 410). */
  syncGeneration: number;
  updatedMs: number;
  nextOrdinal: number;
}

/**
 * How a deleted series reaches a `singleEvents=true` sync client. Google documents cancelled items
 * that may carry no more than `{ id, status: "cancelled" }`; for a whole series that id is the
 * series' own, though such a client never saw the series itself (`series`, the default). It has
 * also been seen to report each occurrence as cancelled instead (`occurrences`). Clients must
 * handle both.
 */
export type SeriesCancellationForm = 'series' | 'occurrences';

export interface StoreOptions {
  clock: () => number;
  /** Unbounded series are expanded up to this many days past the clock. */
  expansionHorizonDays: number;
  maxInstancesPerSeries: number;
  seriesCancellation?: SeriesCancellationForm;
}

export const isDeleted = (record: StoredEvent) => record.resource.status === 'cancelled';
export const isMaster = (record: StoredEvent) => isSeriesMaster(record.resource);

export class CalendarStore {
  /** Changes on reset/load so that tokens issued for earlier data are void. */
  epoch = randomUUID();
  private readonly calendarsById = new Map<string, StoredCalendar>();
  private lastUpdatedMs = 0;

  constructor(private readonly options: StoreOptions) {}

  get seriesCancellation(): SeriesCancellationForm {
    return this.options.seriesCancellation ?? 'series';
  }

  set seriesCancellation(form: SeriesCancellationForm) {
    this.options.seriesCancellation = form;
  }

  reset(): void {
    this.calendarsById.clear();
    this.epoch = randomUUID();
  }

  /** Fills an empty copy and swaps it in only if that succeeds: a bad data set leaves the current one intact. */
  replaceContent(fill: (staged: CalendarStore) => void): void {
    const staged = new CalendarStore(this.options);
    fill(staged);
    this.calendarsById.clear();
    for (const [id, calendar] of staged.calendarsById) this.calendarsById.set(id, calendar);
    this.epoch = staged.epoch;
    this.lastUpdatedMs = Math.max(this.lastUpdatedMs, staged.lastUpdatedMs);
  }

  addCalendar(definition: CalendarDefinition): StoredCalendar {
    if (this.calendarsById.has(definition.id)) throw new ControlError(409, `Calendar ${definition.id} already exists`);
    if (!isValidTimeZone(definition.timeZone)) throw new ControlError(400, `Unknown time zone ${definition.timeZone}`);
    if (definition.primary && this.primaryCalendar()?.definition.primary) throw new ControlError(400, 'Only one calendar can be primary');
    const calendar: StoredCalendar = {
      definition: { accessRole: 'owner', ...definition },
      events: new Map(),
      seriesInstances: new Map(),
      seq: 0,
      syncGeneration: 0,
      updatedMs: this.options.clock(),
      nextOrdinal: 0,
    };
    this.calendarsById.set(definition.id, calendar);
    return calendar;
  }

  calendars(): StoredCalendar[] {
    return [...this.calendarsById.values()];
  }

  /** The calendar flagged primary, or the first one when a data file flags none. */
  primaryCalendar(): StoredCalendar | undefined {
    return this.calendars().find((calendar) => calendar.definition.primary) ?? this.calendars()[0];
  }

  /** Resolves a calendar id as the API does: `primary` is an alias for the primary calendar. */
  findCalendar(idOrAlias: string): StoredCalendar | undefined {
    return idOrAlias === 'primary' ? this.primaryCalendar() : this.calendarsById.get(idOrAlias);
  }

  requireCalendar(idOrAlias: string): StoredCalendar {
    const calendar = this.findCalendar(idOrAlias);
    if (!calendar) throw new ControlError(404, `No calendar ${idOrAlias}`);
    return calendar;
  }

  /** The stored occurrences of a series (exceptions and cancelled ones included). */
  instancesOf(calendarId: string, masterId: string): StoredEvent[] {
    const calendar = this.requireCalendar(calendarId);
    return [...(calendar.seriesInstances.get(masterId) ?? [])].flatMap((id) => calendar.events.get(id) ?? []);
  }

  requireEvent(calendarId: string, eventId: string): { calendar: StoredCalendar; record: StoredEvent } {
    const calendar = this.requireCalendar(calendarId);
    const record = calendar.events.get(eventId);
    if (!record) throw new ControlError(404, `No event ${eventId} in calendar ${calendar.definition.id}`);
    return { calendar, record };
  }

  /**
   * Adds an event like events.insert. A series master is expanded into instances; an event naming
   * `recurringEventId` + `originalStartTime` of an existing occurrence overrides that occurrence.
   * `updatedAt` lets data files keep their own modification times.
   */
  insertEvent(calendarId: string, input: ApiEvent, updatedAt?: number): ApiEvent {
    const calendar = this.requireCalendar(calendarId);
    const timeZone = calendar.definition.timeZone;
    if (input.recurringEventId && input.originalStartTime) {
      const id = input.id ?? instanceIdFor(input.recurringEventId, input.originalStartTime, timeZone);
      if (calendar.events.has(id)) {
        // The id already names this occurrence; the rest of the input is what changes about it.
        const { recurringEventId: _series, originalStartTime: _original, id: _id, ...changes } = input;
        return this.updateEvent(calendarId, id, changes, updatedAt);
      }
      input = { ...input, id };
    }
    const id = input.id ?? newEventId();
    if (calendar.events.has(id)) throw new ControlError(409, `The requested identifier already exists: ${id}`);
    assertInsertable(input, timeZone);
    const now = this.options.clock();
    const resource = withServerFields(input, id, calendar.definition.id, input.created ? (Date.parse(input.created) || now) : now);
    const record = this.createRecord(calendar, resource, false);
    this.touch(calendar, record, updatedAt);
    if (isSeriesMaster(resource)) this.syncSeries(calendar, record, updatedAt);
    return record.resource;
  }

  /** A shallow merge patch (`null` removes a field). Patching an occurrence makes it an exception. */
  updateEvent(calendarId: string, eventId: string, patch: Partial<ApiEvent>, updatedAt?: number): ApiEvent {
    const { calendar, record } = this.requireEvent(calendarId, eventId);
    if (patch.id !== undefined && patch.id !== eventId) throw new ControlError(400, 'An event id cannot be changed');
    const timeZone = calendar.definition.timeZone;
    const movesSeries = patch.recurringEventId !== undefined && patch.recurringEventId !== record.resource.recurringEventId;
    const movesOriginal =
      patch.originalStartTime !== undefined && eventTimeToMs(patch.originalStartTime, timeZone) !== eventTimeToMs(record.resource.originalStartTime, timeZone);
    if (movesSeries || movesOriginal) throw new ControlError(400, 'recurringEventId and originalStartTime cannot be changed: an occurrence stays the occurrence it is');
    const next = applyPatch(record.resource, patch);
    assertInsertable(next, timeZone);
    const wasCancelled = isDeleted(record);
    record.resource = next;
    record.unmodifiedInstance = false;
    this.computeSpan(calendar, record);
    this.touch(calendar, record, updatedAt);
    if (isSeriesMaster(next)) {
      this.syncSeries(calendar, record, updatedAt);
    } else if (next.recurringEventId && !wasCancelled && isDeleted(record)) {
      // Google records a cancelled occurrence on the series too: the master changes with it.
      const master = calendar.events.get(next.recurringEventId);
      if (master && !isDeleted(master)) this.touch(calendar, master, updatedAt);
    }
    return record.resource;
  }

  /** Deletes like events.delete: the event stays, as `status: "cancelled"`, for sync clients. */
  cancelEvent(calendarId: string, eventId: string): ApiEvent {
    const { record } = this.requireEvent(calendarId, eventId);
    if (isDeleted(record)) throw new ControlError(410, `Event ${eventId} is already cancelled`);
    return cancelledView(this.updateEvent(calendarId, eventId, { status: 'cancelled' }));
  }

  invalidateSyncTokens(calendarId?: string): void {
    const targets = calendarId === undefined ? this.calendars() : [this.requireCalendar(calendarId)];
    for (const calendar of targets) calendar.syncGeneration += 1;
  }

  private createRecord(calendar: StoredCalendar, resource: ApiEvent, unmodifiedInstance: boolean): StoredEvent {
    const record: StoredEvent = {
      calendarId: calendar.definition.id,
      resource,
      ordinal: calendar.nextOrdinal++,
      changeSeq: 0,
      startMs: 0,
      endMs: 0,
      updatedMs: 0,
      unmodifiedInstance,
    };
    calendar.events.set(resource.id ?? '', record);
    if (resource.recurringEventId) {
      const siblings = calendar.seriesInstances.get(resource.recurringEventId) ?? new Set<string>();
      siblings.add(resource.id ?? '');
      calendar.seriesInstances.set(resource.recurringEventId, siblings);
    }
    this.computeSpan(calendar, record);
    return record;
  }

  /** Records one change: new sequence number, `updated` and etag, as Google does on every write. */
  private touch(calendar: StoredCalendar, record: StoredEvent, updatedAt?: number): void {
    const updatedMs = updatedAt ?? Math.max(this.options.clock(), this.lastUpdatedMs + 1);
    this.lastUpdatedMs = Math.max(this.lastUpdatedMs, updatedMs);
    calendar.seq += 1;
    calendar.updatedMs = Math.max(calendar.updatedMs, updatedMs);
    record.changeSeq = calendar.seq;
    record.updatedMs = updatedMs;
    record.resource = inGoogleFieldOrder({ ...record.resource, etag: eventEtag(updatedMs, calendar.seq), updated: formatUtc(updatedMs) });
  }

  private occurrencesOf(calendar: StoredCalendar, master: ApiEvent): Occurrence[] {
    try {
      return expandRecurrence(master, calendar.definition.timeZone, {
        horizonMs: this.options.clock() + this.options.expansionHorizonDays * DAY_MS,
        maxInstances: this.options.maxInstancesPerSeries,
      });
    } catch (error) {
      if (error instanceof RecurrenceError) throw new ControlError(400, error.message);
      throw error;
    }
  }

  /** Start and end instants; a master's end is set by syncSeries, which expands it anyway. */
  private computeSpan(calendar: StoredCalendar, record: StoredEvent): void {
    const timeZone = calendar.definition.timeZone;
    const { resource } = record;
    const startMs = eventTimeToMs(resource.start ?? resource.originalStartTime, timeZone) ?? 0;
    record.startMs = startMs;
    record.endMs = eventTimeToMs(resource.end, timeZone) ?? startMs;
  }

  /**
   * Brings a series' stored occurrences in line with its master: unmodified occurrences follow
   * the master, new ones appear, occurrences that no longer exist (or all, when the master is
   * cancelled) become cancelled so that sync clients learn about them.
   */
  private syncSeries(calendar: StoredCalendar, master: StoredEvent, updatedAt?: number): void {
    const masterId = master.resource.id ?? '';
    const existing = [...(calendar.seriesInstances.get(masterId) ?? [])].flatMap((id) => calendar.events.get(id) ?? []);
    const keep = new Set<string>();
    if (!isDeleted(master)) {
      const occurrences = this.occurrencesOf(calendar, master.resource);
      const unbounded = (master.resource.recurrence ?? []).some((line) => /^RRULE:/i.test(line) && !/COUNT=|UNTIL=/i.test(line));
      const lastEnd = eventTimeToMs(occurrences.at(-1)?.end, calendar.definition.timeZone);
      master.endMs = unbounded ? Number.POSITIVE_INFINITY : Math.max(master.endMs, lastEnd ?? master.endMs);
      for (const occurrence of occurrences) {
        keep.add(occurrence.id);
        const instance = buildInstance(master.resource, occurrence, calendar.definition.id);
        const record = calendar.events.get(occurrence.id);
        if (!record) {
          this.touch(calendar, this.createRecord(calendar, instance, true), updatedAt);
        } else if (record.unmodifiedInstance && !sameContent(record.resource, instance)) {
          record.resource = instance;
          this.computeSpan(calendar, record);
          this.touch(calendar, record, updatedAt);
        }
      }
    }
    // A deleted series in the `series` form is reported by its master alone: its occurrences go
    // without a change of their own. Occurrences that merely left the series are always reported.
    const silently = isDeleted(master) && this.seriesCancellation === 'series';
    for (const record of existing) {
      if (keep.has(record.resource.id ?? '') || isDeleted(record)) continue;
      record.resource = { ...record.resource, status: 'cancelled' };
      if (!silently) this.touch(calendar, record, updatedAt);
    }
  }
}

/** Sorting helper shared by the control snapshot and tests: by start, then creation order. */
export function byStartThenOrdinal(a: StoredEvent, b: StoredEvent): number {
  return a.startMs - b.startMs || a.ordinal - b.ordinal;
}

import ICAL from 'ical.js';
import type { GoogleEvent } from '../../model';
import { instanceIdOf, seriesIdOf } from './ics-ids';
import { mapIcsOccurrence, type IcalEvent, type InstanceIdentity, type MapContext } from './ics-map';
import { type IcalComponent, type IcsCalendar, type IcsSkip } from './ics-reader';
import { messageOf } from '../../text/error-message';
import { resolveTime, tzidOf, type IcalTime, type ResolvedTime } from './ics-time';

export interface ExpandOptions extends MapContext {
  windowStartMs: number;
  windowEndMs: number;
  /** The zone floating times (no TZID, no Z) happen in. */
  floatingZone: string;
  /** Collects the TZIDs that are neither defined in the file nor known to the runtime (read as floating). */
  unknownZones?: Set<string>;
}

export interface ExpandResult {
  events: GoogleEvent[];
  skipped: IcsSkip[];
}

/** ical.js takes ~60 µs a step: a rule needing more steps than this to pass the window (55 years of a daily one) is refused rather than stall the worker. */
export const MAX_RECURRENCE_STEPS = 20_000;
/** An hourly or minutely rule would flood the store; a series keeps at most this many instances. */
export const MAX_INSTANCES_PER_SERIES = 1_000;

interface Series {
  uid: string;
  master?: IcalComponent;
  overrides: IcalComponent[];
}

/**
 * Turns a calendar's VEVENTs into Google-shaped events within the window: one event per one-off
 * VEVENT, one per occurrence of a recurring one (RRULE/RDATE minus EXDATE, with RECURRENCE-ID
 * overrides in place of the occurrences they replace). A VEVENT that cannot be used is skipped with
 * its reason; the rest go on.
 */
export function expandIcsEvents(calendar: IcsCalendar, options: ExpandOptions): ExpandResult {
  const skipped: IcsSkip[] = [...calendar.skipped];
  const events = new Map<string, GoogleEvent>();
  const emit = (event: GoogleEvent, label: string) => {
    if (events.has(event.id)) skipped.push({ eventId: event.id, reason: `${label}: another event has the same UID and start` });
    else events.set(event.id, event);
  };
  for (const series of groupByUid(calendar.events, skipped).values()) {
    const label = describe(series.master ?? series.overrides[0]!);
    try {
      const produced = expandSeries(series, options);
      for (const event of produced.events) emit(event, label);
      skipped.push(...produced.skipped);
      if (produced.truncated) {
        skipped.push({ eventId: series.uid, reason: `${label}: only the first ${MAX_INSTANCES_PER_SERIES} occurrences in the window were kept` });
      }
    } catch (error) {
      skipped.push({ eventId: series.uid, reason: `${label}: ${messageOf(error)}` });
    }
  }
  return { events: [...events.values()], skipped };
}

function groupByUid(components: readonly IcalComponent[], skipped: IcsSkip[]): Map<string, Series> {
  const series = new Map<string, Series>();
  for (const component of components) {
    const problem = timeProblem(component, 'dtstart', true) ?? timeProblem(component, 'dtend', false) ?? timeProblem(component, 'recurrence-id', false);
    const uid = uidOf(component);
    if (problem) {
      skipped.push({ eventId: uid, reason: `${describe(component)}: ${problem}` });
      continue;
    }
    const entry = series.get(uid) ?? { uid, overrides: [] };
    series.set(uid, entry);
    if (!component.hasProperty('recurrence-id')) {
      if (entry.master) skipped.push({ eventId: uid, reason: `${describe(component)}: another event has the same UID` });
      else entry.master = component;
    } else {
      entry.overrides.push(component);
    }
  }
  return series;
}

/** Why a time property is unusable: missing (when required), unreadable, or an impossible date ical.js would roll over. */
function timeProblem(component: IcalComponent, name: string, required: boolean): string | undefined {
  const property = component.getFirstProperty(name);
  const label = name.toUpperCase();
  if (!property) return required ? `has no start (${label})` : undefined;
  const written: unknown = property.toJSON()[3];
  try {
    const value = property.getFirstValue();
    if (!(value instanceof ICAL.Time)) return `${label} is not a date or date-time`;
    if (value.toString().replace(/Z$/, '') !== String(written).replace(/Z$/, '')) return `${label} "${String(written)}" is not a valid date`;
  } catch (error) {
    return `${label} cannot be read (${messageOf(error)})`;
  }
  return undefined;
}

interface SeriesResult {
  events: GoogleEvent[];
  skipped: IcsSkip[];
  truncated: boolean;
}

function expandSeries(series: Series, options: ExpandOptions): SeriesResult {
  const seriesId = seriesIdOf(series.uid);
  const overrides = series.overrides.map((component) => new ICAL.Event(component));
  const inWindow = (start: ResolvedTime, end: ResolvedTime) =>
    start.ms <= options.windowEndMs && Math.max(start.ms, end.ms) >= options.windowStartMs;
  const events: GoogleEvent[] = [];
  const skipped: IcsSkip[] = [];
  const emitOwnTimes = (item: IcalEvent, identity: InstanceIdentity) => {
    let times: { start: ResolvedTime; end: ResolvedTime };
    try {
      times = ownTimes(item, options);
    } catch (error) {
      // A broken override loses only its own occurrence, a broken one-off event only itself.
      const occurrence = identity.originalStart ? ` (occurrence of ${whenOf(identity.originalStart)})` : '';
      skipped.push({ eventId: series.uid, reason: `${describe(item.component)}${occurrence}: ${messageOf(error)}` });
      return;
    }
    if (inWindow(times.start, times.end)) events.push(mapIcsOccurrence(item, identity, times.start, times.end, options));
  };
  const recurrence = (override: IcalEvent) => resolveTime(override.recurrenceId, tzidOf(override.component, 'recurrence-id'), options.floatingZone, options.unknownZones);
  const emitOverride = (override: IcalEvent) => {
    const originalStart = recurrence(override);
    emitOwnTimes(override, { id: instanceIdOf(seriesId, originalStart.stamp), recurringEventId: seriesId, originalStart });
  };

  const master = series.master;
  if (!master) {
    // Only overrides: the calendar holds single instances of a series shared with the user (as Google exports invitations).
    overrides.forEach(emitOverride);
    return { events, skipped, truncated: false };
  }
  const event = new ICAL.Event(master, { exceptions: overrides, strictExceptions: false });
  if (!event.isRecurring()) {
    emitOwnTimes(event, { id: seriesId });
    overrides.forEach(emitOverride);
    return { events, skipped, truncated: false };
  }

  const startZone = tzidOf(master, 'dtstart');
  const overridesByStamp = new Map(overrides.map((override) => [recurrence(override).stamp, override]));
  const excluded = excludedStamps(master, startZone, options.floatingZone, options.unknownZones);
  const iterator = event.iterator();
  let truncated = false;
  for (let step = 0; ; step += 1) {
    if (step > MAX_RECURRENCE_STEPS) throw new Error(`its recurrence rule needs more than ${MAX_RECURRENCE_STEPS} steps; it was not imported`);
    const occurrence: IcalTime | undefined = iterator.next();
    if (!occurrence) break;
    const originalStart = resolveTime(occurrence, startZone, options.floatingZone, options.unknownZones);
    if (originalStart.ms > options.windowEndMs) break;
    if (isExcluded(excluded, originalStart)) continue;
    const override = overridesByStamp.get(originalStart.stamp);
    overridesByStamp.delete(originalStart.stamp);
    const identity = { id: instanceIdOf(seriesId, originalStart.stamp), recurringEventId: seriesId, originalStart };
    if (events.length >= MAX_INSTANCES_PER_SERIES) {
      truncated = true;
      break;
    }
    if (override) {
      emitOwnTimes(override, identity);
      continue;
    }
    const details = event.getOccurrenceDetails(occurrence);
    const zone = tzidOf(details.item.component, 'dtstart');
    const start = resolveTime(details.startDate, zone, options.floatingZone, options.unknownZones);
    const end = resolveTime(details.endDate, zone, options.floatingZone, options.unknownZones);
    if (inWindow(start, end)) events.push(mapIcsOccurrence(details.item, identity, start, end, options));
  }
  // Overrides whose original start lies past the window end may have been moved into it.
  if (!truncated) for (const override of overridesByStamp.values()) if (!isExcluded(excluded, recurrence(override))) emitOverride(override);
  return { events, skipped, truncated };
}

/** A VEVENT's own DTSTART/DTEND (or DURATION); an end before the start is refused with a clear reason. */
function ownTimes(item: IcalEvent, options: ExpandOptions): { start: ResolvedTime; end: ResolvedTime } {
  const startZone = tzidOf(item.component, 'dtstart');
  const start = resolveTime(item.startDate, startZone, options.floatingZone, options.unknownZones);
  const endZone = item.component.hasProperty('dtend') ? (tzidOf(item.component, 'dtend') ?? startZone) : startZone;
  const end = resolveTime(item.endDate, endZone, options.floatingZone, options.unknownZones);
  if (end.ms < start.ms) throw new Error('it ends before it starts (DTEND is before DTSTART)');
  return { start, end };
}

/**
 * The EXDATE stamps of a series, compared with each occurrence by instant (ical.js's own check
 * misses some EXDATEs written in another zone than DTSTART). A DATE-only EXDATE removes that day.
 */
function excludedStamps(master: IcalComponent, startZone: string | undefined, floatingZone: string, unknownZones?: Set<string>): Set<string> {
  const stamps = new Set<string>();
  for (const property of master.getAllProperties('exdate')) {
    const zone = (property.getFirstParameter('tzid') as string | undefined) || startZone;
    for (const value of property.getValues()) {
      if (value instanceof ICAL.Time) stamps.add(resolveTime(value, zone, floatingZone, unknownZones).stamp);
    }
  }
  return stamps;
}

/** An occurrence is excluded by an EXDATE at its instant, or by a DATE-only EXDATE on its local day. */
function isExcluded(excluded: ReadonlySet<string>, originalStart: ResolvedTime): boolean {
  const localDay = (originalStart.eventTime.dateTime ?? originalStart.eventTime.date ?? '').slice(0, 10).replace(/-/g, '');
  return excluded.has(originalStart.stamp) || excluded.has(localDay);
}

function uidOf(component: IcalComponent): string {
  const uid = component.getFirstPropertyValue('uid');
  if (typeof uid === 'string' && uid.trim() !== '') return uid.trim();
  // RFC 5545 requires a UID, but some generators omit it: title and start identify the event across imports.
  return `no-uid:${String(component.getFirstPropertyValue('summary') ?? '')}|${String(component.getFirstProperty('dtstart')?.toJSON()[3] ?? '')}`;
}

function whenOf(time: ResolvedTime): string {
  return time.eventTime.dateTime ?? time.eventTime.date ?? '';
}

function describe(component: IcalComponent): string {
  const summary = component.getFirstPropertyValue('summary');
  const uid = component.getFirstPropertyValue('uid');
  const title = typeof summary === 'string' && summary.trim() !== '' ? `"${summary.trim().slice(0, 80)}"` : 'An untitled event';
  return typeof uid === 'string' && uid !== '' ? `${title} (UID ${uid.slice(0, 120)})` : title;
}

import ICAL from 'ical.js';
import type { GoogleEvent } from '../../model';
import { compactUtc, isKnownTimeZone, isoDate, isoWithOffset, wallClockToUtc } from './zone-math';

export type IcalTime = InstanceType<typeof ICAL.Time>;
export type EventTime = NonNullable<GoogleEvent['start']>;

/** One ICS time, placed on the timeline and written the way Google's API writes event times. */
export interface ResolvedTime {
  /** Epoch ms; all-day dates are midnight UTC, as in the local event copies. */
  ms: number;
  allDay: boolean;
  eventTime: EventTime;
  /**
   * The instance part of an event id: UTC "20260330T080000Z" for zoned times, the wall clock
   * "20260330T100000" for floating ones (so ids do not change when the user travels), "20260330" for dates.
   */
  stamp: string;
}

/**
 * Places an ical.js time. Times whose zone the file defines (VTIMEZONE) or that are UTC are exact;
 * for the rest ical.js only knows the wall clock, so `tzid` (the TZID the property named) is
 * resolved through Intl when it is an IANA name, and anything else is floating: it happens at
 * that wall-clock time in `floatingZone` (a named zone that is unknown goes into `unknownZones`).
 */
export function resolveTime(time: IcalTime, tzid: string | undefined, floatingZone: string, unknownZones?: Set<string>): ResolvedTime {
  if (time.isDate) {
    return {
      ms: Date.UTC(time.year, time.month - 1, time.day),
      allDay: true,
      eventTime: { date: isoDate(time.year, time.month, time.day) },
      stamp: isoDate(time.year, time.month, time.day).replace(/-/g, ''),
    };
  }
  const zone = time.zone;
  if (zone === ICAL.Timezone.utcTimezone) {
    const ms = time.toUnixTime() * 1000;
    return { ms, allDay: false, eventTime: { dateTime: isoWithOffset(ms, 0) }, stamp: compactUtc(ms) };
  }
  if (zone && zone !== ICAL.Timezone.localTimezone && zone.component) {
    const ms = time.toUnixTime() * 1000;
    const eventTime: EventTime = { dateTime: isoWithOffset(ms, time.utcOffset() * 1000) };
    // Outlook names zones the Windows way ("W. Europe Standard Time"); only IANA names are passed on.
    if (isKnownTimeZone(zone.tzid)) eventTime.timeZone = zone.tzid;
    return { ms, allDay: false, eventTime, stamp: compactUtc(ms) };
  }
  const named = isKnownTimeZone(tzid) ? tzid : undefined;
  // A TZID the file neither defines nor the runtime knows: read as floating, and said so in the import summary.
  if (tzid && !named) unknownZones?.add(tzid);
  const { utcMs, offsetMs } = wallClockToUtc(time, named ?? floatingZone);
  return {
    ms: utcMs,
    allDay: false,
    eventTime: { dateTime: isoWithOffset(utcMs, offsetMs), timeZone: named ?? floatingZone },
    stamp: named ? compactUtc(utcMs) : time.toICALString(),
  };
}

/** The TZID parameter of a component's time property (DTSTART, DTEND, RECURRENCE-ID...). */
export function tzidOf(component: InstanceType<typeof ICAL.Component>, property: string): string | undefined {
  const value = component.getFirstProperty(property)?.getFirstParameter('tzid');
  return typeof value === 'string' && value !== '' ? value : undefined;
}

import ICAL from 'ical.js';
import type { GoogleEvent } from '../../model';
import type { ResolvedTime } from './ics-time';
import { findMeetLink } from './meet-link';

export type IcalEvent = InstanceType<typeof ICAL.Event>;
type IcalProperty = InstanceType<typeof ICAL.Property>;
type EventPerson = NonNullable<GoogleEvent['organizer']>;

export interface InstanceIdentity {
  id: string;
  /** Set for an instance of a recurring series: the series' id. */
  recurringEventId?: string;
  /** The instance's original start (its RECURRENCE-ID), for instances only. */
  originalStart?: ResolvedTime;
}

export interface MapContext {
  /** The user's own address (settings.selfEmail), lower case: marks `self` on attendee and organizer. */
  selfEmail?: string;
}

const STATUS: Record<string, GoogleEvent['status']> = {
  CONFIRMED: 'confirmed',
  TENTATIVE: 'tentative',
  CANCELLED: 'cancelled',
};

const RESPONSE: Record<string, EventPerson['responseStatus']> = {
  'NEEDS-ACTION': 'needsAction',
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  TENTATIVE: 'tentative',
};

/**
 * One occurrence of an ICS event in the Google Calendar API's shape. `item` is the VEVENT that
 * describes the occurrence: the series itself, or the RECURRENCE-ID override replacing it.
 */
export function mapIcsOccurrence(
  item: IcalEvent,
  identity: InstanceIdentity,
  start: ResolvedTime,
  end: ResolvedTime,
  context: MapContext,
): GoogleEvent {
  const component = item.component;
  const description = text(component.getFirstPropertyValue('description'));
  const location = text(component.getFirstPropertyValue('location'));
  const url = text(component.getFirstPropertyValue('url'));
  const organizer = organizerOf(component.getFirstProperty('organizer'), context);
  const attendees = item.attendees.map((property) => attendeeOf(property, organizer?.email, context));
  const status = STATUS[(text(component.getFirstPropertyValue('status')) ?? 'CONFIRMED').toUpperCase()];

  return compact({
    id: identity.id,
    status: status ?? 'confirmed',
    summary: text(component.getFirstPropertyValue('summary')),
    description,
    location,
    htmlLink: url && /^https?:\/\//i.test(url) ? url : undefined,
    hangoutLink: findMeetLink([text(component.getFirstPropertyValue('x-google-conference')), url, location, description]),
    iCalUID: item.uid || undefined,
    recurringEventId: identity.recurringEventId,
    originalStartTime: identity.originalStart?.eventTime,
    updated: updatedOf(item),
    start: start.eventTime,
    end: end.eventTime,
    organizer,
    attendees: attendees.length > 0 ? attendees : undefined,
  }) as GoogleEvent;
}

function organizerOf(property: IcalProperty | null, context: MapContext): EventPerson | undefined {
  if (!property) return undefined;
  const email = emailOf(property.getFirstValue());
  const displayName = param(property, 'cn');
  if (!email && !displayName) return undefined;
  return compact({ email, displayName, self: isSelf(email, context) });
}

function attendeeOf(property: IcalProperty, organizerEmail: string | undefined, context: MapContext): EventPerson {
  const email = emailOf(property.getFirstValue());
  const cutype = param(property, 'cutype')?.toUpperCase();
  const role = param(property, 'role')?.toUpperCase();
  return compact({
    email,
    displayName: param(property, 'cn'),
    responseStatus: RESPONSE[param(property, 'partstat')?.toUpperCase() ?? 'NEEDS-ACTION'] ?? 'needsAction',
    self: isSelf(email, context),
    organizer: email !== undefined && email === organizerEmail ? true : undefined,
    resource: cutype === 'ROOM' || cutype === 'RESOURCE' ? true : undefined,
    optional: role === 'OPT-PARTICIPANT' || role === 'NON-PARTICIPANT' ? true : undefined,
  });
}

/** "mailto:Ada@Example.org" → "ada@example.org"; other addresses (urn:uuid:…) carry no e-mail. */
function emailOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const address = /^mailto:/i.test(trimmed) ? safeDecode(trimmed.slice('mailto:'.length)) : trimmed;
  if (!/^[^\s@:]+@[^\s@]+$/.test(address)) return undefined;
  return address.toLowerCase();
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function isSelf(email: string | undefined, context: MapContext): true | undefined {
  return email !== undefined && context.selfEmail !== undefined && email === context.selfEmail ? true : undefined;
}

function updatedOf(item: IcalEvent): string | undefined {
  const stamp = item.component.getFirstPropertyValue('last-modified') ?? item.component.getFirstPropertyValue('dtstamp');
  if (!(stamp instanceof ICAL.Time)) return undefined;
  const date = stamp.toJSDate();
  return Number.isFinite(date.getTime()) ? date.toISOString() : undefined;
}

function param(property: IcalProperty, name: string): string | undefined {
  const value: unknown = property.getFirstParameter(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Leaves out absent fields, as Google's API does, so copies compare and store cleanly. */
function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

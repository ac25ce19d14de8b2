import { toEventCopy } from '../../lib/calendar/event-copy';
import type { MentoringDatabase } from '../../lib/db/database';
import type { CalendarEventCopy, EventSource, GoogleEvent, Pairing } from '../../lib/model';
import { updateSettings } from '../../lib/settings/settings-store';
import { aPairing } from '../support/factories';
import { freshDatabase as emptyDatabase } from '../support/fresh-database';

/** The tests' "now": Saturday 2026-11-21, 10:00 UTC. */
export const NOW = Date.parse('2026-11-21T10:00:00Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const SELF = 'jordan.lee@corp.example';
export const ANA = { email: 'ana.silva@corp.example', displayName: 'Ana Silva' };
export const BEN = { email: 'ben.okafor@corp.example', displayName: 'Ben Okafor' };
export const LENA = { email: 'lena.brandt@partner.example', displayName: 'Lena Brandt' };

/** A fresh database with the user's address set, as after signing in. */
export async function freshDatabase(): Promise<MentoringDatabase> {
  const db = emptyDatabase('sessions');
  await updateSettings((settings) => ({ ...settings, selfEmail: SELF, calendarSource: 'google' }), db);
  return db;
}

export function anaPairing(overrides: Partial<Pairing> = {}): Pairing {
  return aPairing({ id: 'p-ana', seriesIds: ['series-ana'], ...overrides });
}

export function benPairing(overrides: Partial<Pairing> = {}): Pairing {
  return aPairing({
    id: 'p-ben',
    title: 'Ben Okafor mentoring',
    participants: [{ email: BEN.email, name: BEN.displayName }],
    seriesIds: [],
    ...overrides,
  });
}

export interface EventSpec {
  id: string;
  /** The recurring series; omit for a one-off event. */
  seriesId?: string;
  startMs: number;
  minutes?: number;
  summary?: string;
  description?: string;
  with?: { email: string; displayName?: string; resource?: boolean }[];
  status?: GoogleEvent['status'];
  selfResponse?: 'accepted' | 'declined' | 'needsAction';
  hangoutLink?: string;
  source?: EventSource;
  calendarKey?: string;
}

/** A stored event copy made the way the sync makes it (through toEventCopy). */
export function eventCopy(spec: EventSpec): CalendarEventCopy {
  const end = spec.startMs + (spec.minutes ?? 45) * 60_000;
  const raw: GoogleEvent = {
    id: spec.id,
    status: spec.status ?? 'confirmed',
    summary: spec.summary ?? 'Ana / Jordan',
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.seriesId ? { recurringEventId: spec.seriesId } : {}),
    ...(spec.hangoutLink ? { hangoutLink: spec.hangoutLink } : {}),
    start: { dateTime: new Date(spec.startMs).toISOString() },
    end: { dateTime: new Date(end).toISOString() },
    organizer: { email: SELF, self: true },
    attendees: [
      ...(spec.with ?? [ANA]).map((person) => ({ ...person, responseStatus: 'accepted' as const })),
      { email: SELF, self: true, responseStatus: spec.selfResponse ?? 'accepted' },
    ],
  };
  const source = spec.source ?? 'google';
  const result = toEventCopy(raw, spec.calendarKey ?? `${source}:primary`, source);
  if (!result.ok) throw new Error(`bad test event ${spec.id}: ${result.reason}`);
  return result.copy;
}

/** Occurrences of a weekly-or-so series: `count` events `everyDays` apart from `firstStartMs`. */
export function series(spec: Omit<EventSpec, 'id' | 'startMs'> & { seriesId: string; firstStartMs: number; count: number; everyDays: number }) {
  return Array.from({ length: spec.count }, (_, index) =>
    eventCopy({ ...spec, id: `${spec.seriesId}_${index}`, startMs: spec.firstStartMs + index * spec.everyDays * DAY }),
  );
}

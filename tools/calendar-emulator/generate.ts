import { base32hex, ControlError } from './event-resource';
import type { CalendarStore } from './store';
import { addDays, DAY_MS, formatDate, formatDateTimeInZone, isoWeekday, parseDateOnly, parseRfc3339, wallTimeAt, wallTimeToMs } from './time';
import type { ApiEvent } from './types';

/**
 * Synthetic but realistic calendars for benchmarks and large end-to-end runs: working-day
 * meetings, some weekly series (with a moved occurrence), all-day events, attendees, Meet links,
 * and a share of mentoring sessions. The same seed always yields the same events.
 */
export interface GenerateOptions {
  calendarId: string;
  /** Events a `singleEvents=true` listing will return (occurrences count, series masters do not). */
  count: number;
  /** First day (YYYY-MM-DD or RFC 3339); default 180 days before now. */
  startFrom?: string;
  seed?: number;
}

export interface GenerateSummary {
  created: number;
  firstDay: string;
  lastDay: string;
}

/** mulberry32: tiny, fast, and good enough to vary test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  ['ana.silva@corp.example', 'Ana Silva'],
  ['priya.raman@corp.example', 'Priya Raman'],
  ['mateo.garcia@corp.example', 'Mateo García'],
  ['amara.okafor@corp.example', 'Amara Okafor'],
  ['elodie.fournier@corp.example', 'Élodie Fournier'],
  ['lena.hoffmann@corp.example', 'Lena Hoffmann'],
  ['oluwaseun.adeyemi@corp.example', 'Oluwaseun Adeyemi'],
  ['lin.wei@corp.example', 'Lin Wei'],
  ['fatima.benali@corp.example', 'Fatima Benali'],
  ['sam.taylor@corp.example', 'Sam Taylor'],
  ['noah.kim@corp.example', 'Noah Kim'],
  ['isabel.moreau@corp.example', 'Isabel Moreau'],
] as const;

const MENTORING_TITLES = ['Mentoring session: {a}', '1:1 mentoring with {a}', 'Reverse mentoring with {a}', 'Peer mentoring: {a}', 'Mentoring circle check-in', 'Career conversation with {a} (mentoring)'];
const ORDINARY_TITLES = ['Team standup', 'Sprint planning', 'Design review', 'Architecture sync', 'Customer call', 'Interview: backend engineer', 'Budget review', 'Incident postmortem', 'Roadmap workshop', 'Focus time', 'Lunch & learn', 'Quarterly business review'];
const ALL_DAY_TITLES = ['Conference', 'Out of office', 'Company holiday', 'Team offsite', 'Training day'];
const DESCRIPTIONS = ['Agenda in the linked doc.', 'Goals: review progress, agree next steps.', 'Please come prepared with one question.', ''];
const DURATIONS_MINUTES = [15, 30, 30, 45, 60, 60, 90];

export function generateEvents(store: CalendarStore, options: GenerateOptions, nowMs: number): GenerateSummary {
  const calendar = store.requireCalendar(options.calendarId);
  if (!Number.isInteger(options.count) || options.count < 1 || options.count > 200_000) throw new ControlError(400, 'count must be an integer between 1 and 200000');
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0) throw new ControlError(400, 'seed must be a non-negative integer');
  const timeZone = calendar.definition.timeZone;
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const firstDay = startDay(options.startFrom, nowMs, timeZone);
  const self = { email: calendar.definition.id, self: true, responseStatus: 'accepted' };

  let created = 0;
  let serial = 0;
  let day = firstDay;
  const nextId = () => `gen${base32hex(seed).padStart(7, '0')}${base32hex(serial++).padStart(6, '0')}`;
  const meetCode = () => {
    const letters = (length: number) => Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
    return `${letters(3)}-${letters(4)}-${letters(3)}`;
  };

  while (created < options.count) {
    const weekend = isoWeekday(day) >= 6;
    const eventsToday = weekend ? (random() < 0.1 ? 1 : 0) : 4 + Math.floor(random() * 7);
    for (let slot = 0; slot < eventsToday && created < options.count; slot++) {
      const id = nextId();
      const event: ApiEvent = { id, organizer: self, creator: self };
      const description = pick(DESCRIPTIONS);
      if (description) event.description = description;
      if (!weekend && random() < 0.03) {
        event.summary = pick(ALL_DAY_TITLES);
        event.start = { date: formatDate(day) };
        event.end = { date: formatDate(addDays(day, 1 + Math.floor(random() * 3))) };
        event.transparency = 'transparent';
      } else {
        const person = pick(PEOPLE);
        const mentoring = random() < 0.2;
        event.summary = (mentoring ? pick(MENTORING_TITLES) : pick(ORDINARY_TITLES)).replace('{a}', person[1]);
        const startMs = wallTimeToMs({ ...day, hour: 8 + Math.floor(random() * 10), minute: 15 * Math.floor(random() * 4), second: 0 }, timeZone);
        const endMs = startMs + pick(DURATIONS_MINUTES) * 60_000;
        event.start = { dateTime: formatDateTimeInZone(startMs, timeZone), timeZone };
        event.end = { dateTime: formatDateTimeInZone(endMs, timeZone), timeZone };
        if (mentoring || random() < 0.6) {
          const guests = new Map<string, string>([[person[0], person[1]]]);
          const extra = mentoring ? 0 : Math.floor(random() * 7);
          for (let index = 0; index < extra; index++) guests.set(...(pick(PEOPLE) as readonly [string, string]));
          event.attendees = [self, ...[...guests].map(([email, displayName]) => ({ email, displayName, responseStatus: random() < 0.85 ? 'accepted' : 'needsAction' }))];
        }
        if (random() < 0.5) {
          const code = meetCode();
          event.hangoutLink = `https://meet.google.com/${code}`;
          event.conferenceData = {
            entryPoints: [{ entryPointType: 'video', uri: event.hangoutLink, label: `meet.google.com/${code}` }],
            conferenceSolution: { key: { type: 'hangoutsMeet' }, name: 'Google Meet' },
            conferenceId: code,
          };
        }
        const remaining = options.count - created;
        if (remaining >= 4 && random() < 0.08) {
          const occurrences = Math.min(remaining, 4 + Math.floor(random() * 9));
          event.recurrence = [`RRULE:FREQ=WEEKLY;COUNT=${occurrences}`];
          store.insertEvent(calendar.definition.id, event);
          created += occurrences;
          if (random() < 0.5) moveOneOccurrence(store, calendar.definition.id, id, startMs, endMs, timeZone, random);
          continue;
        }
      }
      store.insertEvent(calendar.definition.id, event);
      created += 1;
    }
    day = addDays(day, 1);
  }
  return { created, firstDay: formatDate(firstDay), lastDay: formatDate(day) };
}

/** A rescheduled occurrence: the second week's meeting moves one day later and an hour later. */
function moveOneOccurrence(store: CalendarStore, calendarId: string, masterId: string, startMs: number, endMs: number, timeZone: string, random: () => number) {
  const originalMs = startMs + 7 * DAY_MS;
  const instance = store.instancesOf(calendarId, masterId).find((record) => Math.abs(record.startMs - originalMs) < DAY_MS / 2);
  if (!instance?.resource.id) return;
  const shiftMs = DAY_MS + (random() < 0.5 ? 3_600_000 : -3_600_000);
  store.updateEvent(calendarId, instance.resource.id, {
    start: { dateTime: formatDateTimeInZone(instance.startMs + shiftMs, timeZone), timeZone },
    end: { dateTime: formatDateTimeInZone(instance.startMs + shiftMs + (endMs - startMs), timeZone), timeZone },
  });
}

function startDay(startFrom: string | undefined, nowMs: number, timeZone: string) {
  if (startFrom === undefined) return wallTimeAt(nowMs - 180 * DAY_MS, timeZone);
  const date = parseDateOnly(startFrom);
  if (date) return date;
  const ms = parseRfc3339(startFrom);
  if (ms === undefined) throw new ControlError(400, 'startFrom must be YYYY-MM-DD or an RFC 3339 timestamp');
  return wallTimeAt(ms, timeZone);
}

import { createDetector, type DetectionContext, type DetectionPairing, type DetectionResult } from '../../lib/detection';
import type { ApiEvent } from '../../lib/model/calendar-event';
import { publicVocabulary } from './lexicon-files';

/** The lexicons the extension ships, loaded once for the whole test file. */
export const vocabulary = await publicVocabulary();

/** A small world of pairings shared by the detection unit tests. */
export const SELF = 'jordan.lee@corp.example';
export const ANA = 'ana.silva@corp.example';
export const KENJI = 'kenji.watanabe@corp.example';
export const MATEO = 'mateo.garcia@corp.example';
export const LENA = 'lena.hoffmann@corp.example';
export const LIN = 'lin.wei@corp.example';
export const FATIMA = 'fatima.benali@corp.example';
export const OUTSIDER = 'diego.fernandez@corp.example';

export const pairings: DetectionPairing[] = [
  {
    id: 'p-ana',
    title: 'Ana Silva mentoring',
    type: 'one-on-one',
    myRole: 'mentor',
    participants: [{ email: ANA, name: 'Ana Silva' }],
    seriesIds: ['anaseries01'],
    keywords: [],
  },
  {
    id: 'p-kenji',
    title: 'Kenji Watanabe – mentoring',
    type: 'one-on-one',
    myRole: 'mentee',
    participants: [{ email: KENJI, name: 'Kenji Watanabe' }],
    seriesIds: [],
    keywords: [],
  },
  {
    id: 'p-mateo',
    title: 'Mateo García – high-potential programme',
    type: 'high-potential',
    myRole: 'mentor',
    participants: [{ email: MATEO, name: 'Mateo García' }],
    seriesIds: [],
    keywords: ['Leadership Lab'],
  },
  {
    id: 'p-circle',
    title: 'Engineering leadership circle',
    type: 'group',
    myRole: 'mentor',
    participants: [
      { email: LENA, name: 'Lena Hoffmann' },
      { email: LIN, name: 'Lin Wei' },
      { email: FATIMA, name: 'Fatima Zahra Benali' },
    ],
    seriesIds: [],
    keywords: [],
  },
];

export const context: DetectionContext = { selfEmail: SELF, pairings };

interface MeetingOptions {
  description?: string;
  status?: string;
  allDay?: boolean;
  recurringEventId?: string;
  id?: string;
  selfResponse?: 'accepted' | 'declined' | 'tentative' | 'needsAction';
  /** false: the user is not on the guest list (a forwarded invite). */
  selfListed?: boolean;
  rooms?: number;
  organizer?: string;
}

let sequence = 0;

/** A timed Google Calendar event with the user and `people` as guests. */
export function meeting(summary: string | undefined, people: readonly string[] = [], options: MeetingOptions = {}): ApiEvent {
  sequence += 1;
  const attendees: NonNullable<ApiEvent['attendees']> = [];
  if (options.selfListed !== false && (people.length > 0 || (options.rooms ?? 0) > 0)) {
    attendees.push({ email: SELF, self: true, responseStatus: options.selfResponse ?? 'accepted' });
  }
  for (const email of people) attendees.push({ email, responseStatus: 'accepted' });
  for (let room = 0; room < (options.rooms ?? 0); room += 1) {
    attendees.push({ email: `c_room${room}@resource.calendar.google.com`, displayName: `Room ${room}`, resource: true });
  }
  const organizer = options.organizer ?? SELF;
  return {
    id: options.id ?? `event${sequence}`,
    status: options.status ?? 'confirmed',
    ...(summary === undefined ? {} : { summary }),
    ...(options.description === undefined ? {} : { description: options.description }),
    organizer: organizer === SELF ? { email: SELF, self: true } : { email: organizer },
    start: options.allDay ? { date: '2026-03-11' } : { dateTime: '2026-03-11T15:30:00+01:00' },
    end: options.allDay ? { date: '2026-03-12' } : { dateTime: '2026-03-11T16:00:00+01:00' },
    ...(options.recurringEventId === undefined ? {} : { recurringEventId: options.recurringEventId }),
    ...(attendees.length > 0 ? { attendees } : {}),
  };
}

const detectInContext = createDetector(context, vocabulary);

export function detect(event: ApiEvent): DetectionResult {
  return detectInContext(event);
}

/** The verdict in one comparable value: false, or the pairing id (null for a positive without pairing). */
export function verdict(event: ApiEvent): false | string | null {
  const result = detect(event);
  return result.isMentoring ? result.pairingId : false;
}

/** Someone in no pairing. */
export function stranger(name: string): string {
  return `${name}@corp.example`;
}

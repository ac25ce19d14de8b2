/**
 * A heavy user's database, made up deterministically: at scale 1, five years of 50 pairings with
 * 300 goals, 10,000 sessions with notes, 10,000 feedback forms, 20,000 action items and 100,000
 * calendar events. Smaller scales keep the same shape with fewer rows (at least two pairings).
 * The benchmarks (bench/) and the tests both use it; every row passes its schema.
 */
import {
  defaultSettings,
  type ActionItem,
  type CalendarEventCopy,
  type Feedback,
  type Goal,
  type Pairing,
  type Person,
  type Session,
  type Settings,
  type SyncState,
} from '../../lib/model';
import { seededRandom } from '../../tools/calendar-emulator/generate';

export const HEAVY_USER = { pairings: 50, goals: 300, sessions: 10_000, feedback: 10_000, actionItems: 20_000, events: 100_000 } as const;
const HEAVY_USER_SELF: Person = { email: 'jordan.lee@corp.example', name: 'Jordan Lee' };

export interface HeavyUserData {
  settings: Settings;
  syncStates: SyncState[];
  pairings: Pairing[];
  goals: Goal[];
  sessions: Session[];
  feedback: Feedback[];
  actionItems: ActionItem[];
  events: CalendarEventCopy[];
  /** The pairing whose session starts 30 minutes after `now`: the panel follows it. */
  focusPairing: Pairing;
  /** Another active pairing, to switch to. */
  otherPairing: Pairing;
}

/** Table name → rows, in the order they can be written. */
export function heavyUserTables(data: HeavyUserData): [string, object[]][] {
  return [
    ['settings', [{ key: 'app', value: data.settings }]],
    ['syncStates', data.syncStates],
    ['pairings', data.pairings],
    ['goals', data.goals],
    ['sessions', data.sessions],
    ['feedback', data.feedback],
    ['actionItems', data.actionItems],
    ['events', data.events],
  ];
}

const DAY = 86_400_000;
const MINUTE = 60_000;
const HISTORY_MS = 5 * 365 * DAY;
const AHEAD_MS = 60 * DAY;
const CALENDAR = 'google:primary';
const FIRST = ['Ana', 'Ben', 'Chiara', 'Dev', 'Elif', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kemi', 'Lena', 'Mateo', 'Nora', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tomas', 'Uma', 'Viktor', 'Wen', 'Yara', 'Zoe'];
const LAST = ['Silva', 'Okafor', 'Rossi', 'Patel', 'Yilmaz', 'Haddad', 'Kim', 'Martin', 'Costa', 'Berg', 'Adeyemi', 'Brandt', 'Garcia', 'Novak', 'Khan', 'Iyer', 'Walsh', 'Lopez', 'Sato', 'Dvorak', 'Nair', 'Petrov', 'Li', 'Cohen', 'Moreau'];
const NOTES = [
  'We went through the reorg message line by line; the opening still sounds defensive, so we rewrote it around what stays the same.',
  'Talked about saying no to the extra project without burning the relationship with the sponsor. Role-played the conversation twice.',
  'Reviewed the delegation list: two tasks moved to the team lead, one stays until the handover doc exists. Next time: feedback on the doc.',
  'Career conversation: the staff role needs visible cross-team work. Picked the migration as the vehicle and agreed who to talk to.',
  'Went through the all-hands Q&A; answers were shorter and calmer. Still rushing the last slide. Plan: practise with a timer.',
];
const FILLER = ['Team standup', 'Project sync', 'Budget review', 'Interview loop', 'All-hands', 'Architecture review', 'Customer call', 'Sprint planning', 'Design critique', 'Quarterly planning'];

export function buildHeavyUser({ scale = 1, now }: { scale?: number; now: number }): HeavyUserData {
  const count = (full: number, least: number) => Math.max(least, Math.round(full * scale));
  const random = seededRandom(20_260_521);
  const pairingCount = count(HEAVY_USER.pairings, 2);
  const sessionTotal = count(HEAVY_USER.sessions, pairingCount * 4);
  const goalTotal = count(HEAVY_USER.goals, pairingCount);
  const feedbackTotal = count(HEAVY_USER.feedback, 1);
  const actionTotal = count(HEAVY_USER.actionItems, 1);
  const eventTotal = count(HEAVY_USER.events, sessionTotal + 20);
  const stamp = (ms: number) => new Date(ms).toISOString();
  const createdAt = stamp(now - HISTORY_MS - 30 * DAY);

  const pairings: Pairing[] = [];
  const goals: Goal[] = [];
  const sessions: Session[] = [];
  const events: CalendarEventCopy[] = [];
  for (let p = 0; p < pairingCount; p++) {
    const person = personNumber(p);
    const group = p % 11 === 5;
    const participants = group ? [person, personNumber(p + 500)] : [person];
    const status: Pairing['status'] = p > 0 && p % 10 === 9 ? 'closed' : p > 1 && p % 10 === 8 ? 'paused' : 'active';
    const perPairing = Math.floor(sessionTotal / pairingCount) + (p < sessionTotal % pairingCount ? 1 : 0);
    const cadenceDays = Math.min(365, Math.max(1, Math.round((HISTORY_MS + AHEAD_MS) / DAY / perPairing)));
    const seriesId = `series-${pad(p)}`;
    const pairing: Pairing = {
      id: `p-${pad(p)}`,
      title: `${participants.map((someone) => someone.name).join(' & ')} mentoring`,
      type: group ? 'group' : (['one-on-one', 'reverse', 'high-potential', 'peer'] as const)[p % 4]!,
      myRole: p % 5 === 3 ? 'mentee' : 'mentor',
      participants,
      cadenceDays,
      status,
      seriesIds: [seriesId],
      keywords: [],
      isDemo: false,
      createdAt,
      updatedAt: createdAt,
    };
    pairings.push(pairing);

    // Pairing 0 meets 30 minutes from now; the others later today or in the coming days. Closed pairings ended two months ago.
    const anchor = status === 'closed' ? now - 60 * DAY : now + 30 * MINUTE + p * 3 * 3_600_000 + (p % 7) * DAY;
    const future = status === 'closed' ? 0 : Math.max(1, Math.floor((perPairing * AHEAD_MS) / (HISTORY_MS + AHEAD_MS)));
    const summary = `Mentoring: ${participants.map((someone) => someone.name.split(' ')[0]).join(', ')} / Jordan`;
    const meetLink = `https://meet.google.com/${code(p)}`;
    for (let k = future - perPairing; k < future; k++) {
      const startMs = anchor + k * cadenceDays * DAY;
      const endMs = startMs + 45 * MINUTE;
      const eventId = `${seriesId}_${compact(startMs)}`;
      const past = endMs <= now;
      const roll = random();
      const sessionStatus: Session['status'] = !past
        ? 'scheduled'
        : k === -1 && p % 3 === 0
          ? 'scheduled'
          : roll < 0.85
            ? 'held'
            : roll < 0.91
              ? 'cancelled'
              : roll < 0.95
                ? 'missed'
                : 'rescheduled';
      const held = sessionStatus === 'held';
      sessions.push({
        id: `s-${pad(p)}-${pad(k + perPairing, 5)}`,
        pairingId: pairing.id,
        start: stamp(startMs),
        end: stamp(endMs),
        status: sessionStatus,
        calendar: { eventKey: `${CALENDAR}|${eventId}`, eventId, seriesId, meetLink, title: summary, present: true },
        agenda: held || k === 0 ? [{ id: `ag-${pad(p)}-${k + perPairing}`, text: 'Follow up on last time', origin: 'mine', done: held }] : [],
        notes: held ? NOTES[(p + k + NOTES.length * 100) % NOTES.length]! : '',
        detection: { confidence: 1, reasons: [`Part of the series "${summary}" you confirmed for this pairing`] },
        isDemo: false,
        createdAt: stamp(startMs - 14 * DAY),
        updatedAt: stamp(past ? endMs + 30 * MINUTE : startMs - 14 * DAY),
      });
      events.push(eventCopy(eventId, seriesId, summary, startMs, endMs, [...participants, HEAVY_USER_SELF], {
        hangoutLink: meetLink,
        status: sessionStatus === 'cancelled' ? 'cancelled' : 'confirmed',
      }));
    }
  }

  for (let g = 0; g < goalTotal; g++) {
    const pairing = pairings[g % pairingCount]!;
    const status: Goal['status'] = g % 9 === 4 ? 'achieved' : g % 13 === 7 ? 'dropped' : 'active';
    goals.push({
      id: `g-${pad(g, 4)}`,
      pairingId: pairing.id,
      owner: g % 4 === 1 ? 'me' : 'them',
      title: ['Run calmer all-hands meetings', 'Delegate the weekly report', 'Prepare for the staff role', 'Say no without guilt'][g % 4]!,
      description: 'Agreed in the first session; reviewed every quarter.',
      category: (['communication', 'delegation', 'career-development', 'emotional-intelligence'] as const)[g % 4]!,
      progress: status === 'achieved' ? 100 : (g * 17) % 100,
      milestones: [0, 1, 2].map((m) => ({ id: `m-${pad(g, 4)}-${m}`, title: `Step ${m + 1}`, done: m < (g % 3), due: day(now + (m - 1) * 30 * DAY) })),
      targetDate: day(now + 120 * DAY),
      status,
      createdAt,
      updatedAt: createdAt,
    });
  }

  const heldSessions = sessions.filter((session) => session.status === 'held');
  const feedback: Feedback[] = [];
  // My feedback on every held session first, then the other side's on as many as it takes.
  for (let f = 0; f < Math.min(feedbackTotal, 2 * heldSessions.length); f++) {
    const session = heldSessions[f % heldSessions.length]!;
    const author = f < heldSessions.length ? 'me' : 'them';
    const submittedAt = stamp(Date.parse(session.end) + 20 * MINUTE);
    feedback.push({
      id: `f-${session.id}-${author}`,
      sessionId: session.id,
      pairingId: session.pairingId,
      author,
      state: 'submitted',
      outcome: 'held',
      rating: 1 + ((f * 7) % 5),
      goalProgress: [],
      wentWell: 'Clear agenda and a concrete next step.',
      wasHard: 'We ran out of time on the last point.',
      actionItems: [],
      nextFocus: 'Handling pushback in the steering meeting.',
      privateReflection: author === 'me' ? 'I talked too much in the first ten minutes.' : '',
      customAnswers: [],
      isDemo: false,
      createdAt: submittedAt,
      updatedAt: submittedAt,
      submittedAt,
    });
  }

  // Items of the two latest held sessions of each pairing are open; older ones were done.
  const latestHeld = new Set(
    pairings.flatMap((pairing) =>
      heldSessions
        .filter((session) => session.pairingId === pairing.id)
        .slice(-2)
        .map((session) => session.id),
    ),
  );
  const actionItems: ActionItem[] = [];
  for (let a = 0; a < actionTotal && heldSessions.length > 0; a++) {
    const session = heldSessions[Math.floor((a * heldSessions.length) / actionTotal)]!;
    const open = latestHeld.has(session.id);
    const createdMs = Date.parse(session.end);
    actionItems.push({
      id: `a-${pad(a, 6)}`,
      pairingId: session.pairingId,
      sessionId: session.id,
      text: ['Share the deck', 'Draft the handover doc', 'Book the skip-level', 'Ask for feedback on the talk'][a % 4]!,
      owner: a % 2 === 0 ? 'them' : 'me',
      due: day(createdMs + 7 * DAY),
      status: open ? 'open' : 'done',
      ...(open ? {} : { doneAt: stamp(createdMs + 5 * DAY) }),
      isDemo: false,
      createdAt: stamp(createdMs),
      updatedAt: stamp(createdMs),
    });
  }

  // Three mentoring series with people in no pairing: the options page suggests them.
  for (let s = 0; s < 3; s++) {
    const person = personNumber(900 + s);
    const seriesId = `suggested-${s}`;
    for (let k = -20; k < 6; k++) {
      const startMs = now + (s + 1) * DAY + k * 7 * DAY + 15 * 3_600_000;
      events.push(eventCopy(`${seriesId}_${compact(startMs)}`, seriesId, `Mentoring chat ${person.name.split(' ')[0]} / Jordan`, startMs, startMs + 30 * MINUTE, [person, HEAVY_USER_SELF], {}));
    }
  }
  // Everything else in a busy calendar, spread from five years back to a year ahead.
  const span = HISTORY_MS + 365 * DAY;
  for (let e = 0; events.length < eventTotal; e++) {
    const series = e % 997;
    const startMs = now - HISTORY_MS + Math.floor(random() * (span / (30 * MINUTE))) * 30 * MINUTE;
    const guests = [0, 1, 2, 3].map((n) => personNumber(200 + ((series * 5 + n) % 300)));
    events.push(eventCopy(`filler-${pad(e, 6)}`, `filler-series-${series}`, `${FILLER[series % FILLER.length]} ${series}`, startMs, startMs + 30 * MINUTE, [...guests, HEAVY_USER_SELF], {
      description: 'Standing agenda: updates, blockers, decisions. Notes in the shared doc.',
    }));
  }

  const focusPairing = pairings[0]!;
  const otherPairing = pairings.find((pairing, index) => index > 0 && pairing.status === 'active')!;
  return {
    settings: { ...defaultSettings, selfEmail: HEAVY_USER_SELF.email, calendarSource: 'google', firstRunDone: true },
    syncStates: [{ calendarKey: CALENDAR, source: 'google', calendarId: 'primary', label: HEAVY_USER_SELF.email, syncToken: 'heavy-user', lastFullSyncAt: stamp(now), lastSyncAt: stamp(now), skipped: [] }],
    pairings,
    goals,
    sessions,
    feedback,
    actionItems,
    events,
    focusPairing,
    otherPairing,
  };
}

function eventCopy(
  eventId: string,
  seriesId: string,
  summary: string,
  startMs: number,
  endMs: number,
  people: Person[],
  extra: Partial<CalendarEventCopy['event']>,
): CalendarEventCopy {
  const recurring = !seriesId.startsWith('filler-') || Number(seriesId.slice(-1)) % 2 === 0;
  return {
    key: `${CALENDAR}|${eventId}`,
    calendarKey: CALENDAR,
    source: 'google',
    eventId,
    seriesId: recurring ? seriesId : eventId,
    startMs,
    endMs,
    allDay: false,
    event: {
      id: eventId,
      status: 'confirmed',
      summary,
      ...(recurring ? { recurringEventId: seriesId } : {}),
      start: { dateTime: new Date(startMs).toISOString(), timeZone: 'Europe/London' },
      end: { dateTime: new Date(endMs).toISOString(), timeZone: 'Europe/London' },
      organizer: { email: HEAVY_USER_SELF.email, self: true },
      attendees: people.map((person) => ({
        email: person.email,
        displayName: person.name,
        responseStatus: 'accepted' as const,
        ...(person.email === HEAVY_USER_SELF.email ? { self: true } : {}),
      })),
      ...extra,
    },
  };
}

function personNumber(n: number): Person {
  const first = FIRST[n % FIRST.length]!;
  const last = LAST[Math.floor(n / FIRST.length) % LAST.length]!;
  return { name: `${first} ${last}`, email: `${first}.${last}${n}@corp.example`.toLowerCase() };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function compact(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
}

function code(n: number): string {
  const letters = (m: number, size: number) =>
    Array.from({ length: size }, (_, index) => String.fromCharCode(97 + ((m * 7 + index * 3) % 26))).join('');
  return `${letters(n, 3)}-${letters(n + 11, 4)}-${letters(n + 5, 3)}`;
}

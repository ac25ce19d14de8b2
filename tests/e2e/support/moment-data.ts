import {
  actionItemSchema,
  feedbackSchema,
  goalSchema,
  pairingSchema,
  sessionSchema,
  type ActionItem,
  type Feedback,
  type Goal,
  type Pairing,
  type Session,
} from '../../../lib/model';
import { builtInTemplateId } from '../../../lib/templates/built-in-templates';

/**
 * One pairing around a session at a fixed instant, for tests that fix the panel's clock: before,
 * during and after that session. The instant lies before any sample data (which is laid out around
 * the real now), so the sample pairings never compete for the panel's attention.
 */
const SESSION_START = Date.parse('2025-03-11T14:00:00Z');
const SESSION_END = SESSION_START + 45 * 60_000;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);
const stamp = iso(SESSION_START - 60 * DAY);

export const moments = {
  before: SESSION_START - 40 * 60_000,
  during: SESSION_START + 10 * 60_000,
  after: SESSION_END + 10 * 60_000,
};

export const PAIRING_ID = 'e2e-noor';
export const SESSION_ID = 'e2e-noor-now';
export const SESSION_TITLE = 'Noor / Jordan mentoring';
export const AGREED_FOCUS = 'How to say no to the VP without burning the bridge';
export const SESSION_NOTES = 'Noor wants to rehearse the migration kick-off.';

const pairing: Pairing = {
  id: PAIRING_ID,
  title: 'Mentoring with Noor Haddad',
  type: 'one-on-one',
  myRole: 'mentor',
  participants: [{ email: 'noor.haddad@corp.example', name: 'Noor Haddad' }],
  cadenceDays: 14,
  status: 'active',
  seriesIds: ['e2e-noor-series'],
  keywords: [],
  isDemo: false,
  createdAt: stamp,
  updatedAt: stamp,
};

const goals: Goal[] = [
  {
    id: 'e2e-goal-migration',
    pairingId: PAIRING_ID,
    templateId: builtInTemplateId('communication'),
    owner: 'them',
    title: 'Lead the platform migration',
    description: 'Own the plan and the people side of it.',
    category: 'communication',
    progress: 40,
    milestones: [
      { id: 'e2e-m-plan', title: 'Write the migration plan', done: true },
      { id: 'e2e-m-present', title: 'Present the plan to the team', done: false, due: day(SESSION_START - 3 * DAY) },
      { id: 'e2e-m-runbook', title: 'Hand over the runbook', done: false, due: day(SESSION_START + 30 * DAY) },
    ],
    status: 'active',
    createdAt: stamp,
    updatedAt: stamp,
  },
  {
    id: 'e2e-goal-voice',
    pairingId: PAIRING_ID,
    owner: 'them',
    title: 'Speak up in staff meetings',
    description: '',
    category: 'executive-presence',
    progress: 20,
    milestones: [
      { id: 'e2e-n-point', title: 'Prepare one point per meeting', done: false },
      { id: 'e2e-n-observe', title: 'Ask Amara for an observation', done: false },
    ],
    status: 'active',
    createdAt: stamp,
    updatedAt: stamp,
  },
];

function session(id: string, startMs: number, overrides: Partial<Session> = {}): Session {
  return {
    id,
    pairingId: PAIRING_ID,
    start: iso(startMs),
    end: iso(startMs + 45 * 60_000),
    status: 'scheduled',
    calendar: {
      eventKey: `google:primary|${id}`,
      eventId: id,
      seriesId: 'e2e-noor-series',
      meetLink: 'https://meet.google.com/abc-defg-hij',
      title: SESSION_TITLE,
      present: true,
    },
    agenda: [],
    notes: '',
    detection: { confidence: 1, reasons: ['Part of the series you confirmed for this pairing'] },
    isDemo: false,
    createdAt: stamp,
    updatedAt: stamp,
    ...overrides,
  };
}

const sessions: Session[] = [
  session('e2e-noor-prev', SESSION_START - 14 * DAY, {
    status: 'held',
    notes: 'Talked about the VP asking for a faster migration.',
    feedbackPrompt: { state: 'done' },
  }),
  session(SESSION_ID, SESSION_START, {
    notes: SESSION_NOTES,
    agenda: [{ id: 'e2e-agenda-offsite', text: 'Ask about the offsite', origin: 'mine', done: false }],
  }),
  session('e2e-noor-next', SESSION_START + 14 * DAY),
];

const feedback: Feedback[] = [
  {
    id: 'e2e-feedback-prev',
    sessionId: 'e2e-noor-prev',
    pairingId: PAIRING_ID,
    author: 'me',
    state: 'submitted',
    outcome: 'held',
    rating: 4,
    goalProgress: [{ goalId: 'e2e-goal-migration', progress: 40, note: '', milestonesDone: ['e2e-m-plan'] }],
    wentWell: 'Clear plan',
    wasHard: '',
    actionItems: [],
    nextFocus: AGREED_FOCUS,
    privateReflection: 'I talked too much.',
    customAnswers: [],
    isDemo: false,
    createdAt: iso(SESSION_START - 14 * DAY + DAY / 24),
    updatedAt: iso(SESSION_START - 14 * DAY + DAY / 24),
    submittedAt: iso(SESSION_START - 14 * DAY + DAY / 24),
  },
];

function item(id: string, text: string, owner: ActionItem['owner'], due?: number): ActionItem {
  return {
    id,
    pairingId: PAIRING_ID,
    sessionId: 'e2e-noor-prev',
    text,
    owner,
    ...(due === undefined ? {} : { due: day(due) }),
    status: 'open',
    isDemo: false,
    createdAt: iso(SESSION_START - 14 * DAY + DAY / 24),
    updatedAt: iso(SESSION_START - 14 * DAY + DAY / 24),
  };
}

export const OVERDUE_ITEM = 'Send Noor the article on migration pitfalls';
export const THEIR_ITEM = 'Draft the runbook outline';
export const UNDATED_ITEM = 'Book a room with the SRE lead';

const actionItems: ActionItem[] = [
  item('e2e-item-theirs', THEIR_ITEM, 'them', SESSION_START + 3 * DAY),
  item('e2e-item-undated', UNDATED_ITEM, 'them'),
  item('e2e-item-overdue', OVERDUE_ITEM, 'me', SESSION_START - 2 * DAY),
];

/** Every row, checked against the model's schemas before a test writes it. */
export function momentRows(): Record<string, object[]> {
  return {
    pairings: [pairingSchema.parse(pairing)],
    goals: goals.map((goal) => goalSchema.parse(goal)),
    sessions: sessions.map((row) => sessionSchema.parse(row)),
    feedback: feedback.map((row) => feedbackSchema.parse(row)),
    actionItems: actionItems.map((row) => actionItemSchema.parse(row)),
  };
}

import type {
  ActionItem,
  CalendarEventCopy,
  DetectionDecision,
  Feedback,
  FeedbackQuestion,
  Goal,
  GoalTemplate,
  Pairing,
  Session,
  SyncState,
} from '../../lib/model';

/** Valid domain objects for tests; override what a test is about. */
const at = '2026-05-04T09:00:00.000Z';

export function aPairing(overrides: Partial<Pairing> = {}): Pairing {
  return {
    id: 'p-ana',
    title: 'Ana Silva mentoring',
    type: 'one-on-one',
    myRole: 'mentor',
    participants: [{ email: 'ana.silva@corp.example', name: 'Ana Silva' }],
    cadenceDays: 14,
    status: 'active',
    seriesIds: ['series-ana'],
    keywords: [],
    isDemo: false,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function aGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'g-1',
    pairingId: 'p-ana',
    templateId: 'builtin-communication',
    owner: 'them',
    title: 'Run calmer all-hands meetings',
    description: 'Prepare the narrative and take questions without defensiveness.',
    category: 'communication',
    progress: 40,
    milestones: [{ id: 'm-1', title: 'Draft a narrative', done: true, due: '2026-06-01' }],
    targetDate: '2026-09-30',
    status: 'active',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function aGoalTemplate(overrides: Partial<GoalTemplate> = {}): GoalTemplate {
  return {
    id: 't-1',
    name: 'Communication',
    category: 'communication',
    description: 'Say what matters clearly and listen well.',
    defaultMilestones: ['Record a talk and review it'],
    suggestedQuestions: ['Which conversation went better than expected?'],
    successCriteria: ['Peers ask for your summaries'],
    builtIn: false,
    archived: false,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function aSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 's-1',
    pairingId: 'p-ana',
    start: '2026-05-04T09:00:00.000Z',
    end: '2026-05-04T09:45:00.000Z',
    status: 'scheduled',
    calendar: {
      eventKey: 'google:primary|ev-1',
      eventId: 'ev-1',
      seriesId: 'series-ana',
      meetLink: 'https://meet.google.com/abc-defg-hij',
      title: 'Ana / Jordan',
      present: true,
    },
    agenda: [],
    notes: '',
    detection: { confidence: 1, reasons: ['series confirmed for pairing "Ana Silva mentoring"'] },
    isDemo: false,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function aFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    id: 'f-1',
    sessionId: 's-1',
    pairingId: 'p-ana',
    author: 'me',
    state: 'submitted',
    outcome: 'held',
    rating: 4,
    goalProgress: [{ goalId: 'g-1', progress: 50, note: 'Better structure', milestonesDone: ['m-1'] }],
    wentWell: 'Clear agenda',
    wasHard: 'Time ran short',
    actionItems: [{ text: 'Share the deck', owner: 'them', due: '2026-05-10' }],
    nextFocus: 'Handling pushback',
    privateReflection: 'I talked too much.',
    customAnswers: [],
    isDemo: false,
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
    ...overrides,
  };
}

export function anActionItem(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'a-1',
    pairingId: 'p-ana',
    sessionId: 's-1',
    text: 'Share the deck',
    owner: 'them',
    due: '2026-05-10',
    status: 'open',
    isDemo: false,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function anEventCopy(overrides: Partial<CalendarEventCopy> = {}): CalendarEventCopy {
  return {
    key: 'google:primary|ev-1',
    calendarKey: 'google:primary',
    source: 'google',
    eventId: 'ev-1',
    seriesId: 'series-ana',
    startMs: Date.parse('2026-05-04T09:00:00Z'),
    endMs: Date.parse('2026-05-04T09:45:00Z'),
    allDay: false,
    event: {
      id: 'ev-1',
      status: 'confirmed',
      summary: 'Ana / Jordan',
      recurringEventId: 'series-ana',
      start: { dateTime: '2026-05-04T09:00:00Z' },
      end: { dateTime: '2026-05-04T09:45:00Z' },
      attendees: [{ email: 'ana.silva@corp.example' }, { email: 'jordan.lee@corp.example', self: true }],
    },
    ...overrides,
  };
}

export function aSyncState(overrides: Partial<SyncState> = {}): SyncState {
  return {
    calendarKey: 'google:primary',
    source: 'google',
    calendarId: 'primary',
    label: 'jordan.lee@corp.example',
    syncToken: 'token-1',
    lastFullSyncAt: at,
    lastSyncAt: at,
    skipped: [],
    ...overrides,
  };
}

export function aFeedbackQuestion(overrides: Partial<FeedbackQuestion> = {}): FeedbackQuestion {
  return { id: 'q-1', text: 'What did you learn?', kind: 'text', archived: false, createdAt: at, ...overrides };
}

export function aDetectionDecision(overrides: Partial<DetectionDecision> = {}): DetectionDecision {
  return { seriesId: 'series-standup', verdict: 'not-mentoring', title: 'Team standup', decidedAt: at, ...overrides };
}

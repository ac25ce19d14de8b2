import { DEMO_ID_PREFIX, type ActionItem, type AgendaItem, type CalendarEventCopy, type Feedback, type Goal, type Pairing, type Session } from '../model';
import { builtInTemplateContents, builtInTemplateId } from '../templates/built-in-templates';
import { demoEventCopy } from './demo-events';
import { DEMO_SELF } from './demo-people';
import type { DemoAction, DemoHeldSession, DemoPastSession, DemoStory } from './demo-story';
import { addDays, addMinutes, earliest, localDay, seriesDates, toWorkingDay, utcStamp } from './demo-time';

/** Everything one sample pairing consists of. */
export interface DemoPairingData {
  pairing: Pairing;
  goals: Goal[];
  sessions: Session[];
  feedback: Feedback[];
  actionItems: ActionItem[];
  /** The calendar occurrences its sessions link to (a cancelled occurrence is gone from the calendar). */
  events: CalendarEventCopy[];
}

/** How far ahead the sample calendar and the upcoming sessions reach. */
export const DEMO_DAYS_AHEAD = 42;

const iso = (date: Date) => date.toISOString();
const pad2 = (n: number) => String(n).padStart(2, '0');

interface GoalState {
  goal: Goal;
  progress: number;
  done: Set<number>;
  updatedAt: Date;
}

/** Lays one story out around `now`; the same story and `now` always give the same rows. */
export function buildStory(story: DemoStory, now: Date, timeZone: string): DemoPairingData {
  const id = (kind: string, ...parts: (string | number)[]) => [`${DEMO_ID_PREFIX}${kind}`, story.key, ...parts].join('-');
  const { series, pairing: shape } = story;
  const slots = story.history.filter((entry) => movedDaysOf(entry) === undefined).length;
  const dates = seriesDates(now, series, shape.cadenceDays, slots, DEMO_DAYS_AHEAD);
  const firstStart = dates.past[0] ?? now;
  const pairingId = id('pairing');
  const others = shape.participants;
  const organizer = series.organizer === 'me' ? DEMO_SELF : others[0]!;

  const states = new Map<string, GoalState>(
    story.goals.map((goal) => {
      const template = builtInTemplateContents.find((content) => builtInTemplateId(content.category) === goal.templateId);
      if (!template) throw new Error(`demo goal ${story.key}.${goal.key}: no built-in template ${goal.templateId}`);
      const createdAt = addMinutes(firstStart, series.minutes + 30);
      const row: Goal = {
        id: id('goal', goal.key),
        pairingId,
        templateId: goal.templateId,
        owner: goal.owner,
        title: goal.title,
        description: goal.description,
        category: template.category,
        progress: 0,
        milestones: goal.milestones.map((milestone, index) => ({
          id: id('milestone', goal.key, index),
          title: milestone.title,
          done: false,
          ...(milestone.dueInDays === undefined ? {} : { due: localDay(addDays(now, milestone.dueInDays)) }),
        })),
        targetDate: localDay(addDays(now, goal.targetInDays)),
        status: 'active',
        createdAt: iso(createdAt),
        updatedAt: iso(createdAt),
      };
      return [goal.key, { goal: row, progress: 0, done: new Set<number>(), updatedAt: createdAt }];
    }),
  );
  const stateOf = (key: string) => {
    const state = states.get(key);
    if (!state) throw new Error(`demo story ${story.key} names an unknown goal "${key}"`);
    return state;
  };

  const sessions: Session[] = [];
  const feedback: Feedback[] = [];
  const actionItems: ActionItem[] = [];
  const events: CalendarEventCopy[] = [];
  let carried: ActionItem[] = [];
  let slot = 0;
  let previousSlot = firstStart;

  const occurrence = (start: Date, oneOff: boolean, cancelled: boolean, upcoming: boolean, originalStart = start) => {
    const eventId = oneOff ? `${series.id}moved${sessions.length + 1}` : `${series.id}_${utcStamp(originalStart)}`;
    const copy = demoEventCopy(
      {
        id: eventId,
        ...(oneOff ? {} : { recurringEventId: series.id }),
        summary: series.summary,
        ...(series.description ? { description: series.description } : {}),
        start,
        end: addMinutes(start, series.minutes),
        originalStart,
        organizer,
        guests: others,
        // In a group someone has not answered the coming invitations yet, as in real calendars.
        unanswered: upcoming && others.length > 1 ? [others[others.length - 1]!.email] : [],
        meetCode: oneOff ? series.meetCode.split('-').reverse().join('-') : series.meetCode,
        updated: earliest(addDays(start, oneOff || start.getTime() !== originalStart.getTime() ? -1 : -14), now),
      },
      timeZone,
    );
    if (!cancelled) events.push(copy);
    return {
      calendar: {
        eventKey: copy.key,
        eventId: copy.eventId,
        seriesId: copy.seriesId,
        meetLink: copy.event.hangoutLink,
        title: series.summary,
        present: !cancelled,
      },
      detection: oneOff
        ? { confidence: 0.9, reasons: [`Only ${others.map((person) => person.name).join(', ')} and you attend`] }
        : { confidence: 1, reasons: [`Part of the series "${series.summary}" you confirmed for this pairing`] },
    };
  };

  story.history.forEach((entry, index) => {
    const number = pad2(index + 1);
    const movedDays = movedDaysOf(entry);
    const moved = movedDays !== undefined;
    const start = moved ? toWorkingDay(addDays(previousSlot, movedDays), 1) : dates.past[slot++]!;
    if (!moved) previousSlot = start;
    const end = addMinutes(start, series.minutes);
    const sessionId = id('session', number);
    const link = occurrence(start, moved, entry.outcome === 'cancelled', false);
    const createdAt = moved ? addMinutes(previousSlot, 60) : earliest(addDays(start, -7), now);
    const submittedAt = earliest(addMinutes(end, 25), now);
    const discussed = entry.outcome === 'held' || entry.outcome === 'awaiting-feedback';
    const session: Session = {
      id: sessionId,
      pairingId,
      start: iso(start),
      end: iso(end),
      status: entry.outcome === 'awaiting-feedback' ? 'scheduled' : entry.outcome,
      ...link,
      agenda: discussed ? carried.map((item, position) => agendaItem(id('agenda', number, position + 1), item, true)) : [],
      notes: entry.notes,
      isDemo: true,
      createdAt: iso(createdAt),
      updatedAt: iso(entry.outcome === 'cancelled' ? createdAt : submittedAt),
    };
    if (entry.outcome !== 'cancelled') {
      session.feedbackPrompt =
        entry.outcome === 'awaiting-feedback'
          ? { state: 'pending', notifiedAt: iso(addMinutes(end, 5)) }
          : { state: 'done', notifiedAt: iso(addMinutes(end, 5)) };
    }
    sessions.push(session);
    if (entry.outcome === 'cancelled' || entry.outcome === 'awaiting-feedback') return;

    const held = entry.outcome === 'held' ? entry : undefined;
    const agreed = (held?.actions ?? []).map((action, position) =>
      actionItem(action, id('action', number, position + 1), pairingId, sessionId, start, end, submittedAt, now),
    );
    actionItems.push(...agreed);
    if (held) carried = agreed;
    feedback.push({
      id: id('feedback', number),
      sessionId,
      pairingId,
      author: 'me',
      state: 'submitted',
      outcome: entry.outcome,
      ...(held ? { rating: held.rating } : {}),
      goalProgress: held ? progressEntries(held, stateOf, submittedAt) : [],
      wentWell: held?.wentWell ?? '',
      wasHard: held?.wasHard ?? '',
      actionItems: agreed.map(({ text, owner, due }) => ({ text, owner, ...(due ? { due } : {}) })),
      nextFocus: held?.nextFocus ?? '',
      privateReflection: held?.reflection ?? '',
      customAnswers: [],
      isDemo: true,
      createdAt: iso(addMinutes(end, 6)),
      updatedAt: iso(submittedAt),
      submittedAt: iso(submittedAt),
    });
  });

  const openItems = actionItems.filter((item) => item.status === 'open');
  dates.upcoming.forEach(({ start, originalStart }, index) => {
    const number = pad2(story.history.length + index + 1);
    const first = index === 0;
    const agenda: AgendaItem[] = first
      ? [
          ...openItems.map((item, position) => agendaItem(id('agenda', number, position + 1), item, false)),
          ...story.nextAgenda.map((text, position) => ({
            id: id('agenda', number, openItems.length + position + 1),
            text,
            origin: 'mine' as const,
            done: false,
          })),
        ]
      : [];
    const createdAt = earliest(addDays(start, -14), now);
    sessions.push({
      id: id('session', number),
      pairingId,
      start: iso(start),
      end: iso(addMinutes(start, series.minutes)),
      status: 'scheduled',
      ...occurrence(start, false, false, true, originalStart),
      agenda,
      notes: '',
      isDemo: true,
      createdAt: iso(createdAt),
      updatedAt: iso(createdAt),
    });
  });

  const goals = [...states.values()].map(({ goal, progress, done, updatedAt }) => ({
    ...goal,
    progress,
    status: progress === 100 ? ('achieved' as const) : ('active' as const),
    milestones: goal.milestones.map((milestone, index) => ({ ...milestone, done: done.has(index) })),
    updatedAt: iso(updatedAt),
  }));
  const createdAt = iso(addDays(firstStart, -10));
  const pairing: Pairing = {
    id: pairingId,
    title: shape.title,
    type: shape.type,
    myRole: shape.myRole,
    participants: others,
    cadenceDays: shape.cadenceDays,
    status: 'active',
    seriesIds: [series.id],
    keywords: shape.keywords,
    isDemo: true,
    createdAt,
    updatedAt: createdAt,
  };
  return { pairing, goals, sessions, feedback, actionItems, events };
}

/** A held session that is not a meeting of the series: how many days after the previous slot it took place. */
function movedDaysOf(entry: DemoPastSession): number | undefined {
  return entry.outcome === 'held' ? entry.movedDays : undefined;
}

/** The feedback form's progress section for one held session, advancing the goals as it goes. */
function progressEntries(held: DemoHeldSession, stateOf: (key: string) => GoalState, at: Date): Feedback['goalProgress'] {
  const ticked = new Map<string, number[]>();
  for (const tick of held.ticks ?? []) {
    const [key = '', index = ''] = tick.split('.');
    const milestone = Number(index);
    if (!stateOf(key).goal.milestones[milestone]) throw new Error(`demo tick "${tick}" names no milestone`);
    ticked.set(key, [...(ticked.get(key) ?? []), milestone]);
  }
  const keys = [...new Set([...Object.keys(held.progress ?? {}), ...ticked.keys()])];
  return keys.map((key) => {
    const state = stateOf(key);
    const value = held.progress?.[key];
    const [progress, note] = value === undefined ? [state.progress, ''] : typeof value === 'number' ? [value, ''] : value;
    const done = ticked.get(key) ?? [];
    state.progress = progress;
    for (const index of done) state.done.add(index);
    state.updatedAt = at;
    return { goalId: state.goal.id, progress, note, milestonesDone: done.map((index) => state.goal.milestones[index]!.id) };
  });
}

function actionItem(
  action: DemoAction,
  id: string,
  pairingId: string,
  sessionId: string,
  start: Date,
  end: Date,
  createdAt: Date,
  now: Date,
): ActionItem {
  // Done items were done a day before they were due (at the earliest six hours after the session), and before now.
  const doneAt = action.open ? undefined : earliest(addMinutes(end, Math.max(action.dueInDays - 1, 0.25) * 1_440), addMinutes(now, -60));
  return {
    id,
    pairingId,
    sessionId,
    text: action.text,
    owner: action.owner,
    due: localDay(addDays(start, action.dueInDays)),
    status: action.open ? 'open' : 'done',
    ...(doneAt ? { doneAt: iso(doneAt) } : {}),
    isDemo: true,
    createdAt: iso(createdAt),
    updatedAt: iso(doneAt ?? createdAt),
  };
}

function agendaItem(id: string, item: ActionItem, done: boolean): AgendaItem {
  return { id, text: item.text, origin: 'carried-over', actionItemId: item.id, done };
}

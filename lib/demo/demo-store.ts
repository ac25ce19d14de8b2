import type { EntityTable, IDType } from 'dexie';
import { calendarKeyOf } from '../calendar/calendar-key';
import { getDatabase, type MentoringDatabase } from '../db/database';
import { isSampleRow, type CalendarEventCopy, type Goal, type Pairing, type Session, type Settings } from '../model';
import { describeDemoData } from '../pairings/demo-data';
import { getSettings, updateSettings } from '../settings/settings-store';
import { buildDemoData } from './build-demo-data';
import { DEMO_SELF } from './demo-people';
import { carriesUserWriting, sampleNotesOf, withoutSampleContent } from './user-writing';

/** Every demo calendar's key starts with this (`demo:sample`), so its events are found by index. */
const DEMO_EVENT_KEY_PREFIX = calendarKeyOf('demo', '');

const demoTables = (db: MentoringDatabase) => [
  db.pairings,
  db.goals,
  db.sessions,
  db.feedback,
  db.actionItems,
  db.events,
  db.syncStates,
  db.settings,
];

/**
 * Adds the sample pairings and their calendar in one transaction: all of it or none of it.
 * Idempotent, and it never touches the user's rows: a sample pairing whose id is already taken (still
 * loaded, or kept by removeDemoData because the user added to it) is skipped with everything of
 * its own. With no calendar connected, the sample calendar becomes the calendar, owned by Jordan Lee.
 * Returns how many sample pairings and sessions are stored now, and how many events were written.
 */
export async function loadDemoData(
  db: MentoringDatabase = getDatabase(),
  now: Date = new Date(),
): Promise<{ pairings: number; sessions: number; events: number }> {
  const data = buildDemoData(now);
  return db.transaction('rw', demoTables(db), async () => {
    const taken = await db.pairings.bulkGet(data.pairings.map(({ pairing }) => pairing.id));
    const missing = data.pairings.filter((_, index) => !taken[index]);
    const events = missing.flatMap((entry) => entry.events);
    if (!(await db.syncStates.get(data.syncState.calendarKey))) {
      await db.syncStates.add(data.syncState);
      events.push(...data.otherEvents);
    }
    await replaceSeries(db, events);
    await putOverSampleRows(db.pairings, missing.map((entry) => entry.pairing));
    await putOverSampleRows(db.goals, missing.flatMap((entry) => entry.goals));
    await putOverSampleRows(db.sessions, missing.flatMap((entry) => entry.sessions));
    await putOverSampleRows(db.feedback, missing.flatMap((entry) => entry.feedback));
    await putOverSampleRows(db.actionItems, missing.flatMap((entry) => entry.actionItems));
    if ((await getSettings(db)).calendarSource === 'none') {
      // The sample calendar belongs to the sample user; an address the user typed in stays theirs.
      await updateSettings((settings) => ({ ...settings, calendarSource: 'demo', selfEmail: settings.selfEmail ?? DEMO_SELF.email }), db);
    }
    const stored = await describeDemoData(db);
    return { pairings: stored.pairings, sessions: stored.sessions, events: events.length };
  });
}

/**
 * Removes every sample row in one transaction, and nothing the user wrote. The user's own rows stay
 * (feedback and action items they wrote, even on a sample session; goals with their own ids), and so
 * does what they hang on: a sample session the user typed notes or agenda points into, or that their
 * feedback or action items belong to, is kept as theirs (without the sample's own notes and points),
 * as is a sample goal their feedback tracks; a sample pairing that keeps any of it becomes the
 * user's (isDemo false, sample series unlinked). Kept sessions' links to the vanished sample calendar
 * are marked not present. The sample calendar goes, and the settings stop pointing at it. The user's
 * detection decisions stay as they are. Returns how many rows were deleted, events among them.
 */
export async function removeDemoData(
  db: MentoringDatabase = getDatabase(),
  now: Date = new Date(),
): Promise<{ removed: number; events: number }> {
  const sampleNotes = sampleNotesOf(now);
  return db.transaction('rw', demoTables(db), async () => {
    const demoPairings = await db.pairings.filter((pairing) => pairing.isDemo).toArray();
    const demoPairingIds = new Set(demoPairings.map((pairing) => pairing.id));
    const underDemo = (row: { pairingId: string }) => demoPairingIds.has(row.pairingId);
    const isDemoGoal = (goal: Goal) => underDemo(goal) && isSampleRow(goal);
    // Read through indexes, never whole tables: sample sessions belong to a sample pairing or link a
    // sample event; feedback and action items that matter hang on those pairings or sessions (the user's among
    // them are told apart by isSampleRow).
    const pairingIds = [...demoPairingIds];
    const goals = await db.goals.where('pairingId').anyOf(pairingIds).toArray();
    const sessions = uniqueRows([
      ...(await db.sessions.where('pairingId').anyOf(pairingIds).toArray()),
      ...(await db.sessions.where('calendar.eventKey').startsWith(DEMO_EVENT_KEY_PREFIX).toArray()),
    ]);
    const sessionIds = sessions.map((session) => session.id);
    const [sampleFeedback, userFeedback] = partition(uniqueRows([
      ...(await db.feedback.where('pairingId').anyOf(pairingIds).toArray()),
      ...(await db.feedback.where('sessionId').anyOf(sessionIds).toArray()),
    ]), isSampleRow);
    const [sampleActions, userActions] = partition(uniqueRows([
      ...(await db.actionItems.where('pairingId').anyOf(pairingIds).toArray()),
      ...(await db.actionItems.where('sessionId').anyOf(sessionIds).toArray()),
    ]), isSampleRow);
    const demoEvents = await db.events.where('calendarKey').startsWith(DEMO_EVENT_KEY_PREFIX).toArray();
    const demoStates = await db.syncStates.filter((state) => state.source === 'demo').toArray();

    const referencedSessions = new Set(
      [...userFeedback, ...userActions].flatMap((row) => (row.sessionId ? [row.sessionId] : [])),
    );
    const referencedGoals = new Set(userFeedback.flatMap((row) => row.goalProgress.map((entry) => entry.goalId)));
    const keptSessions = sessions.filter(
      (session) => session.isDemo && (referencedSessions.has(session.id) || carriesUserWriting(session, sampleNotes)),
    );
    const keptGoalIds = new Set(
      goals.filter((goal) => isDemoGoal(goal) && referencedGoals.has(goal.id)).map((goal) => goal.id),
    );
    const adopted = new Set(
      [
        ...goals.filter((goal) => !isDemoGoal(goal) || keptGoalIds.has(goal.id)),
        ...sessions.filter((session) => !session.isDemo && underDemo(session)),
        ...keptSessions,
        ...userFeedback.filter(underDemo),
        ...userActions.filter(underDemo),
      ]
        .map((row) => row.pairingId)
        .filter((pairingId) => demoPairingIds.has(pairingId)),
    );

    const doomedPairings = demoPairings.filter((pairing) => !adopted.has(pairing.id)).map((pairing) => pairing.id);
    const doomedGoals = goals.filter((goal) => isDemoGoal(goal) && !keptGoalIds.has(goal.id)).map((goal) => goal.id);
    const keptSessionIds = new Set(keptSessions.map((session) => session.id));
    const doomedSessions = sessions
      .filter((session) => session.isDemo && !keptSessionIds.has(session.id))
      .map((session) => session.id);
    const doomedFeedback = sampleFeedback.map((row) => row.id);
    const doomedActions = sampleActions.map((row) => row.id);
    await db.pairings.bulkDelete(doomedPairings);
    await db.goals.bulkDelete(doomedGoals);
    await db.sessions.bulkDelete(doomedSessions);
    await db.feedback.bulkDelete(doomedFeedback);
    await db.actionItems.bulkDelete(doomedActions);
    await db.events.bulkDelete(demoEvents.map((event) => event.key));
    await db.syncStates.bulkDelete(demoStates.map((state) => state.calendarKey));

    const stamp = now.toISOString();
    const demoSeries = new Set(demoEvents.map((event) => event.seriesId));
    const adopt = (pairing: Pairing): Pairing => ({
      ...pairing,
      isDemo: false,
      seriesIds: pairing.seriesIds.filter((id) => !demoSeries.has(id)),
      updatedAt: stamp,
    });
    await db.pairings.bulkPut(demoPairings.filter((pairing) => adopted.has(pairing.id)).map(adopt));
    await db.sessions.bulkPut([
      ...keptSessions.map((session) =>
        detachFromDemoCalendar({ ...withoutSampleContent(session, sampleNotes), isDemo: false, updatedAt: stamp }),
      ),
      ...sessions
        .filter((session) => !session.isDemo && linksDemoEvent(session))
        .map((session) => detachFromDemoCalendar({ ...session, updatedAt: stamp })),
    ]);
    const settings = await getSettings(db);
    if (settings.calendarSource === 'demo' || settings.selfEmail === DEMO_SELF.email) {
      const withoutSample = ({ selfEmail, ...rest }: Settings): Settings => ({
        ...rest,
        calendarSource: rest.calendarSource === 'demo' ? 'none' : rest.calendarSource,
        ...(selfEmail === DEMO_SELF.email ? {} : { selfEmail }),
      });
      await updateSettings(withoutSample, db);
    }
    const removed = [doomedPairings, doomedGoals, doomedSessions, doomedFeedback, doomedActions, demoEvents, demoStates];
    return { removed: removed.reduce((total, rows) => total + rows.length, 0), events: demoEvents.length };
  });
}

/** True while any sample pairing or the sample calendar is stored. */
export async function hasDemoData(db: MentoringDatabase = getDatabase()): Promise<boolean> {
  return db.transaction('r', db.pairings, db.syncStates, async () => {
    if ((await db.pairings.filter((pairing) => pairing.isDemo).count()) > 0) return true;
    return (await db.syncStates.filter((state) => state.source === 'demo').count()) > 0;
  });
}


function partition<T>(rows: T[], test: (row: T) => boolean): [T[], T[]] {
  return [rows.filter(test), rows.filter((row) => !test(row))];
}

function uniqueRows<T extends { id: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}

function linksDemoEvent(session: Session): boolean {
  return session.calendar?.eventKey.startsWith(DEMO_EVENT_KEY_PREFIX) ?? false;
}

function detachFromDemoCalendar(session: Session): Session {
  return session.calendar && linksDemoEvent(session) ? { ...session, calendar: { ...session.calendar, present: false } } : session;
}

/**
 * Writes sample rows over free ids and over sample rows left from an earlier load (a pairing the user
 * deleted leaves its sessions behind); a row that is the user's (isDemo false) is never overwritten.
 */
async function putOverSampleRows<T extends { id: string; isDemo?: boolean }>(
  table: EntityTable<T, 'id'>,
  rows: T[],
): Promise<void> {
  const stored = await table.bulkGet(rows.map((row) => row.id as IDType<T, 'id'>));
  await table.bulkPut(rows.filter((_, index) => stored[index]?.isDemo !== false));
}

/** Sample series are written whole: occurrences from an earlier load (at other times) go first. */
async function replaceSeries(db: MentoringDatabase, events: CalendarEventCopy[]): Promise<void> {
  const calendars = new Set(events.map((event) => event.calendarKey));
  const series = [...new Set(events.map((event) => event.seriesId))];
  const stale = await db.events
    .where('seriesId')
    .anyOf(series)
    .filter((event) => calendars.has(event.calendarKey))
    .primaryKeys();
  await db.events.bulkDelete(stale);
  await db.events.bulkPut(events);
}

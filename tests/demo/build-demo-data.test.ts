import { describe, expect, it } from 'vitest';
import { tableSchemas } from '../../lib/db/database';
import { buildDemoData } from '../../lib/demo/build-demo-data';
import { DEMO_CALENDAR_KEY } from '../../lib/demo/demo-people';
import { builtInTemplates } from '../../lib/templates/built-in-templates';
import { pairingTypes, type Session } from '../../lib/model';

const now = new Date('2026-11-21T10:00:00Z');
const DAY = 86_400_000;
const data = buildDemoData(now);
const allGoals = data.pairings.flatMap((entry) => entry.goals);
const allSessions = data.pairings.flatMap((entry) => entry.sessions);
const allFeedback = data.pairings.flatMap((entry) => entry.feedback);
const allActionItems = data.pairings.flatMap((entry) => entry.actionItems);
const allEvents = data.pairings.flatMap((entry) => entry.events);
const pairingOf = (name: string) => data.pairings.find((entry) => entry.pairing.participants.some((person) => person.name === name))!;
const isPast = (session: Session) => Date.parse(session.end) < now.getTime();

describe('demo data', () => {
  it('has a pairing of every type, with Jordan as mentor and as mentee, and the agreed people', () => {
    expect(new Set(data.pairings.map(({ pairing }) => pairing.type))).toEqual(new Set(pairingTypes));
    const people = (name: string) => pairingOf(name).pairing;
    expect(people('Ana Silva')).toMatchObject({ type: 'one-on-one', myRole: 'mentor' });
    expect(people('Priya Raman')).toMatchObject({ type: 'reverse', myRole: 'mentee' });
    expect(people('Mateo García')).toMatchObject({ type: 'high-potential', myRole: 'mentor' });
    expect(people('Élodie Fournier')).toMatchObject({ type: 'peer' });
    expect(people('Amara Okafor')).toMatchObject({ type: 'one-on-one', myRole: 'mentee' });
    const circle = people('Lin Wei');
    expect(circle).toMatchObject({ type: 'group', myRole: 'mentor', title: 'Engineering leadership circle' });
    expect(circle.participants.map((person) => person.email)).toEqual([
      'lena.hoffmann@corp.example',
      'oluwaseun.adeyemi@corp.example',
      'lin.wei@corp.example',
      'fatima.benali@corp.example',
    ]);
    for (const { pairing } of data.pairings) {
      expect(pairing.cadenceDays).toBeGreaterThanOrEqual(14);
      expect(pairing.cadenceDays).toBeLessThanOrEqual(28);
      expect(pairing.participants.map((person) => person.email)).not.toContain('jordan.lee@corp.example');
    }
  });

  it('passes every schema the database enforces, with unique ids, all marked as demo', () => {
    const check = (table: keyof typeof tableSchemas, rows: unknown[]) => {
      for (const row of rows) {
        const parsed = tableSchemas[table].schema.safeParse(row);
        expect(parsed.success, `${table}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      }
    };
    check('pairings', data.pairings.map(({ pairing }) => pairing));
    check('goals', allGoals);
    check('sessions', allSessions);
    check('feedback', allFeedback);
    check('actionItems', allActionItems);
    check('events', [...allEvents, ...data.otherEvents]);
    check('syncStates', [data.syncState]);
    for (const rows of [data.pairings.map(({ pairing }) => pairing), allGoals, allSessions, allFeedback, allActionItems]) {
      const ids = rows.map((row) => row.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => id.startsWith('demo-'))).toBe(true);
    }
    const keys = [...allEvents, ...data.otherEvents].map((event) => event.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of [...data.pairings.map(({ pairing }) => pairing), ...allSessions, ...allFeedback, ...allActionItems]) {
      expect(row.isDemo).toBe(true);
    }
  });

  it('is deterministic: the same moment gives the same data', () => {
    expect(buildDemoData(new Date(now))).toEqual(data);
  });

  it('holds about six months of sessions per pairing, at the agreed cadence', () => {
    for (const { pairing, sessions } of data.pairings) {
      const past = sessions.filter(isPast);
      const daysOfHistory = (now.getTime() - Date.parse(past[0]!.start)) / DAY;
      expect(daysOfHistory, pairing.title).toBeGreaterThan(140);
      expect(daysOfHistory, pairing.title).toBeLessThan(180);
      const seriesStarts = past.filter((session) => session.calendar?.eventId.includes('_')).map((session) => Date.parse(session.start));
      seriesStarts.slice(1).forEach((start, index) => {
        const gapDays = Math.round((start - seriesStarts[index]!) / DAY);
        expect(gapDays % pairing.cadenceDays, pairing.title).toBe(0);
      });
    }
    const statuses = new Set(allSessions.map((session) => session.status));
    expect(statuses).toEqual(new Set(['held', 'rescheduled', 'missed', 'cancelled', 'scheduled']));
  });

  it('has sessions coming up for every pairing, one starting within a day, each next one with an agenda', () => {
    const upcoming = allSessions.filter((session) => Date.parse(session.start) > now.getTime());
    expect(upcoming.every((session) => session.status === 'scheduled')).toBe(true);
    expect(upcoming.some((session) => Date.parse(session.start) - now.getTime() < DAY)).toBe(true);
    for (const { pairing, sessions } of data.pairings) {
      const next = sessions.find((session) => Date.parse(session.start) > now.getTime());
      expect(next, pairing.title).toBeDefined();
      expect(next!.agenda.some((item) => item.origin === 'mine'), pairing.title).toBe(true);
      expect(next!.agenda.every((item) => !item.done)).toBe(true);
    }
    const carried = upcoming.flatMap((session) => session.agenda.filter((item) => item.origin === 'carried-over'));
    const open = allActionItems.filter((item) => item.status === 'open');
    expect(carried.map((item) => item.actionItemId).sort()).toEqual(open.map((item) => item.id).sort());
  });

  it('has notes and submitted feedback for every held session, and a session still waiting for feedback', () => {
    const held = allSessions.filter((session) => session.status === 'held');
    expect(held.length).toBeGreaterThan(35);
    const feedback = allFeedback;
    for (const session of held) {
      expect(session.notes.length, session.id).toBeGreaterThan(150);
      const form = feedback.find((row) => row.sessionId === session.id);
      expect(form, session.id).toMatchObject({ state: 'submitted', outcome: 'held', author: 'me' });
      expect(form!.rating).toBeGreaterThanOrEqual(1);
      expect([form!.wentWell, form!.wasHard, form!.nextFocus].every((text) => text.length > 5), session.id).toBe(true);
    }
    expect(new Set(held.map((session) => session.notes)).size).toBe(held.length);
    expect(allSessions.map((session) => session.notes).join(' ')).not.toMatch(/lorem|ipsum/i);
    expect(feedback.some((row) => row.goalProgress.some((entry) => entry.milestonesDone.length > 0))).toBe(true);
    const waiting = allSessions.filter((session) => session.feedbackPrompt?.state === 'pending');
    expect(waiting).toHaveLength(1);
    expect(isPast(waiting[0]!) && waiting[0]!.status === 'scheduled').toBe(true);
    expect(feedback.some((row) => row.sessionId === waiting[0]!.id)).toBe(false);
  });

  it('has action items of both sides, mostly done, some open and some overdue', () => {
    const items = allActionItems;
    const today = '2026-11-21';
    const open = items.filter((item) => item.status === 'open');
    const done = items.filter((item) => item.status === 'done');
    expect(done.length).toBeGreaterThan(open.length * 2);
    expect(new Set(items.map((item) => item.owner))).toEqual(new Set(['me', 'them']));
    expect(new Set(open.map((item) => item.owner))).toEqual(new Set(['me', 'them']));
    expect(open.some((item) => item.due! < today)).toBe(true);
    expect(open.some((item) => item.due! > today)).toBe(true);
    for (const item of done) expect(Date.parse(item.doneAt!)).toBeLessThan(now.getTime());
    for (const item of open) expect(item.doneAt).toBeUndefined();
    const sessionIds = new Set(allSessions.map((session) => session.id));
    expect(items.every((item) => sessionIds.has(item.sessionId!))).toBe(true);
  });

  it('builds goals from the built-in templates, with progress that matches the last feedback and some milestones done', () => {
    const templates = new Map(builtInTemplates(now.toISOString()).map((template) => [template.id, template]));
    const feedback = allFeedback;
    for (const goal of allGoals) {
      expect(templates.get(goal.templateId!)?.category, goal.id).toBe(goal.category);
      const lastEntry = feedback.flatMap((row) => row.goalProgress).filter((entry) => entry.goalId === goal.id).at(-1);
      expect(goal.progress, goal.id).toBe(lastEntry?.progress ?? 0);
      expect(goal.milestones.length).toBeGreaterThanOrEqual(3);
    }
    const milestones = allGoals.flatMap((goal) => goal.milestones);
    expect(milestones.some((milestone) => milestone.done)).toBe(true);
    expect(milestones.some((milestone) => !milestone.done)).toBe(true);
    expect(allGoals.some((goal) => goal.status === 'achieved' && goal.progress === 100)).toBe(true);
    const reverse = data.pairings.find(({ pairing }) => pairing.type === 'reverse')!;
    expect(new Set(reverse.goals.map((goal) => goal.owner))).toEqual(new Set(['me', 'them']));
    expect(reverse.goals.some((goal) => goal.category === 'technology-fluency' && goal.owner === 'me')).toBe(true);
  });

  it('links sessions to realistic sample calendar events: series, Meet links, Jordan attending', () => {
    const events = new Map([...allEvents, ...data.otherEvents].map((event) => [event.key, event]));
    expect(data.syncState).toMatchObject({ calendarKey: DEMO_CALENDAR_KEY, source: 'demo', calendarId: 'sample' });
    // Google's event ids: base32hex, and for an occurrence of a series the series id and its UTC start.
    for (const event of events.values()) expect(event.eventId).toMatch(/^[a-v0-9]{5,}(_\d{8}T\d{6}Z)?$/);
    for (const { pairing, sessions } of data.pairings) {
      for (const session of sessions) {
        const link = session.calendar!;
        expect(link.eventKey.startsWith(`${DEMO_CALENDAR_KEY}|`)).toBe(true);
        expect(link.meetLink).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
        const event = events.get(link.eventKey);
        if (session.status === 'cancelled') {
          expect(event, session.id).toBeUndefined();
          expect(link.present).toBe(false);
          continue;
        }
        expect(event, session.id).toBeDefined();
        expect(link).toMatchObject({ eventId: event!.eventId, seriesId: event!.seriesId, present: true, meetLink: event!.event.hangoutLink });
        expect(event!.startMs).toBe(Date.parse(session.start));
        expect(event!.endMs).toBe(Date.parse(session.end));
        expect(event!.event.attendees).toContainEqual(expect.objectContaining({ email: 'jordan.lee@corp.example', self: true }));
        for (const person of pairing.participants) {
          expect(event!.event.attendees).toContainEqual(expect.objectContaining({ email: person.email, displayName: person.name }));
        }
        expect(event!.event.organizer?.email).toBeDefined();
        if (event!.event.recurringEventId) {
          expect(pairing.seriesIds).toContain(event!.event.recurringEventId);
          expect(event!.eventId.startsWith(`${event!.event.recurringEventId}_`)).toBe(true);
        }
      }
    }
    const moved = allEvents.filter(
      (event) => event.event.recurringEventId && event.event.originalStartTime?.dateTime !== event.event.start?.dateTime,
    );
    expect(moved).toHaveLength(1);
  });

  it('keeps its promises whatever the day and hour it is loaded', () => {
    for (let hour = 0; hour < 7 * 24; hour += 5) {
      const moment = new Date(now.getTime() + hour * 3_600_000);
      const sample = buildDemoData(moment);
      const sessions = sample.pairings.flatMap((entry) => entry.sessions);
      const untilNext = Math.min(...sessions.map((session) => Date.parse(session.start) - moment.getTime()).filter((ms) => ms > 0));
      expect(untilNext, moment.toISOString()).toBeLessThan(DAY);
      for (const session of sessions) {
        const started = Date.parse(session.start) <= moment.getTime();
        expect(session.status === 'scheduled' && session.feedbackPrompt === undefined ? !started : started, session.id).toBe(true);
        expect(tableSchemas.sessions.schema.safeParse(session).success).toBe(true);
      }
      for (const item of sample.pairings.flatMap((entry) => entry.actionItems)) {
        if (item.doneAt) expect(Date.parse(item.doneAt)).toBeLessThan(moment.getTime());
      }
    }
  });
});

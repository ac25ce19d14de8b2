import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CalendarEventCopy, Pairing, Session } from '../../../lib/model';
import type { MarkKind } from '../pages/google-calendar-page';
import { putRows, readTable, waitForRows } from '../support/extension-db';
import type { FixtureEvent, GooglePagesFixture } from '../support/google-pages/server';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** The demo's one suggestion: a chat that looks like mentoring but matches no pairing for sure. */
export const SUGGESTED_TITLE = 'Mentoring chat – Kenji / Jordan';

/** The demo calendar as the Calendar fixture page shows it, with the mark each event should get. */
export interface DemoCalendarOnPage {
  copies: CalendarEventCopy[];
  sessions: Session[];
  pairings: Pairing[];
  /** The mark an event element (by its data-eventid) should show. */
  expected(eventId: string): MarkKind;
  /** Changes what an event should show (e.g. after "Not a mentoring session"). */
  expect(eventId: string, kind: MarkKind): void;
  /** The data-eventid the page gives a stored event (its htmlLink's eid, or that eid made URL-safe). */
  fixtureIdOf(copy: CalendarEventCopy): string;
  /** The stored event a session comes from. */
  copyOf(session: Session): CalendarEventCopy | undefined;
}

const eidOf = (copy: CalendarEventCopy) => new URL(copy.event.htmlLink!).searchParams.get('eid')!;

/**
 * Waits for the demo data in the extension's IndexedDB (read through `probe`, one of its pages) and
 * has the fixture's Calendar page show its events of these weeks, with the data-eventid Google
 * writes (the eid of each event's htmlLink; every other one in the URL-safe alphabet). Shared by the
 * Chromium and Firefox suites.
 */
export async function showDemoCalendar(probe: Page, fixture: GooglePagesFixture): Promise<DemoCalendarOnPage> {
  await waitForRows<Pairing>(probe, 'pairings', (rows) => rows.length === 6);
  const sessions = await waitForRows<Session>(probe, 'sessions', (rows) => rows.length > 20);
  const pairings = await readTable<Pairing>(probe, 'pairings');
  const now = Date.now();
  const copies = (await readTable<CalendarEventCopy>(probe, 'events')).filter((copy) => copy.startMs > now - 45 * DAY_MS && copy.startMs < now + 70 * DAY_MS);
  const sessionKeys = new Set(sessions.filter((s) => s.status !== 'cancelled').map((s) => s.calendar?.eventKey));
  const marks = new Map<string, MarkKind>();
  const events: FixtureEvent[] = copies.map((copy, index) => {
    const eid = eidOf(copy);
    const eventId = index % 2 ? eid.replace(/\+/g, '-').replace(/\//g, '_') : eid;
    marks.set(eventId, sessionKeys.has(copy.key) ? 'session' : copy.event.summary === SUGGESTED_TITLE ? 'suggestion' : 'none');
    return { eventId, title: copy.event.summary ?? '', start: new Date(copy.startMs).toISOString(), end: new Date(copy.endMs).toISOString() };
  });
  fixture.setCalendar({ events, today: new Date(now).toISOString() });
  expect([...marks.values()].filter((kind) => kind === 'session').length).toBeGreaterThan(5);
  expect([...marks.values()]).toContain('suggestion');
  return {
    copies,
    sessions,
    pairings,
    expected: (eventId) => marks.get(eventId) ?? 'none',
    expect: (eventId, kind) => void marks.set(eventId, kind),
    fixtureIdOf: (copy) => [...marks.keys()].find((id) => id.replace(/-/g, '+').replace(/_/g, '/') === eidOf(copy))!,
    copyOf: (session) => copies.find((copy) => copy.key === session.calendar?.eventKey),
  };
}

/** The Meet code of the call the Meet tests join. */
export const MEET_CODE = 'abc-defg-hij';
/** Settings' default wait between a session's end and its feedback prompt. */
export const FEEDBACK_DELAY_MS = 5 * MINUTE_MS;

/**
 * Stores a session of `pairing` that is on now (started 20 minutes ago, ends in 40) with the Meet
 * link of MEET_CODE, as a synced calendar event would give it.
 */
export async function storeSessionOnCall(probe: Page, pairing: Pairing): Promise<Session> {
  const now = Date.now();
  const stamp = new Date(now).toISOString();
  const session: Session = {
    id: 'e2e-call-session',
    pairingId: pairing.id,
    start: new Date(now - 20 * MINUTE_MS).toISOString(),
    end: new Date(now + 40 * MINUTE_MS).toISOString(),
    status: 'scheduled',
    calendar: { eventKey: 'google:primary|e2ecall', eventId: 'e2ecall', seriesId: 'e2ecall', meetLink: `https://meet.google.com/${MEET_CODE}`, title: 'Ana / Jordan: the call', present: true },
    agenda: [],
    notes: '',
    detection: { confidence: 0.9, reasons: ['The title names Ana, of this pairing'] },
    isDemo: false,
    createdAt: stamp,
    updatedAt: stamp,
  };
  await putRows(probe, 'sessions', [session]);
  return session;
}

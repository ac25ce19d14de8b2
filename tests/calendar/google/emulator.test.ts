import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../support/fresh-database';
import { toEventCopy } from '../../../lib/calendar/event-copy';
import { createCalendarClient } from '../../../lib/calendar/google/client';
import { EVENTS_SCOPE } from '../../../lib/calendar/google/config';
import { SyncAbortedError } from '../../../lib/calendar/google/errors';
import { getSyncState, listCalendarEvents } from '../../../lib/calendar/sync/event-store';
import { syncGoogleCalendar } from '../../../lib/calendar/google/google-sync';
import type { MentoringDatabase } from '../../../lib/db/database';
import { startEmulator, type FaultSpec, type RunningEmulator } from '../../../tools/calendar-emulator/index';
import { fastBackoff } from './support/environment';

/** The sync engine against the Calendar API emulator over real HTTP (loopback). */
const SELF = 'jordan.lee@corp.example';
const NOW_ISO = '2026-11-21T08:00:00.000Z';
let nowMs = Date.parse(NOW_ISO);
const now = () => new Date(nowMs);
const WINDOW = { daysBack: 180, daysAhead: 365 };

let emulator: RunningEmulator;
let db: MentoringDatabase;
let renewals = 0;

beforeAll(async () => {
  emulator = await startEmulator({ httpsPort: false, now: NOW_ISO });
});
afterAll(async () => {
  await emulator?.close();
});
beforeEach(() => {
  emulator.control.load({ calendars: [{ id: SELF, summary: SELF, timeZone: 'Europe/London', primary: true }], events: { [SELF]: [] } }, { now: NOW_ISO });
  emulator.control.generate({ calendarId: SELF, count: 700, startFrom: '2026-08-01', seed: 7 });
  db = freshDatabase();
  renewals = 0;
  nowMs = Date.parse(NOW_ISO);
});

let token = '';
function run(extra: { beforePage?: () => Promise<void> } = {}) {
  token ||= emulator.control.issueToken({ scopes: [EVENTS_SCOPE] }).access_token;
  const client = createCalendarClient({
    baseUrl: `${emulator.url}/calendar/v3`,
    pageSize: 250,
    backoff: fastBackoff(),
    tokens: {
      getToken: async () => token,
      renewToken: async () => {
        renewals++;
        token = emulator.control.issueToken({ scopes: [EVENTS_SCOPE] }).access_token;
        return token;
      },
    },
  });
  return syncGoogleCalendar({ calendarId: 'primary', label: 'Primary' }, { client, window: WINDOW, db, now, ...extra });
}

function expected(): Record<string, string> {
  const entries = emulator.control.listEvents(SELF).flatMap((event) => {
    const result = toEventCopy(event, 'google:primary', 'google');
    return result.ok ? [[result.copy.eventId, JSON.stringify(result.copy.event)] as const] : [];
  });
  return Object.fromEntries(entries);
}

async function actual(): Promise<Record<string, string>> {
  const copies = await listCalendarEvents('google:primary', db);
  return Object.fromEntries(copies.map((copy) => [copy.eventId, JSON.stringify(copy.event)]));
}

const at = (days: number, hour: number) => new Date(Date.parse(NOW_ISO) + days * 86_400_000 + hour * 3_600_000).toISOString();

describe('sync against the Calendar API emulator', () => {
  it('syncs every page in full, then picks up an added, a moved and a cancelled event', async () => {
    expect((await run()).error).toBeUndefined();
    expect(Object.keys(await actual())).toHaveLength(700);
    expect(await actual()).toEqual(expected());

    const [moved, cancelled] = emulator.control.listEvents(SELF).filter((event) => !event.recurringEventId);
    emulator.control.addEvent(SELF, { id: 'addedmentoring1', summary: 'Mentoring: Ana', start: { dateTime: at(2, 9) }, end: { dateTime: at(2, 10) } });
    emulator.control.moveEvent(SELF, moved!.id!, { start: { dateTime: at(3, 14) }, end: { dateTime: at(3, 15) } });
    emulator.control.cancelEvent(SELF, cancelled!.id!);

    const result = await run();
    expect(result).toMatchObject({ added: 1, updated: 1, removed: 1 });
    expect(await actual()).toEqual(expected());
    expect((await db.events.get(`google:primary|${moved!.id}`))?.startMs).toBe(Date.parse(at(3, 14)));
    expect(await db.events.get(`google:primary|${cancelled!.id}`)).toBeUndefined();
  });

  it('resyncs after 410 and drops what no longer exists', async () => {
    await run();
    const victims = emulator.control.listEvents(SELF).slice(0, 5);
    for (const victim of victims) emulator.control.cancelEvent(SELF, victim.id!);
    emulator.control.invalidateSyncTokens();
    emulator.control.clearRequestLog();

    expect((await run()).error).toBeUndefined();
    expect(emulator.control.requestLog()[0]?.status).toBe(410);
    expect(await actual()).toEqual(expected());
  });

  it.each(['series', 'occurrences'] as const)('removes every stored occurrence of a deleted series, reported in the %s form', async (form) => {
    emulator.control.setSeriesCancellationForm(form);
    try {
      emulator.control.addEvent(SELF, {
        id: 'weeklymentoring',
        summary: 'Mentoring: Ana / Jordan',
        start: { dateTime: at(1, 9) },
        end: { dateTime: at(1, 10) },
        recurrence: ['RRULE:FREQ=WEEKLY;COUNT=12'],
      });
      await run();
      const series = async () => (await listCalendarEvents('google:primary', db)).filter((copy) => copy.seriesId === 'weeklymentoring');
      expect(await series()).toHaveLength(12);

      emulator.control.cancelEvent(SELF, 'weeklymentoring');
      const result = await run();
      expect(result).toMatchObject({ added: 0, updated: 0, removed: 12 });
      expect(await series()).toEqual([]);
      expect(await actual()).toEqual(expected());
    } finally {
      emulator.control.setSeriesCancellationForm('series');
    }
  });

  it('keeps the previous calendar whole when a resync after 410 fails half-way, and counts only real changes once it completes', async () => {
    await run();
    const before = await actual();
    const gone = emulator.control.listEvents(SELF).slice(0, 3);
    for (const victim of gone) emulator.control.cancelEvent(SELF, victim.id!);
    emulator.control.invalidateSyncTokens();
    // The 410, the resync's first page, then its second page fails until the retries run out.
    emulator.control.injectFault({ kind: 'delay', delayMs: 1, times: 2 });
    emulator.control.injectFault({ kind: 'error', status: 503, times: 10 });

    const failed = await run();
    expect(failed.error).toMatch(/503/);
    expect(await actual()).toEqual(before);
    emulator.control.clearFaults();

    const completed = await run();
    expect(completed.error).toBeUndefined();
    // An unchanged calendar but for three deletions: not "700 added, 703 removed".
    expect(completed).toMatchObject({ added: 0, updated: 0, removed: 3 });
    expect(await actual()).toEqual(expected());
  });

  it('prunes what lies outside the window after every sync, incremental ones included', async () => {
    await run();
    // A weekly series with no end: an incremental sync lists its occurrences two years ahead.
    emulator.control.addEvent(SELF, { id: 'openended', summary: 'Standing 1:1', start: { dateTime: at(1, 15) }, end: { dateTime: at(1, 16) }, recurrence: ['RRULE:FREQ=WEEKLY'] });
    await run();
    const windowEnd = nowMs + WINDOW.daysAhead * 86_400_000;
    const copies = await listCalendarEvents('google:primary', db);
    expect(copies.filter((copy) => copy.seriesId === 'openended').length).toBe(Math.ceil((WINDOW.daysAhead - 1) / 7));
    expect(copies.filter((copy) => copy.startMs >= windowEnd)).toEqual([]);

    // Three years on, with nothing new at Google: every copy has left the window.
    nowMs += 3 * 365 * 86_400_000;
    emulator.control.clearRequestLog();
    await run();
    const windowStart = nowMs - WINDOW.daysBack * 86_400_000;
    expect((await listCalendarEvents('google:primary', db)).filter((copy) => copy.endMs <= windowStart)).toEqual([]);
  });

  it('renews a refused token once and goes on', async () => {
    await run();
    emulator.control.revokeTokens(token);
    emulator.control.addEvent(SELF, { id: 'afterrevoke1', summary: 'New', start: { dateTime: at(1, 9) }, end: { dateTime: at(1, 10) } });
    expect((await run()).error).toBeUndefined();
    expect(renewals).toBe(1);
    expect(await actual()).toEqual(expected());
  });

  it('survives many syncs under random faults with the store equal to the emulator’s', async () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const faults: FaultSpec[] = [
      { kind: 'error', status: 503 },
      { kind: 'error', status: 500, reason: 'backendError' },
      { kind: 'error', status: 429 },
      { kind: 'error', status: 403, reason: 'rateLimitExceeded' },
      { kind: 'error', status: 403, reason: 'userRateLimitExceeded' },
      { kind: 'error', status: 410, reason: 'fullSyncRequired' },
      { kind: 'error', status: 401, reason: 'authError' },
      { kind: 'truncatedBody' },
      { kind: 'dropConnection' },
    ];
    let previousCompleted = true;
    for (let round = 0; round < 25; round++) {
      const live = emulator.control.listEvents(SELF).filter((event) => !event.recurringEventId);
      for (let change = Math.floor(random() * 4); change > 0; change--) {
        const pick = live[Math.floor(random() * live.length)]!;
        const dice = random();
        const day = Math.floor(random() * 200) - 100;
        if (dice < 0.4) emulator.control.addEvent(SELF, { id: `round${round}x${change}`, summary: `Added ${round}`, start: { dateTime: at(day, 9) }, end: { dateTime: at(day, 10) } });
        else if (dice < 0.7) emulator.control.moveEvent(SELF, pick.id!, { start: { dateTime: at(day, 11) }, end: { dateTime: at(day, 12) } });
        else emulator.control.cancelEvent(SELF, pick.id!);
      }
      if (random() < 0.1) emulator.control.invalidateSyncTokens();
      emulator.control.clearFaults();
      for (let count = Math.floor(random() * 4); count > 0; count--) emulator.control.injectFault(faults[Math.floor(random() * faults.length)]!);
      const stopAtPage = random() < 0.2 ? 1 + Math.floor(random() * 3) : undefined;
      let pages = 0;
      const result = await run({
        beforePage: async () => {
          if (++pages === stopAtPage) throw new SyncAbortedError();
        },
      }).catch((error: unknown) => {
        expect(error).toBeInstanceOf(SyncAbortedError);
        return { error: 'stopped' };
      });
      if (!result.error && previousCompleted) expect(await actual(), `round ${round}`).toEqual(expected());
      previousCompleted = !result.error;
    }
    emulator.control.clearFaults();
    for (const last of [1, 2]) expect((await run()).error, `final sync ${last}`).toBeUndefined();
    expect(await actual()).toEqual(expected());
    expect((await getSyncState('google:primary', db))?.lastError).toBeUndefined();
  });
});

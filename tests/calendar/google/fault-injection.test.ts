import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../support/fresh-database';
import { toEventCopy } from '../../../lib/calendar/event-copy';
import { SyncAbortedError } from '../../../lib/calendar/google/errors';
import { listCalendarEvents } from '../../../lib/calendar/sync/event-store';
import { syncGoogleCalendar } from '../../../lib/calendar/google/google-sync';
import type { MentoringDatabase } from '../../../lib/db/database';
import { FakeCalendarApi, anApiEvent, json, type Fault } from './support/fake-calendar-api';
import { NOW, WINDOW, clientFor } from './support/environment';

/** A small seeded generator (mulberry32): a failing run can be replayed from its seed. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FAULTS: Fault[] = [
  () => json(503, { error: { message: 'Backend Error' } }),
  () => json(500, { error: { message: 'Internal' } }),
  () => json(429, { error: { message: 'Too Many Requests' } }),
  () => json(403, { error: { message: 'Rate Limit Exceeded', errors: [{ reason: 'rateLimitExceeded' }] } }),
  () => json(403, { error: { message: 'User Rate Limit Exceeded', errors: [{ reason: 'userRateLimitExceeded' }] } }),
  () => new Response('{"items": [{"id": "tru', { status: 200 }),
  () => new Response('<html>Bad gateway</html>', { status: 200 }),
  () => 'throw',
  () => undefined,
];

/** What a correct client holds: every live event that passes validation, as `id → its content`. */
function expectedStore(api: FakeCalendarApi): Record<string, string> {
  const entries = api.liveEvents().flatMap((event) => {
    const result = toEventCopy(event, 'google:primary', 'google');
    return result.ok ? [[result.copy.eventId, JSON.stringify(result.copy.event)] as const] : [];
  });
  return Object.fromEntries(entries);
}

async function actualStore(db: MentoringDatabase): Promise<Record<string, string>> {
  const copies = await listCalendarEvents('google:primary', db);
  return Object.fromEntries(copies.map((copy) => [copy.eventId, JSON.stringify(copy.event)]));
}

function mutate(api: FakeCalendarApi, random: () => number, round: number): void {
  const live = api.liveEvents();
  const changes = Math.floor(random() * 6);
  for (let change = 0; change < changes; change++) {
    const pick = live[Math.floor(random() * live.length)];
    const dice = random();
    if (dice < 0.4 || !pick) api.put(anApiEvent(`r${round}-${change}`, Math.floor(random() * 90)));
    else if (dice < 0.65) api.put(anApiEvent(pick.id, Math.floor(random() * 90), { summary: `moved in round ${round}` }));
    else if (dice < 0.9) api.cancel(pick.id);
    else api.put({ id: pick.id, summary: 'broken now', start: { dateTime: 'yesterday-ish' } });
  }
  if (random() < 0.08) api.expireSyncTokens();
}

describe('sync under random faults', () => {
  it.each([1, 2, 3, 4])('ends with the local store equal to the server’s (seed %i)', async (seed) => {
    const random = seeded(seed);
    const api = new FakeCalendarApi();
    api.pageSize = 4;
    for (let index = 0; index < 30; index++) api.put(anApiEvent(`ev${index}`, index * 3));
    const db = freshDatabase();

    // A run that resumed an interrupted listing ends as of that listing's start; the next run catches up.
    let previousCompleted = true;
    for (let round = 0; round < 40; round++) {
      mutate(api, random, round);
      for (let fault = Math.floor(random() * 5); fault > 0; fault--) api.faults.push(FAULTS[Math.floor(random() * FAULTS.length)]!);
      // Sometimes the worker is stopped between two pages, as MV3 does to an idle worker.
      const stopAtPage = random() < 0.25 ? 1 + Math.floor(random() * 4) : undefined;
      let pages = 0;
      const beforePage = async () => {
        if (++pages === stopAtPage) throw new SyncAbortedError();
      };
      const result = await syncGoogleCalendar({ calendarId: 'primary', label: 'Primary' }, { client: clientFor(api), window: WINDOW, db, now: NOW, beforePage }).catch(
        (error: unknown) => {
          expect(error).toBeInstanceOf(SyncAbortedError);
          return { error: 'stopped' };
        },
      );
      if (!result.error && previousCompleted) expect(await actualStore(db), `round ${round}`).toEqual(expectedStore(api));
      previousCompleted = !result.error;
      api.faults.length = 0;
    }

    for (const last of [1, 2]) {
      const final = await syncGoogleCalendar({ calendarId: 'primary', label: 'Primary' }, { client: clientFor(api), window: WINDOW, db, now: NOW });
      expect(final.error, `final sync ${last}`).toBeUndefined();
    }
    expect(await actualStore(db)).toEqual(expectedStore(api));
  });
});

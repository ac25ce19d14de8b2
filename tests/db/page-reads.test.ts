import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MentoringDatabase } from '../../lib/db/database';
import { buildDemoData } from '../../lib/demo/build-demo-data';
import { loadDemoData, removeDemoData } from '../../lib/demo/demo-store';
import { loadFeedbackForm } from '../../lib/feedback/feedback-store';
import { describeDemoData } from '../../lib/pairings/demo-data';
import { describeLinkedSeries, listPairings } from '../../lib/pairings/pairing-store';
import { findPairingByMeetCode } from '../../lib/panel/meet-session';
import { listPairingsForSwitcher } from '../../lib/panel/pairing-switcher';
import { loadOlderHistory, loadPanelView, type PanelView } from '../../lib/panel/panel-view';
import { refreshSuggestions, readSuggestions } from '../../lib/sessions/suggestion-store';
import { getSettings } from '../../lib/settings/settings-store';
import { listTemplates } from '../../lib/templates/library';
import type { HeavyUserData } from '../support/heavy-user';
import { countReads, type ReadCounter } from '../support/read-counter';
import { seedHeavyUser } from '../support/seed-database';

/**
 * What the pages read, counted on two databases of the heavy user's shape, one ten times the other
 * (2,000 sessions, 2,000 feedback forms, 4,000 action items and 20,000 events in the larger). Each
 * request on the big tables must stay under a bound that does not depend on their size.
 */
const NOW = Date.parse('2026-11-21T10:00:00Z');
const BIG_TABLES = ['sessions', 'feedback', 'actionItems', 'events'] as const;
/** Per request: a page of history, a window of recent sessions, the open items of one pairing. */
const ROWS_PER_REQUEST = 40;

interface Seeded {
  db: MentoringDatabase;
  data: HeavyUserData;
  counter: ReadCounter;
}
const seeded: Record<'small' | 'large', Seeded> = {} as Record<'small' | 'large', Seeded>;

beforeAll(async () => {
  for (const [size, scale] of [
    ['small', 0.02],
    ['large', 0.2],
  ] as const) {
    const { db: seeding, data } = await seedHeavyUser(scale, NOW);
    // Computed in the background after each sync; here once, before the pages are counted.
    await refreshSuggestions(seeding, NOW);
    seeding.close();
    // Middleware applies to a database not opened yet: the pages' reads go through a second instance.
    const db = new MentoringDatabase(seeding.name);
    seeded[size] = { db, data, counter: countReads(db) };
  }
}, 120_000);
afterAll(async () => {
  for (const { db } of Object.values(seeded)) await db.delete();
});

/** Runs `page` on both databases and returns what each read; fails on any request over the bound. */
async function readsOf(page: (seed: Seeded) => Promise<unknown>): Promise<Record<'small' | 'large', ReadCounter>> {
  for (const seed of Object.values(seeded)) {
    seed.counter.reset();
    await page(seed);
    for (const table of BIG_TABLES) {
      expect(seed.counter.over(table, ROWS_PER_REQUEST), `${table}: requests reading more than ${ROWS_PER_REQUEST} rows`).toEqual([]);
    }
  }
  return { small: seeded.small.counter, large: seeded.large.counter };
}

async function readyView(db: MentoringDatabase, pairingId?: string): Promise<PanelView> {
  const load = await loadPanelView(pairingId, NOW, db);
  if (load.kind !== 'ready') throw new Error(`expected a panel view, got ${load.kind}`);
  return load.view;
}

describe('reads of each page on a large database', () => {
  it('the large database is large enough for a whole-table read to break the bounds', async () => {
    const { db } = seeded.large;
    for (const table of BIG_TABLES) expect(await db.table(table).count(), table).toBeGreaterThan(10 * ROWS_PER_REQUEST);
  });

  it('side panel: the followed pairing, the switcher and a page of history read a bounded number of rows', async () => {
    const reads = await readsOf(async ({ db, data }) => {
      const view = await readyView(db);
      expect(view.pairing.id).toBe(data.focusPairing.id);
      expect(view.focus?.session.start).toBe(new Date(NOW + 30 * 60_000).toISOString());
      expect(view.history).toHaveLength(10);
      expect(view.historyTotal).toBeGreaterThan(90);
      await listPairingsForSwitcher(db);
      const older = await loadOlderHistory(view.pairing, view.history, NOW, db);
      expect(older).toHaveLength(10);
      expect(older[0]!.session.start < view.history[9]!.session.start).toBe(true);
    });
    // Following the next session walks the start index from 36 hours ago up to it, not 400 days of sessions.
    for (const counter of Object.values(reads)) {
      const walk = counter.reads.find((read) => read.table === 'sessions' && read.index === 'start');
      expect(walk?.rows).toBeLessThanOrEqual(15);
    }
    // The other side's feedback is never read.
    expect(reads.large.total('feedback')).toBeLessThanOrEqual(2 * ROWS_PER_REQUEST);
  });

  it('side panel: switching to another pairing reads a bounded number of rows', async () => {
    await readsOf(async ({ db, data }) => {
      const view = await readyView(db, data.otherPairing.id);
      expect(view.pairing.id).toBe(data.otherPairing.id);
      expect(view.summary.sessionsHeld).toBeGreaterThan(0);
    });
  });

  it('side panel: following a Meet call reads only the sessions around now', async () => {
    await readsOf(async ({ db, data }) => {
      const meetLink = data.sessions.find((session) => session.pairingId === data.focusPairing.id)!.calendar!.meetLink!;
      expect(await findPairingByMeetCode(meetLink.split('/').pop()!, NOW, db)).toBe(data.focusPairing.id);
    });
  });

  it('options page: pairings, templates, settings, suggestions and the demo summary read no calendar events and no history', async () => {
    const reads = await readsOf(async ({ db, data }) => {
      await Promise.all([listPairings(db), listTemplates({ includeArchived: true }, db), getSettings(db), db.syncStates.toArray()]);
      const suggestions = await readSuggestions(db, NOW);
      expect(suggestions).toMatchObject({ computed: true, current: true });
      expect(suggestions.suggestions.map((suggestion) => suggestion.title)).toHaveLength(3);
      expect(await describeDemoData(db)).toEqual({ pairings: 0, sessions: 0, feedback: 0, actionItems: 0, events: 0 });
      expect(data.pairings.length).toBeGreaterThan(1);
    });
    for (const table of BIG_TABLES) expect(reads.large.total(table), table).toBe(0);
  });

  it('options page: the linked series of one pairing read only its own events', async () => {
    await readsOf(async ({ db, data }) => {
      const [series] = await describeLinkedSeries(data.otherPairing.seriesIds, db);
      expect(series?.eventCount).toBeGreaterThan(0);
    });
  });

  it('feedback popup: one session, its pairing, its open items and my feedback', async () => {
    await readsOf(async ({ db, data }) => {
      const session = data.sessions.find((candidate) => candidate.pairingId === data.focusPairing.id && candidate.status === 'held')!;
      expect((await loadFeedbackForm(session.id, db)).kind).toBe('ready');
    });
  });

  it('options page: loading and removing the sample data read the sample rows, not the user’s history', async () => {
    const sample = buildDemoData(new Date(NOW));
    const sampleRows = {
      sessions: sample.pairings.flatMap((entry) => entry.sessions).length,
      feedback: sample.pairings.flatMap((entry) => entry.feedback).length,
      actionItems: sample.pairings.flatMap((entry) => entry.actionItems).length,
      events: sample.pairings.flatMap((entry) => entry.events).length + sample.otherEvents.length,
    };
    const { db, counter } = seeded.large;
    const before = Object.fromEntries(await Promise.all(BIG_TABLES.map(async (table) => [table, await db.table(table).count()])));
    counter.reset();
    await loadDemoData(db, new Date(NOW));
    await removeDemoData(db, new Date(NOW));
    for (const table of BIG_TABLES) {
      // A sample row may be read a few times (found by its pairing and by its event), the user's never.
      expect(5 * sampleRows[table], table).toBeLessThan(before[table]);
      expect(counter.total(table), table).toBeLessThanOrEqual(5 * sampleRows[table]);
      expect(await db.table(table).count(), table).toBe(before[table]);
    }
  });
});

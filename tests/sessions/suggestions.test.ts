import { beforeEach, describe, expect, it } from 'vitest';
import type { MentoringDatabase } from '../../lib/db/database';
import { inferCadenceDays, listPairingSuggestions } from '../../lib/sessions/suggestions';
import { aDetectionDecision } from '../support/factories';
import { ANA, BEN, DAY, LENA, NOW, anaPairing, eventCopy, freshDatabase, series } from './calendar-fixtures';

let db: MentoringDatabase;
beforeEach(async () => {
  db = await freshDatabase();
  await db.pairings.put(anaPairing());
});

const lenaSeries = (overrides: Partial<Parameters<typeof series>[0]> = {}) =>
  series({
    seriesId: 'series-lena',
    firstStartMs: NOW - 20 * DAY,
    count: 4,
    everyDays: 14,
    summary: 'Mentoring Lena / Jordan',
    with: [LENA, { email: 'room-4@resource.calendar.google.com', displayName: 'Room 4', resource: true }],
    ...overrides,
  });

describe('listPairingSuggestions', () => {
  it('suggests a pairing for a recurring mentoring series with someone in no pairing', async () => {
    await db.events.bulkPut(lenaSeries());

    const suggestions = await listPairingSuggestions(db, NOW);

    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({
      seriesId: 'series-lena',
      memberSeriesIds: ['series-lena'],
      title: 'Mentoring Lena / Jordan',
      people: [{ email: LENA.email, name: 'Lena Brandt' }],
      eventCount: 4,
      nextStart: new Date(NOW + 8 * DAY).toISOString(),
      cadenceDays: 14,
      isDemo: false,
    });
    expect(suggestions[0]!.reasons.length).toBeGreaterThan(0);
  });

  it('groups repeated one-off mentoring events with the same person into one suggestion', async () => {
    await db.events.bulkPut([
      eventCopy({ id: 'one-1', startMs: NOW - 30 * DAY, summary: 'Mentoring chat', with: [LENA] }),
      eventCopy({ id: 'one-2', startMs: NOW - 9 * DAY, summary: 'mentoring chat', with: [LENA] }),
    ]);

    const suggestions = await listPairingSuggestions(db, NOW);

    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ seriesId: 'one-1', memberSeriesIds: ['one-1', 'one-2'], eventCount: 2 });
    expect(suggestions[0]!.nextStart).toBeUndefined();
  });

  it('does not suggest a single one-off event, events of a pairing, or events that are not mentoring', async () => {
    await db.events.bulkPut([
      eventCopy({ id: 'once', startMs: NOW + DAY, summary: 'Mentoring intro', with: [LENA] }),
      ...series({ seriesId: 'series-ana', firstStartMs: NOW, count: 3, everyDays: 14, summary: 'Mentoring', with: [ANA] }),
      ...series({ seriesId: 'standup', firstStartMs: NOW, count: 3, everyDays: 1, summary: 'Team standup', with: [LENA, BEN] }),
    ]);

    expect(await listPairingSuggestions(db, NOW)).toEqual([]);
  });

  it('drops a series the user already ruled on', async () => {
    await db.events.bulkPut(lenaSeries());
    await db.detectionDecisions.put(aDetectionDecision({ seriesId: 'series-lena', verdict: 'not-mentoring' }));

    expect(await listPairingSuggestions(db, NOW)).toEqual([]);
  });

  it('does not suggest the series or the people of a closed pairing again', async () => {
    await db.pairings.put(anaPairing({ status: 'closed' }));
    await db.events.bulkPut([
      ...series({ seriesId: 'series-ana', firstStartMs: NOW - 30 * DAY, count: 3, everyDays: 14, summary: 'Mentoring', with: [ANA] }),
      ...series({ seriesId: 'ana-new', firstStartMs: NOW - 10 * DAY, count: 2, everyDays: 14, summary: 'Mentoring chat', with: [ANA] }),
    ]);

    expect(await listPairingSuggestions(db, NOW)).toEqual([]);
  });

  it('lists every person of a group series and reads names from addresses when the calendar has none', async () => {
    const mia = { email: 'mia.wong@corp.example' };
    await db.events.bulkPut(lenaSeries({ summary: 'Mentoring circle', with: [LENA, mia] }));

    const [suggestion] = await listPairingSuggestions(db, NOW);

    expect(suggestion?.people).toEqual([
      { email: LENA.email, name: 'Lena Brandt' },
      { email: mia.email, name: 'Mia Wong' },
    ]);
  });

  it('puts upcoming suggestions first', async () => {
    await db.events.bulkPut([
      ...series({ seriesId: 'past', firstStartMs: NOW - 60 * DAY, count: 3, everyDays: 7, summary: 'Mentoring', with: [BEN] }),
      ...lenaSeries(),
    ]);

    expect((await listPairingSuggestions(db, NOW)).map((suggestion) => suggestion.seriesId)).toEqual(['series-lena', 'past']);
  });
});

describe('inferCadenceDays', () => {
  it('takes the median spacing between meeting days', () => {
    expect(inferCadenceDays([0, 14 * DAY, 28 * DAY, 35 * DAY + 3600_000, 49 * DAY])).toBe(14);
    expect(inferCadenceDays([0, 30 * DAY])).toBe(30);
  });

  it('has no answer for a single meeting', () => {
    expect(inferCadenceDays([NOW])).toBeUndefined();
  });
});

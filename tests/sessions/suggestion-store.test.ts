import { beforeEach, describe, expect, it } from 'vitest';
import type { MentoringDatabase } from '../../lib/db/database';
import { MAX_STORED_SUGGESTIONS } from '../../lib/model';
import { decideDetection } from '../../lib/sessions/decisions';
import { reconcileSessions } from '../../lib/sessions/reconcile';
import { readSuggestions, refreshSuggestions, SUGGESTIONS_MAX_AGE_MS } from '../../lib/sessions/suggestion-store';
import { listPairingSuggestions } from '../../lib/sessions/suggestions';
import { updateSettings } from '../../lib/settings/settings-store';
import { aDetectionDecision } from '../support/factories';
import { BEN, DAY, LENA, NOW, anaPairing, benPairing, freshDatabase, series } from './calendar-fixtures';

let db: MentoringDatabase;
beforeEach(async () => {
  db = await freshDatabase();
  await db.pairings.put(anaPairing());
  await db.events.bulkPut([
    ...series({ seriesId: 'series-lena', firstStartMs: NOW - 20 * DAY, count: 4, everyDays: 14, summary: 'Mentoring Lena / Jordan', with: [LENA] }),
    ...series({ seriesId: 'series-ben', firstStartMs: NOW - 60 * DAY, count: 3, everyDays: 7, summary: 'Mentoring Ben / Jordan', with: [BEN] }),
  ]);
});

describe('stored pairing suggestions', () => {
  it('are computed with the sessions after a sync, the same as detection reads them, and read without the events', async () => {
    expect(await readSuggestions(db, NOW)).toMatchObject({ computed: false, current: false, suggestions: [] });

    await reconcileSessions(db, NOW);

    const view = await readSuggestions(db, NOW);
    expect(view).toMatchObject({ computed: true, current: true });
    expect(view.suggestions).toEqual(await listPairingSuggestions(db, NOW));
    expect(view.suggestions.map((suggestion) => suggestion.seriesId)).toEqual(['series-lena', 'series-ben']);
  });

  it('are out of date once a pairing, a setting or a decision changed, or after some hours, until computed again', async () => {
    await refreshSuggestions(db, NOW);
    expect((await readSuggestions(db, NOW)).current).toBe(true);
    expect((await readSuggestions(db, NOW + SUGGESTIONS_MAX_AGE_MS)).current).toBe(false);

    await db.pairings.put(benPairing());
    expect((await readSuggestions(db, NOW)).current).toBe(false);
    // Ben is in a pairing now: computed again, his meetings are that pairing's, not a suggestion.
    await refreshSuggestions(db, NOW);
    expect(await readSuggestions(db, NOW)).toMatchObject({ current: true, suggestions: [{ seriesId: 'series-lena' }] });

    await updateSettings((settings) => ({ ...settings, detection: { ...settings.detection, ignoreKeywords: ['Lena'] } }), db);
    expect((await readSuggestions(db, NOW)).current).toBe(false);
    await refreshSuggestions(db, NOW);
    expect(await readSuggestions(db, NOW)).toMatchObject({ current: true, suggestions: [] });
  });

  it('leave out at once a suggestion the user ruled on, before they are computed again', async () => {
    await refreshSuggestions(db, NOW);
    await db.detectionDecisions.put(aDetectionDecision({ seriesId: 'series-ben', verdict: 'not-mentoring' }));

    const view = await readSuggestions(db, NOW);
    expect(view.current).toBe(false);
    expect(view.suggestions.map((suggestion) => suggestion.seriesId)).toEqual(['series-lena']);
  });

  it('are what a decision acts on, as the user saw them; a decision stores them again', async () => {
    await refreshSuggestions(db, NOW);
    // The calendar moved on since (the events are gone), but the user confirmed what was shown.
    await db.events.clear();

    const outcome = await decideDetection({ seriesId: 'series-lena', verdict: 'mentoring' }, db, NOW);

    const created = await db.pairings.get(outcome.pairingId!);
    expect(created).toMatchObject({ title: 'Mentoring Lena / Jordan', participants: [{ email: LENA.email, name: 'Lena Brandt' }], cadenceDays: 14 });
    expect(await readSuggestions(db, NOW)).toMatchObject({ current: true, suggestions: [] });
  });

  it('keep the first hundred when detection finds more', async () => {
    const people = Array.from({ length: MAX_STORED_SUGGESTIONS + 5 }, (_, n) => ({ email: `mentee${n}@corp.example`, displayName: `Mentee ${n}` }));
    await db.events.bulkPut(
      people.flatMap((person, n) => series({ seriesId: `s-${n}`, firstStartMs: NOW + (n + 1) * 3_600_000, count: 2, everyDays: 7, summary: 'Mentoring', with: [person] })),
    );

    expect(await refreshSuggestions(db, NOW)).toHaveLength(MAX_STORED_SUGGESTIONS);
    expect((await readSuggestions(db, NOW)).suggestions[0]!.seriesId).toBe('s-0');
  });
});

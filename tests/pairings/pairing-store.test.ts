import { describe, expect, it } from 'vitest';
import type { MentoringDatabase } from '../../lib/db/database';
import { pairingToForm, parsePairingForm, type PairingForm } from '../../lib/pairings/pairing-form';
import { blankGoalForm } from '../../lib/pairings/goal-form';
import {
  deletePairing,
  describeDeletionContents,
  describePairingDeletion,
  listPairings,
  loadPairing,
  savePairing,
  setPairingStatus,
} from '../../lib/pairings/pairing-store';
import { anActionItem, aFeedback, aGoal, aPairing, aSession } from '../support/factories';
import { freshDatabase } from '../support/fresh-database';

let db: MentoringDatabase;

function parsed(form: PairingForm) {
  const result = parsePairingForm(form);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.value;
}

async function editForm(id: string): Promise<PairingForm> {
  const loaded = await loadPairing(id, db);
  if (!loaded) throw new Error('missing');
  return pairingToForm(loaded.pairing, loaded.goals);
}

describe('pairing store', () => {
  it('creates a pairing with its goals and lists active ones before paused and closed', async () => {
    db = freshDatabase();
    await db.pairings.bulkAdd([aPairing({ id: 'p-closed', title: 'A closed', status: 'closed' }), aPairing({ id: 'p-paused', title: 'B paused', status: 'paused' })]);
    const form = pairingToForm(aPairing({ title: 'Z new' }), []);
    form.goals = [{ ...blankGoalForm('them'), title: 'Delegate the budget', milestonesText: 'Pick\nHand over' }];
    const created = await savePairing(parsed(form), undefined, db);
    expect(created).toMatchObject({ title: 'Z new', isDemo: false, seriesIds: [] });
    expect((await listPairings(db)).map((p) => p.title)).toEqual(['Z new', 'B paused', 'A closed']);
    const goals = await db.goals.where('pairingId').equals(created.id).toArray();
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatchObject({ title: 'Delegate the budget', progress: 0, status: 'active', owner: 'them' });
    expect(goals[0]!.milestones.map((m) => [m.title, m.done])).toEqual([['Pick', false], ['Hand over', false]]);
  });

  it('keeps progress and ticked milestones changed elsewhere while the form was open', async () => {
    db = freshDatabase();
    await db.pairings.add(aPairing());
    await db.goals.add(aGoal({ progress: 40, milestones: [{ id: 'm-1', title: 'Draft', done: false }, { id: 'm-2', title: 'Rehearse', done: false }] }));
    const form = await editForm('p-ana');
    // Meanwhile the feedback form records progress and ticks a milestone.
    await db.goals.update('g-1', { progress: 60, milestones: [{ id: 'm-1', title: 'Draft', done: true }, { id: 'm-2', title: 'Rehearse', done: false }] });
    form.goals[0] = { ...form.goals[0]!, title: 'Calmer all-hands', milestonesText: 'Draft\nPresent' };
    await savePairing(parsed(form), 'p-ana', db);
    const goal = await db.goals.get('g-1');
    expect(goal).toMatchObject({ title: 'Calmer all-hands', progress: 60 });
    expect(goal!.milestones.map((m) => [m.id === 'm-1', m.title, m.done])).toEqual([[true, 'Draft', true], [false, 'Present', false]]);
  });

  it('deletes only the goals the user removed and keeps series linked meanwhile', async () => {
    db = freshDatabase();
    await db.pairings.add(aPairing({ seriesIds: ['series-a', 'series-b'] }));
    await db.goals.bulkAdd([aGoal({ id: 'g-1' }), aGoal({ id: 'g-2' })]);
    await db.detectionDecisions.bulkAdd([
      { seriesId: 'series-b', verdict: 'mentoring', pairingId: 'p-ana', title: 'B', decidedAt: '2026-05-01T00:00:00.000Z' },
    ]);
    const form = await editForm('p-ana');
    await db.goals.add(aGoal({ id: 'g-3' }));
    await db.pairings.update('p-ana', { seriesIds: ['series-a', 'series-b', 'series-c'] });
    await savePairing(parsed({ ...form, goals: form.goals.filter((g) => g.key !== 'g-1'), unlinkSeriesIds: ['series-b'] }), 'p-ana', db);
    expect((await db.goals.toArray()).map((g) => g.id).sort()).toEqual(['g-2', 'g-3']);
    expect((await db.pairings.get('p-ana'))!.seriesIds).toEqual(['series-a', 'series-c']);
    expect(await db.detectionDecisions.get('series-b')).toBeUndefined();
  });

  it('saves nothing when a goal cannot be stored, and says the pairing is gone when it was deleted', async () => {
    db = freshDatabase();
    await db.pairings.add(aPairing());
    const form = await editForm('p-ana');
    const input = parsed({ ...form, title: 'Renamed' });
    input.goals.push({ owner: 'me', title: 'x', category: 'other', description: '', progress: 500, status: 'active', milestoneTitles: [] });
    await expect(savePairing(input, 'p-ana', db)).rejects.toThrow(/progress/);
    expect((await db.pairings.get('p-ana'))!.title).toBe('Ana Silva mentoring');
    await db.pairings.delete('p-ana');
    await expect(savePairing(parsed(form), 'p-ana', db)).rejects.toThrow(/no longer exists/);
  });

  it('pauses, closes and reopens a pairing', async () => {
    db = freshDatabase();
    await db.pairings.add(aPairing());
    expect((await setPairingStatus('p-ana', 'paused', db)).status).toBe('paused');
    expect((await setPairingStatus('p-ana', 'closed', db)).status).toBe('closed');
    expect((await setPairingStatus('p-ana', 'active', db)).status).toBe('active');
  });

  it('says what a deletion takes with it, then deletes exactly that and nothing of other pairings', async () => {
    db = freshDatabase();
    await db.pairings.bulkAdd([aPairing(), aPairing({ id: 'p-other', title: 'Other' })]);
    await db.goals.bulkAdd([aGoal(), aGoal({ id: 'g-other', pairingId: 'p-other' })]);
    await db.sessions.bulkAdd([aSession({ notes: 'We talked about budgets' }), aSession({ id: 's-2', notes: '', agenda: [] }), aSession({ id: 's-other', pairingId: 'p-other' })]);
    await db.feedback.add(aFeedback());
    await db.actionItems.add(anActionItem());
    await db.detectionDecisions.add({ seriesId: 'series-ana', verdict: 'mentoring', pairingId: 'p-ana', title: 'Ana', decidedAt: '2026-05-01T00:00:00.000Z' });
    const deletion = await describePairingDeletion('p-ana', db);
    expect(deletion).toEqual({ title: 'Ana Silva mentoring', goals: 1, sessions: 2, sessionsWithNotes: 1, feedback: 1, actionItems: 1, linkedSeries: 1 });
    expect(describeDeletionContents(deletion!)).toBe('1 goal, 2 sessions (1 with notes or agenda), 1 feedback form and 1 action item');
    await deletePairing('p-ana', db);
    expect(await db.pairings.toCollection().primaryKeys()).toEqual(['p-other']);
    expect(await db.goals.toCollection().primaryKeys()).toEqual(['g-other']);
    expect(await db.sessions.toCollection().primaryKeys()).toEqual(['s-other']);
    expect([await db.feedback.count(), await db.actionItems.count(), await db.detectionDecisions.count()]).toEqual([0, 0, 0]);
    await expect(deletePairing('p-ana', db)).rejects.toThrow(/no longer exists/);
  });
});

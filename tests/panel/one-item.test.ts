import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { MentoringDatabase } from '../../lib/db/database';
import { setActionItemDone } from '../../lib/panel/action-items';
import { buildAgenda, setAgendaEntryDone } from '../../lib/panel/agenda';
import { isMilestoneOverdue, setMilestoneDone } from '../../lib/panel/milestones';
import { aGoal, anActionItem, aSession } from '../support/factories';

let db: MentoringDatabase;
beforeEach(() => {
  db = freshDatabase('one-item');
});
async function agendaOf(sessionId: string) {
  const open = await db.actionItems.where('[pairingId+status]').equals(['p-ana', 'open']).toArray();
  return buildAgenda((await db.sessions.get(sessionId))!, open);
}

describe('one item, one checkbox', () => {
  it('ticking a carried-over point in the agenda closes the action item', async () => {
    await db.sessions.put(aSession({ id: 's-now' }));
    await db.actionItems.put(anActionItem({ id: 'a-1', sessionId: 's-before' }));
    const [entry] = await agendaOf('s-now');
    await setAgendaEntryDone('s-now', entry!, true, db);
    expect((await db.actionItems.get('a-1'))?.status).toBe('done');
    expect((await agendaOf('s-now')).map((e) => [e.actionItemId, e.done])).toEqual([['a-1', true]]);
    await setAgendaEntryDone('s-now', entry!, false, db);
    expect((await db.actionItems.get('a-1'))?.status).toBe('open');
    expect((await agendaOf('s-now')).map((e) => [e.actionItemId, e.done])).toEqual([['a-1', false]]);
  });

  it('closing the action item elsewhere shows its agenda point done, even where the agenda stored it open', async () => {
    await db.sessions.put(
      aSession({ id: 's-now', agenda: [{ id: 'ag-1', text: 'Share the deck', origin: 'carried-over', actionItemId: 'a-1', done: false }] }),
    );
    await db.actionItems.put(anActionItem({ id: 'a-1', sessionId: 's-before' }));
    await setActionItemDone('a-1', true, db);
    expect((await agendaOf('s-now'))[0]).toMatchObject({ actionItemId: 'a-1', done: true });
  });

  it('ticked from the commitments list with the session named, the point stays on the agenda, ticked', async () => {
    await db.sessions.put(aSession({ id: 's-now' }));
    await db.actionItems.put(anActionItem({ id: 'a-1', sessionId: 's-before', text: 'Share the deck' }));
    await setActionItemDone('a-1', true, db, { sessionId: 's-now' });
    expect((await db.sessions.get('s-now'))?.agenda).toMatchObject([{ actionItemId: 'a-1', text: 'Share the deck', done: true }]);
    expect((await agendaOf('s-now'))[0]).toMatchObject({ done: true });
  });

  it('does not put an item on the agenda of the session it was agreed in', async () => {
    await db.sessions.put(aSession({ id: 's-1' }));
    await db.actionItems.put(anActionItem({ id: 'a-1', sessionId: 's-1' }));
    await setActionItemDone('a-1', true, db, { sessionId: 's-1' });
    expect((await db.sessions.get('s-1'))?.agenda).toEqual([]);
  });
});

describe('milestones in the panel', () => {
  it('ticks one milestone at once and unticks it (undo), leaving the rest of the goal alone', async () => {
    await db.goals.put(aGoal({ milestones: [
      { id: 'm-1', title: 'Draft a narrative', done: true },
      { id: 'm-2', title: 'Rehearse', done: false, due: '2026-06-01' },
    ] }));
    await setMilestoneDone('g-1', 'm-2', true, db);
    expect((await db.goals.get('g-1'))?.milestones.map((m) => m.done)).toEqual([true, true]);
    await setMilestoneDone('g-1', 'm-2', false, db);
    const goal = (await db.goals.get('g-1'))!;
    expect(goal.milestones.map((m) => m.done)).toEqual([true, false]);
    expect(goal.progress).toBe(40);
    await expect(setMilestoneDone('g-1', 'm-gone', true, db)).rejects.toThrow(/no longer exists/);
  });

  it('flags an open milestone overdue from the day after its due date', () => {
    const milestone = { id: 'm', title: 'Rehearse', done: false, due: '2026-06-01' };
    expect(isMilestoneOverdue(milestone, new Date(2026, 5, 1, 23, 0).getTime())).toBe(false);
    expect(isMilestoneOverdue(milestone, new Date(2026, 5, 2, 8, 0).getTime())).toBe(true);
    expect(isMilestoneOverdue({ ...milestone, done: true }, new Date(2026, 5, 2, 8, 0).getTime())).toBe(false);
  });
});

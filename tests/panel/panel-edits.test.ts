import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { MentoringDatabase } from '../../lib/db/database';
import { setActionItemDone } from '../../lib/panel/action-items';
import { addAgendaPoint, buildAgenda, removeAgendaPoint, setAgendaEntryDone } from '../../lib/panel/agenda';
import { InputError } from '../../lib/forms/input-error';
import { listPairingsForSwitcher } from '../../lib/panel/pairing-switcher';
import { saveSessionNotes, splitNotes, storedNotesText } from '../../lib/panel/session-notes';
import { MAX_NOTES_OVERFLOW_LENGTH } from '../../lib/model';
import { anActionItem, aPairing, aSession } from '../support/factories';

let db: MentoringDatabase;
beforeEach(() => {
  db = freshDatabase('panel-edits');
});

describe('live notes', () => {
  it('stores the notes and leaves the rest of the session as it was', async () => {
    await db.sessions.put(aSession({ agenda: [{ id: 'ag', text: 'Point', origin: 'mine', done: true }] }));
    await saveSessionNotes('s-1', 'Ana wants to lead the Q1 offsite', db);
    const stored = await db.sessions.get('s-1');
    expect(stored?.notes).toBe('Ana wants to lead the Q1 offsite');
    expect(stored?.agenda).toHaveLength(1);
    expect(stored?.status).toBe('scheduled');
  });

  it('keeps notes over 20,000 characters: the notes up to the limit, the rest aside, until the text fits again', async () => {
    await db.sessions.put(aSession({ notes: 'kept' }));
    const text = `${'a'.repeat(20_000)}${'b'.repeat(5_000)}`;
    expect(await saveSessionNotes('s-1', text, db)).toMatchObject({ notes: 'a'.repeat(20_000), notesOverflow: 'b'.repeat(5_000), notStored: 0 });
    const stored = (await db.sessions.get('s-1'))!;
    expect([stored.notes.length, stored.notesOverflow]).toEqual([20_000, 'b'.repeat(5_000)]);
    expect(storedNotesText(stored)).toBe(text);
    await saveSessionNotes('s-1', 'short again', db);
    expect(await db.sessions.get('s-1')).not.toHaveProperty('notesOverflow');
  });

  it('bounds what is kept aside, and never cuts a character in two', async () => {
    const split = splitNotes(`${'a'.repeat(19_999)}😀${'c'.repeat(MAX_NOTES_OVERFLOW_LENGTH + 10)}`);
    expect(split.notes).toBe('a'.repeat(19_999));
    expect(split.notesOverflow?.startsWith('😀')).toBe(true);
    expect(split.notesOverflow).toHaveLength(MAX_NOTES_OVERFLOW_LENGTH);
    expect(split.notStored).toBe(12);
  });

  it('says so when the session is gone rather than pretending to save', async () => {
    await expect(saveSessionNotes('s-gone', 'text', db)).rejects.toThrow(/no longer exists/);
  });
});

describe('agenda', () => {
  it('adds my own point, trimmed, and refuses an empty one naming the field', async () => {
    await db.sessions.put(aSession());
    await addAgendaPoint('s-1', '  Discuss the promotion case  ', db);
    await expect(addAgendaPoint('s-1', '   ', db)).rejects.toThrow(new InputError('Agenda point', 'write something first'));
    const agenda = (await db.sessions.get('s-1'))?.agenda;
    expect(agenda?.map((a) => [a.text, a.origin, a.done])).toEqual([['Discuss the promotion case', 'mine', false]]);
  });

  it('stores a carried-over item the first time it is ticked, then ticks the stored entry', async () => {
    await db.sessions.put(aSession({ id: 's-now' }));
    const item = anActionItem({ id: 'a-1', sessionId: 's-before', text: 'Share the deck' });
    const [carried] = buildAgenda((await db.sessions.get('s-now'))!, [item]);
    expect(carried).toMatchObject({ origin: 'carried-over', actionItemId: 'a-1' });
    expect(carried?.agendaItemId).toBeUndefined();

    await setAgendaEntryDone('s-now', carried!, true, db);
    let session = (await db.sessions.get('s-now'))!;
    expect(session.agenda).toMatchObject([{ text: 'Share the deck', origin: 'carried-over', actionItemId: 'a-1', done: true }]);
    expect(buildAgenda(session, [item])).toHaveLength(1);

    await setAgendaEntryDone('s-now', carried!, false, db);
    session = (await db.sessions.get('s-now'))!;
    expect(session.agenda).toHaveLength(1);
    expect(session.agenda[0]?.done).toBe(false);
  });

  it('does not carry over items agreed in the session itself', async () => {
    const session = aSession({ id: 's-now' });
    expect(buildAgenda(session, [anActionItem({ sessionId: 's-now' })])).toEqual([]);
  });

  it('removes my own points only', async () => {
    await db.sessions.put(
      aSession({
        agenda: [
          { id: 'mine', text: 'Mine', origin: 'mine', done: false },
          { id: 'carried', text: 'Carried', origin: 'carried-over', actionItemId: 'a-1', done: false },
        ],
      }),
    );
    await removeAgendaPoint('s-1', 'mine', db);
    await removeAgendaPoint('s-1', 'carried', db);
    expect((await db.sessions.get('s-1'))?.agenda.map((a) => a.id)).toEqual(['carried']);
  });
});

describe('action items', () => {
  it('marks an item done with the time, and open again without it', async () => {
    await db.actionItems.put(anActionItem());
    const done = await setActionItemDone('a-1', true, db);
    expect(done.status).toBe('done');
    expect(done.doneAt).toBeDefined();
    expect(await db.actionItems.where('[pairingId+status]').equals(['p-ana', 'open']).count()).toBe(0);
    const reopened = await setActionItemDone('a-1', false, db);
    expect(reopened.status).toBe('open');
    expect((await db.actionItems.get('a-1'))?.doneAt).toBeUndefined();
  });

  it('says so when the item is gone', async () => {
    await expect(setActionItemDone('a-gone', true, db)).rejects.toThrow(/no longer exists/);
  });
});

describe('pairing switcher', () => {
  it('lists active pairings first, then paused and closed, each labelled with its people', async () => {
    await db.pairings.bulkPut([
      aPairing({ id: 'p-closed', title: 'Archive', status: 'closed' }),
      aPairing({ id: 'p-b', title: 'Beta' }),
      aPairing({ id: 'p-paused', title: 'Alpha', status: 'paused', isDemo: true }),
      aPairing({
        id: 'p-a',
        title: 'Circle',
        type: 'group',
        participants: [
          { email: 'a@corp.example', name: 'Ana' },
          { email: 'b@corp.example', name: 'Ben' },
        ],
      }),
    ]);
    const options = await listPairingsForSwitcher(db);
    expect(options.map((o) => [o.title, o.people, o.status, o.isDemo])).toEqual([
      ['Beta', 'Ana Silva', 'active', false],
      ['Circle', 'Ana, Ben', 'active', false],
      ['Alpha', 'Ana Silva', 'paused', true],
      ['Archive', 'Ana Silva', 'closed', false],
    ]);
  });
});

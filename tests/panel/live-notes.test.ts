import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { MentoringDatabase } from '../../lib/db/database';
import { createLiveNotes, type LiveNotes, type LiveNotesState } from '../../lib/panel/live-notes';
import { saveSessionNotes, storedNotesText } from '../../lib/panel/session-notes';
import { aSession } from '../support/factories';

let db: MentoringDatabase;
const subscriptions: { unsubscribe(): void }[] = [];
afterEach(async () => {
  for (const subscription of subscriptions.splice(0)) subscription.unsubscribe();
});

/** One panel's live notes, fed by a real live query on the session, as the panel is. */
function openPanel(initial: string, delayMs = 5): { field: LiveNotes; states: LiveNotesState[] } {
  const states: LiveNotesState[] = [];
  const field = createLiveNotes({ initial, save: async (text) => (await saveSessionNotes('s-1', text, db)).updatedAt, delayMs, onChange: (s) => states.push(s) });
  subscriptions.push(
    liveQuery(() => db.sessions.get('s-1')).subscribe((session) => {
      if (session) field.stored(storedNotesText(session), session.updatedAt);
    }),
  );
  return { field, states };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`never happened: ${what}`);
}

async function seeded(notes = ''): Promise<void> {
  db = freshDatabase('live-notes');
  await db.sessions.put(aSession({ notes }));
}

describe('live notes over the limit', () => {
  it('says how much is over, keeps it aside in storage, and lets it go only when asked', async () => {
    await seeded();
    const { field } = openPanel('');
    const pasted = `${'n'.repeat(20_000)}${'o'.repeat(5_000)}`;
    field.input(pasted);
    await field.flush();
    expect(field.state()).toMatchObject({ text: pasted, status: 'saved', overflow: { over: 5_000, notStored: 0 } });
    const stored = (await db.sessions.get('s-1'))!;
    expect([stored.notes.length, stored.notesOverflow?.length]).toEqual([20_000, 5_000]);

    // A panel opened later shows the whole text, and the same notice.
    const later = openPanel(storedNotesText(stored));
    expect(later.field.state()).toMatchObject({ text: pasted, overflow: { over: 5_000 } });

    field.discardOverflow();
    await field.flush();
    expect(field.state()).toMatchObject({ text: 'n'.repeat(20_000), overflow: undefined });
    expect(await db.sessions.get('s-1')).toMatchObject({ notes: 'n'.repeat(20_000) });
    expect((await db.sessions.get('s-1'))?.notesOverflow).toBeUndefined();
  });
});

describe('two panels on the same notes', () => {
  it('the panel that lost shows it and keeps its text one click away; restoring makes it the last write', async () => {
    await seeded('Agreed agenda');
    const a = openPanel('Agreed agenda');
    const b = openPanel('Agreed agenda');
    a.field.input('Plan from window A');
    await a.field.flush();
    await until(() => b.field.state().text === 'Plan from window A', 'B shows what A saved');
    // B had typed nothing: it simply follows.
    expect(b.field.state().conflict).toBeUndefined();

    b.field.input('Window B rewrote it');
    await b.field.flush();
    await until(() => a.field.state().text === 'Window B rewrote it', 'A shows the last write');
    expect(a.field.state().conflict).toEqual({ mine: 'Plan from window A' });
    expect(b.field.state().conflict).toBeUndefined();

    a.field.restoreMine();
    await a.field.flush();
    await until(
      () => b.field.state().text === 'Plan from window A' && b.field.state().conflict?.mine === 'Window B rewrote it',
      'B is told it lost now',
    );
    expect(a.field.state().conflict).toBeUndefined();
    expect((await db.sessions.get('s-1'))?.notes).toBe('Plan from window A');
  });

  it('does not call it a loss when the other window only added to what was typed here', async () => {
    await seeded();
    const a = openPanel('');
    const b = openPanel('');
    a.field.input('First point');
    await a.field.flush();
    await until(() => b.field.state().text === 'First point', 'B follows');
    b.field.input('First point\nSecond point');
    await b.field.flush();
    await until(() => a.field.state().text === 'First point\nSecond point', 'A follows');
    expect(a.field.state().conflict).toBeUndefined();
  });

  it('keeps typing that is not saved yet: it is written after the other window’s change, which then loses', async () => {
    await seeded();
    // A saves only when flushed (as on blur), so its typing is still unsaved when B saves.
    const a = openPanel('', 60_000);
    const b = openPanel('');
    a.field.input('Typed in A, not saved yet');
    b.field.input('Saved meanwhile in B');
    await b.field.flush();
    expect((await db.sessions.get('s-1'))?.notes).toBe('Saved meanwhile in B');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(a.field.state().text).toBe('Typed in A, not saved yet');
    await a.field.flush();
    await until(
      () => b.field.state().text === 'Typed in A, not saved yet' && b.field.state().conflict?.mine === 'Saved meanwhile in B',
      'B is told',
    );
    expect((await db.sessions.get('s-1'))?.notes).toBe('Typed in A, not saved yet');
  });
});

describe('a late answer from the store', () => {
  it('is not taken for another window’s change when it is older than this window’s last save', async () => {
    const versions = ['2026-05-04T09:00:01.000Z', '2026-05-04T09:00:02.000Z'];
    const field = createLiveNotes({ initial: 'old', save: async () => versions.shift(), delayMs: 5, onChange: () => {} });
    field.input('mine, first');
    await field.flush();
    field.input('mine, second');
    await field.flush();
    // A query that began before the second save answers after it, with what the first left.
    field.stored('written elsewhere before my save', '2026-05-04T09:00:01.500Z');
    expect(field.state().text).toBe('mine, second');
    expect(field.state().conflict).toBeUndefined();
    // A write after this window's is news: the field follows it and keeps this window's text aside.
    field.stored('written elsewhere after my save', '2026-05-04T09:00:03.000Z');
    expect(field.state()).toMatchObject({ text: 'written elsewhere after my save', conflict: { mine: 'mine, second' } });
  });

  it('is not taken for another window’s change when it arrived while this window’s newer save was on its way', async () => {
    const saves: ((version: string) => void)[] = [];
    const finishSave = async (version: string) => {
      await until(() => saves.length > 0, 'a save starts');
      saves.shift()!(version);
    };
    const field = createLiveNotes({
      initial: 'mine',
      save: () => new Promise<string>((resolve) => saves.push(resolve)),
      delayMs: 5,
      onChange: () => {},
    });
    // The other window wrote over this one's text: this window shows theirs and keeps its own aside.
    field.input('mine, typed');
    const first = field.flush();
    await finishSave('2026-05-04T09:00:01.000Z');
    await first;
    field.stored('theirs', '2026-05-04T09:00:02.000Z');
    expect(field.state().conflict).toEqual({ mine: 'mine, typed' });
    // Restore: while that save is on its way, the store still reports their text, then the save lands.
    field.restoreMine();
    field.stored('theirs', '2026-05-04T09:00:02.000Z');
    await finishSave('2026-05-04T09:00:03.000Z');
    await field.flush();
    expect(field.state()).toMatchObject({ text: 'mine, typed', conflict: undefined });
  });
});

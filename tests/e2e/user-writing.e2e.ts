import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_USER_TEXT_LENGTH, type ActionItem, type Feedback, type Pairing, type Session } from '../../lib/model';
import { FeedbackPopupPage } from './pages/feedback-popup';
import { OptionsPage } from './pages/options-page';
import { SidePanelPage } from './pages/side-panel';
import type { LaunchedExtension } from './support/browser';
import { freshInstallWithSampleData } from './support/fresh-install';
import { readTable, waitForRows } from './support/extension-db';

let extension: LaunchedExtension;
let options: OptionsPage;
beforeAll(async () => {
  ({ extension, options } = await freshInstallWithSampleData());
});
afterAll(async () => {
  await extension?.close();
});

const NOTES = 'Ana wants to rehearse the release handover with Tomás.';
const POINT = 'Ask how the SRE review went';
const REFLECTION = 'I still answer questions she could answer herself. Ask first.';
const ACTION = 'Send Priya the prompt checklist';

async function pairingOf(name: string): Promise<Pairing> {
  const pairings = await readTable<Pairing>(options.page, 'pairings');
  return pairings.find((pairing) => pairing.participants.some((person) => person.name === name))!;
}

describe('what the user writes is never lost', () => {
  it('keeps notes, agenda points, feedback and action items typed on sample data when the demo data is removed', async () => {
    const ana = await pairingOf('Ana Silva');
    const panel = await SidePanelPage.open(extension.context, extension.extensionId, { pairing: ana.id });
    await panel.typeNotes(NOTES);
    await panel.waitForNotesSaved();
    await panel.addAgendaPoint(POINT);
    await panel.page.getByRole('list', { name: 'Agenda points' }).getByText(POINT).waitFor();

    // Feedback, with a private reflection and an action item, on an ended sample session awaiting it.
    const sessions = await readTable<Session>(options.page, 'sessions');
    const ended = sessions.find((session) => session.isDemo && session.feedbackPrompt?.state === 'pending' && Date.parse(session.end) < Date.now())!;
    const popup = await FeedbackPopupPage.open(extension.context, extension.extensionId, ended.id);
    await popup.fillFeedback({ outcome: 'held', rating: 4, privateReflection: REFLECTION, actionItems: [{ text: ACTION, owner: 'me' }] });
    await popup.submit();
    expect(await popup.confirmation()).toBeDefined();

    await options.goto();
    const removed = await options.calendar.removeDemo();
    expect(removed.warning).toMatch(/kept as yours/);
    expect(removed.ok).toBe(true);

    // Everything typed is still there, in the panel and in storage.
    await panel.goto({ pairing: ana.id });
    expect(await panel.isDemo()).toBe(false);
    expect(await panel.notes().inputValue()).toBe(NOTES);
    expect(await panel.agendaItems()).toContain(POINT);
    const feedback = await readTable<Feedback>(options.page, 'feedback');
    expect(feedback.map((row) => [row.sessionId, row.privateReflection, row.isDemo])).toEqual([[ended.id, REFLECTION, false]]);
    const items = await readTable<ActionItem>(options.page, 'actionItems');
    expect(items.map((item) => [item.text, item.isDemo])).toEqual([[ACTION, false]]);
    await panel.goto({ pairing: ended.pairingId });
    expect((await panel.openActionItems()).map((row) => row.text)).toEqual([ACTION]);
    // The two sample pairings the user wrote in are theirs now; the others are gone.
    expect((await options.pairings.pairingTitles()).length).toBe(2);
    expect(await readTable<Pairing>(options.page, 'pairings')).toHaveLength(2);
  });

  it('says when pasted notes are over the limit, keeps what is over it, and lets it go only when asked', async () => {
    const ana = await pairingOf('Ana Silva');
    const panel = await SidePanelPage.open(extension.context, extension.extensionId, { pairing: ana.id });
    const pasted = `${'Notes that go on. '.repeat(1_250)}${'And on past the limit. '.repeat(218)}`.slice(0, 25_000);
    await panel.notes().focus();
    await panel.notes().fill(pasted);
    await panel.page.getByText('Saved 20,000 of 25,000 characters').waitFor();
    expect(await panel.notes().inputValue()).toHaveLength(25_000);
    expect((await panel.notesNotices())[0]).toMatch(/Too long for notes: they hold 20,000 characters and this is 25,000\. The last 5,000 are not part of your notes/);
    const [session] = (await readTable<Session>(panel.page, 'sessions')).filter((row) => row.notes.length === MAX_USER_TEXT_LENGTH);
    expect(session!.notes + session!.notesOverflow).toBe(pasted);

    // Reopened, the panel still holds all of it, and still says so.
    await panel.goto({ pairing: ana.id });
    expect(await panel.notes().inputValue()).toBe(pasted);
    await panel.waitForNotesNotice(/Too long for notes/);

    await panel.letNotesOverflowGo();
    await panel.waitForNotesSaved();
    expect(await panel.notes().inputValue()).toBe(pasted.slice(0, MAX_USER_TEXT_LENGTH));
    expect(await panel.notesNotices()).toEqual([]);
    await waitForRows<Session>(panel.page, 'sessions', (rows) => rows.some((row) => row.id === session!.id && row.notesOverflow === undefined));
  });

  it('tells the panel that lost to another window, and restores its text in one click', async () => {
    const ana = await pairingOf('Ana Silva');
    const first = await SidePanelPage.open(extension.context, extension.extensionId, { pairing: ana.id });
    const second = await SidePanelPage.open(extension.context, extension.extensionId, { pairing: ana.id });
    await first.typeNotes('Written in the first window.');
    await first.waitForNotesSaved();
    await second.page.waitForFunction(() => (document.querySelector('#live-notes') as HTMLTextAreaElement | null)?.value === 'Written in the first window.');
    await second.typeNotes('The second window rewrote everything.');
    await second.waitForNotesSaved();

    await first.waitForNotesNotice(/Changed in another window/);
    expect(await first.notes().inputValue()).toBe('The second window rewrote everything.');
    await first.restoreMyNotes();
    // "Saved" was already on screen before the click, so wait for what the restore stores, not for the status.
    await waitForRows<Session>(first.page, 'sessions', (rows) => rows.some((row) => row.notes === 'Written in the first window.'));
    await second.waitForNotesNotice(/Changed in another window/);
    expect(await first.notes().inputValue()).toBe('Written in the first window.');
    expect(await first.notesNotices()).toEqual([]);
  });
});

describe('re-importing a template file over local edits', () => {
  it('asks: keep mine, replace, or keep both, and imports nothing until answered', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'templates-')), 'programme-templates.json');
    const template = { id: 'programme-listening', name: 'Listening', category: 'communication', description: 'The programme’s version.' };
    await writeFile(file, JSON.stringify({ format: 'mentoring-companion/goal-templates', version: 1, templates: [template] }));
    await options.goto();
    expect((await options.templates.importTemplates(file)).ok).toBe(true);
    expect((await options.templates.editTemplate('Listening', { description: 'My own wording, after two sessions.' })).ok).toBe(true);

    const asked = await options.templates.importTemplates(file);
    expect(asked.message).toMatch(/Nothing imported yet from “programme-templates\.json”: 1 template in it would replace yours/);
    expect(await options.templates.templateImportQuestions()).toEqual(['Your “Listening”']);
    const stored = () => readTable<{ name: string; description: string }>(options.page, 'goalTemplates');
    expect((await stored()).filter((row) => row.name.startsWith('Listening')).map((row) => row.description)).toEqual([
      'My own wording, after two sessions.',
    ]);

    const imported = await options.templates.answerTemplateImport({ 'Your “Listening”': 'Keep both' });
    expect(imported.ok).toBe(true);
    expect(imported.messages).toEqual(['Listening (imported): added as a copy (added beside your "Listening")']);
    const listening = (await stored()).filter((row) => row.name.startsWith('Listening')).map((row) => [row.name, row.description]);
    expect(listening.sort((a, b) => a[0]!.localeCompare(b[0]!))).toEqual([
      ['Listening', 'My own wording, after two sessions.'],
      ['Listening (imported)', 'The programme’s version.'],
    ]);
  });
});

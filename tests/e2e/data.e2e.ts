import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionItem, Feedback, Goal, GoalTemplate, Pairing, Session } from '../../lib/model';
import { currentSchemaVersion } from '../../lib/db/schema-versions';
import type { DataSection } from './pages/options/data-section';
import { FeedbackPopupPage } from './pages/feedback-popup';
import { OptionsPage } from './pages/options-page';
import { SidePanelPage } from './pages/side-panel';
import { launchExtension, type LaunchedExtension } from './support/browser';
import { putRows, readTable, waitForRows } from './support/extension-db';

/**
 * Issue 11 end to end: a user's own template, pairing, goal, notes and feedback survive a backup,
 * "delete everything" and a restore; the CSV export is what a spreadsheet expects.
 */
const TEMPLATE = 'Programme: giving feedback';
const PAIRING = 'Mentoring with Sam Okafor';
const NOTES = 'Sam wants to practise the “hard conversation” with his team lead.\nسام يريد التدرب';
const REFLECTION = 'I should let Sam find the words himself.';

let extension: LaunchedExtension;
let options: OptionsPage;
let data: DataSection;
let firstInstallSettings: unknown;

beforeAll(async () => {
  extension = await launchExtension();
  options = await OptionsPage.open(extension.context, extension.extensionId);
  await waitForRows<Pairing>(options.page, 'pairings', (rows) => rows.length > 0 && rows.every((row) => row.isDemo));
  data = options.data;
  [firstInstallSettings] = await waitForRows<{ value: { firstRunDone?: boolean } }>(options.page, 'settings', (rows) => rows[0]?.value.firstRunDone === true);
});
afterAll(async () => {
  await extension?.close();
});

describe('backup, delete everything, restore', () => {
  let pairing: Pairing;
  let session: Session;
  let backupPath: string;

  it('creates a template, uses it for a new pairing’s goal, and writes notes and feedback', async () => {
    expect(await options.templates.createTemplate({ name: TEMPLATE, category: 'Communication', description: 'Give feedback that lands.', milestones: ['Ask for feedback every week'] })).toMatchObject({ ok: true });
    expect(await options.pairings.createPairing({ title: PAIRING, people: [{ name: 'Sam Okafor', email: 'sam.okafor@corp.example' }], goals: [{ template: TEMPLATE }] })).toMatchObject({ ok: true });
    pairing = (await waitForRows<Pairing>(options.page, 'pairings', (rows) => rows.some((row) => row.title === PAIRING))).find((row) => row.title === PAIRING)!;

    // The session the calendar would have found: going on now, so the panel shows its live notes.
    const now = Date.now();
    session = {
      id: `e2e-session-${now}`,
      pairingId: pairing.id,
      start: new Date(now - 20 * 60_000).toISOString(),
      end: new Date(now + 25 * 60_000).toISOString(),
      status: 'scheduled',
      agenda: [],
      notes: '',
      detection: { confidence: 1, reasons: ['added by the test'] },
      isDemo: false,
      createdAt: new Date(now).toISOString(),
      updatedAt: new Date(now).toISOString(),
    };
    await putRows(options.page, 'sessions', [session]);
    const panel = await SidePanelPage.open(extension.context, extension.extensionId, { pairing: pairing.id });
    await panel.typeNotes(NOTES);
    await panel.waitForNotesSaved();
    await panel.page.close();

    const popup = await FeedbackPopupPage.open(extension.context, extension.extensionId, session.id);
    await popup.fillFeedback({
      outcome: 'held',
      rating: 4,
      goals: [{ title: TEMPLATE, progress: 30, note: 'First weekly ask done.' }],
      wentWell: 'Clear example from last week.',
      actionItems: [{ text: 'Ask the team lead for a slot', owner: 'them', due: '2031-01-15' }],
      nextFocus: 'Role-play the opening sentence.',
      privateReflection: REFLECTION,
    });
    await popup.submit();
    expect(await popup.confirmation()).toMatch(/feedback is saved/);
    await waitForRows<Feedback>(options.page, 'feedback', (rows) => rows.some((row) => row.sessionId === session.id && row.state === 'submitted'));
  });

  it('backs up everything into one JSON file', async () => {
    await options.goto();
    await options.settings.setTheme('Dark');
    const backup = await data.backUp();
    expect(backup.ok).toBe(true);
    expect(backup.message).toMatch(/^Backed up \d+ rows to mentoring-companion-backup-\d{4}-\d\d-\d\d\.json/);
    backupPath = backup.file.path;
    const file = JSON.parse(backup.file.text) as { format: string; schemaVersion: number; appVersion: string; tables: Record<string, { id?: string; notes?: string }[]> };
    expect(file).toMatchObject({ format: 'mentoring-companion/backup', schemaVersion: currentSchemaVersion, appVersion: '0.1.0' });
    expect(file.tables.sessions!.find((row) => row.id === session.id)?.notes).toBe(NOTES);
    expect(JSON.stringify(file)).not.toMatch(/access_token|ya29\./);
  });

  it('exports sessions as CSV a spreadsheet opens as UTF-8', async () => {
    const csv = await data.exportCsv('Sessions (CSV)');
    expect(csv.fileName).toBe('mentoring-sessions.csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain(`"${NOTES.replace(/"/g, '""')}"`);
    const feedback = await data.exportCsv('Feedback (CSV)');
    expect(feedback.text).not.toContain(REFLECTION);
    expect((await data.exportCsv('Feedback (CSV)', true)).text).toContain(REFLECTION);
  });

  it('deletes everything only after the word is typed, leaving the extension as at first install', async () => {
    expect((await data.deleteEverything('delete')).enabled).toBe(false);
    const deleted = await data.deleteEverything('DELETE');
    expect(deleted.enabled).toBe(true);
    expect(deleted.notice).toMatch(/Everything was deleted/);
    // The fresh page ran the first-run setup again: built-in templates and the sample data, nothing of the user's.
    const pairings = await waitForRows<Pairing>(options.page, 'pairings', (rows) => rows.length > 0 && rows.every((row) => row.isDemo));
    expect(pairings.some((row) => row.title === PAIRING)).toBe(false);
    expect((await readTable<GoalTemplate>(options.page, 'goalTemplates')).some((row) => row.name === TEMPLATE)).toBe(false);
    expect((await readTable<Session>(options.page, 'sessions')).some((row) => row.id === session.id)).toBe(false);
    expect((await readTable<Feedback>(options.page, 'feedback')).every((row) => row.isDemo)).toBe(true);
    // The settings are those of a fresh install again (the sample data's), whatever the user had set.
    expect((await readTable(options.page, 'settings'))[0]).toEqual(firstInstallSettings);
  });

  it('refuses a broken file without writing anything, naming what is wrong', async () => {
    const { writeFile } = await import('node:fs/promises');
    const broken = backupPath.replace(/\.json$/, '-broken.json');
    const file = JSON.parse(await (await import('node:fs/promises')).readFile(backupPath, 'utf8')) as { tables: { goals: { progress: unknown }[] } };
    file.tables.goals[0]!.progress = 'lots';
    await writeFile(broken, JSON.stringify(file));
    const before = await readTable(options.page, 'pairings');
    const { refused } = await data.chooseBackup(broken);
    expect(refused?.ok).toBe(false);
    expect(refused?.message).toMatch(/table “goals”, row 1 \(id “.+”\), field “progress”: must be a number/);
    expect(await readTable(options.page, 'pairings')).toEqual(before);
  });

  it('restores the backup, replacing the sample data, and everything is found again', async () => {
    const { offer } = await data.chooseBackup(backupPath);
    expect(offer).toMatch(/is a valid backup/);
    const restored = await data.restore('replace');
    expect(restored).toMatchObject({ ok: true, message: expect.stringMatching(/^Restored: \d+ rows written/) });

    await options.goto();
    expect(await options.templates.templateNames()).toContain(TEMPLATE);
    expect(await options.pairings.pairingTitles()).toContain(PAIRING);
    const goals = await readTable<Goal>(options.page, 'goals');
    const goal = goals.find((row) => row.pairingId === pairing.id);
    expect(goal).toMatchObject({ title: TEMPLATE, progress: 30, templateId: expect.any(String) });
    const feedback = (await readTable<Feedback>(options.page, 'feedback')).find((row) => row.sessionId === session.id);
    expect(feedback).toMatchObject({ state: 'submitted', rating: 4, privateReflection: REFLECTION, nextFocus: 'Role-play the opening sentence.' });
    expect((await readTable<ActionItem>(options.page, 'actionItems')).map((item) => item.text)).toContain('Ask the team lead for a slot');

    const panel = await SidePanelPage.open(extension.context, extension.extensionId, { pairing: pairing.id });
    expect(await panel.notes().inputValue()).toBe(NOTES);
    expect(await panel.goalTitles()).toContain(TEMPLATE);
    await panel.page.close();
  });

  it('exports the pairing’s history as Markdown and as a print view, private reflection left out', async () => {
    await options.goto();
    const markdown = await data.exportHistory(PAIRING, 'markdown');
    expect(markdown.fileName).toBe('pairing-mentoring-with-sam-okafor.md');
    expect(markdown.text).toContain(`# ${PAIRING}`);
    expect(markdown.text).toContain('> Sam wants to practise the “hard conversation” with his team lead.');
    expect(markdown.text).not.toContain(REFLECTION);
    const view = await data.exportHistory(PAIRING, 'print');
    expect(await view.getByRole('heading', { level: 1 }).innerText()).toBe(PAIRING);
    expect(await view.locator('body').innerText()).toContain('Role-play the opening sentence.');
    expect(await view.locator('body').innerText()).not.toContain(REFLECTION);
    await view.close();
  });
});

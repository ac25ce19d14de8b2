import { describe, expect, it } from 'vitest';
import type { MentoringDatabase } from '../../lib/db/database';
import {
  buildTemplateExport,
  exportTemplates,
  templateExportFileName,
  templateExportJson,
} from '../../lib/templates/library-export';
import { describeImportError as describeWithIsolates, importTemplates, type TemplateImportError } from '../../lib/templates/library-import';
import { isolate, withoutIsolates } from '../../lib/text/bidi';

/** What the user reads; the names in it are isolated for bidi (checked once below). */
const describeImportError = (error: TemplateImportError) => withoutIsolates(describeWithIsolates(error));
import { aTemplate } from '../pairings/fixtures';
import { freshDatabase } from '../support/fresh-database';

let db: MentoringDatabase;

const fileWith = (templates: unknown[], envelope: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'mentoring-companion/goal-templates', version: 1, templates, ...envelope });

describe('template export', () => {
  it('exports the selected templates in a versioned format without local bookkeeping', async () => {
    db = freshDatabase();
    const one = aTemplate({ name: 'One' });
    const two = aTemplate({ name: 'Two', archived: true });
    await db.goalTemplates.bulkAdd([one, two]);
    const data = await exportTemplates([two.id], db);
    expect(data).toMatchObject({ format: 'mentoring-companion/goal-templates', version: 1 });
    expect(data.templates).toEqual([
      {
        id: two.id,
        name: 'Two',
        category: two.category,
        description: two.description,
        defaultMilestones: two.defaultMilestones,
        suggestedQuestions: two.suggestedQuestions,
        successCriteria: two.successCriteria,
      },
    ]);
  });

  it('exports every template that is not archived when asked for all', async () => {
    db = freshDatabase();
    await db.goalTemplates.bulkAdd([aTemplate({ name: 'B' }), aTemplate({ name: 'A' }), aTemplate({ name: 'C', archived: true })]);
    expect((await exportTemplates('all-active', db)).templates.map((t) => t.name)).toEqual(['A', 'B']);
  });

  it('refuses to export a selection that no longer exists instead of writing a shorter file', async () => {
    db = freshDatabase();
    await expect(exportTemplates(['gone'], db)).rejects.toThrow(/no longer exist/);
  });

  it('names the file after the local date', () => {
    expect(templateExportFileName(new Date(2026, 10, 21, 23, 30))).toBe('goal-templates-2026-11-21.json');
  });
});

describe('template import', () => {
  it('imports what another install exported: round trip creates the templates with their ids', async () => {
    db = freshDatabase();
    const original = aTemplate({ name: 'Coordinator template' });
    const text = templateExportJson(buildTemplateExport([original]));
    const result = await importTemplates(text, db);
    expect(result).toEqual({ ok: true, outcomes: [{ action: 'created', id: original.id, name: 'Coordinator template' }] });
    expect(await db.goalTemplates.get(original.id)).toMatchObject({ name: 'Coordinator template', builtIn: false, archived: false });
  });

  it('accepts a short hand-written template without id or lists', async () => {
    db = freshDatabase();
    const result = await importTemplates(fileWith([{ name: 'Board readiness', category: 'executive-presence', description: 'Prepare.' }]), db);
    expect(result.ok).toBe(true);
    const [stored] = await db.goalTemplates.toArray();
    expect(stored).toMatchObject({ name: 'Board readiness', defaultMilestones: [], suggestedQuestions: [], successCriteria: [] });
  });

  it('asks before a file replaces the user’s own template with the same id, and writes nothing until told', async () => {
    db = freshDatabase();
    const mine = aTemplate({ archived: true, description: 'My local edit.' });
    await db.goalTemplates.add(mine);
    const file = fileWith([{ ...mine, description: 'Second edition.', defaultMilestones: ['New milestone'] }, { name: 'Brand new', category: 'other', description: 'n' }]);
    expect(await importTemplates(file, db)).toEqual({
      ok: false,
      errors: [],
      conflicts: [{ id: mine.id, mine: mine.name, theirs: mine.name, differences: ['Description', 'Default milestones'] }],
    });
    expect(await db.goalTemplates.toArray()).toEqual([mine]);
  });

  it('replaces the user’s template when told to, keeping its archived state and creation date', async () => {
    db = freshDatabase();
    const mine = aTemplate({ archived: true });
    await db.goalTemplates.add(mine);
    const result = await importTemplates(fileWith([{ ...mine, description: 'Second edition.' }]), db, { [mine.id]: 'replace' });
    expect(result).toEqual({ ok: true, outcomes: [{ action: 'updated', id: mine.id, name: mine.name, note: 'replaced your version' }] });
    expect(await db.goalTemplates.get(mine.id)).toMatchObject({ description: 'Second edition.', archived: true, createdAt: mine.createdAt });
  });

  it('keeps the user’s template when told to, or keeps both under names told apart', async () => {
    db = freshDatabase();
    const mine = aTemplate({ name: 'Delegation', description: 'Mine.' });
    await db.goalTemplates.add(mine);
    const file = fileWith([{ ...mine, description: 'Theirs.' }]);
    expect(await importTemplates(file, db, { [mine.id]: 'keep-mine' })).toEqual({
      ok: true,
      outcomes: [{ action: 'unchanged', id: mine.id, name: 'Delegation', note: 'your version was kept' }],
    });
    expect(await db.goalTemplates.toArray()).toEqual([mine]);

    const both = await importTemplates(file, db, { [mine.id]: 'keep-both' });
    expect(both.ok && both.outcomes.map(({ action, name, note }) => ({ action, name, note }))).toEqual([
      { action: 'copied', name: 'Delegation (imported)', note: `added beside your "${isolate('Delegation')}"` },
    ]);
    const stored = await db.goalTemplates.orderBy('name').toArray();
    expect(stored.map((template) => [template.name, template.description])).toEqual([
      ['Delegation', 'Mine.'],
      ['Delegation (imported)', 'Theirs.'],
    ]);
    expect(stored[1]!.id).not.toBe(mine.id);
    // The file's version is there now: importing it again asks nothing and adds nothing.
    expect(await importTemplates(file, db)).toEqual({
      ok: true,
      outcomes: [{ action: 'unchanged', id: stored[1]!.id, name: 'Delegation (imported)', note: `already present as "${isolate('Delegation (imported)')}"` }],
    });
  });

  it('never changes a built-in template: a changed one with its id is added as a copy', async () => {
    db = freshDatabase();
    const builtIn = aTemplate({ name: 'Communication', builtIn: true });
    await db.goalTemplates.add(builtIn);
    const result = await importTemplates(fileWith([{ ...builtIn, description: 'Our programme version.' }]), db);
    expect(result.ok && result.outcomes[0]?.action).toBe('copied');
    expect(await db.goalTemplates.get(builtIn.id)).toEqual(builtIn);
    const copies = (await db.goalTemplates.toArray()).filter((t) => t.id !== builtIn.id);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ name: 'Communication', description: 'Our programme version.', builtIn: false });
  });

  it('never lets an imported template take the id of a built-in that is not stored yet', async () => {
    db = freshDatabase();
    const result = await importTemplates(fileWith([{ id: 'builtin-communication', name: 'Ours', category: 'communication', description: 'x' }]), db);
    expect(result.ok && result.outcomes[0]?.action).toBe('copied');
    const [stored] = await db.goalTemplates.toArray();
    expect(stored?.id).not.toBe('builtin-communication');
    expect(stored).toMatchObject({ name: 'Ours', builtIn: false });
  });

  it('adds nothing when the same file is imported twice', async () => {
    db = freshDatabase();
    const builtIn = aTemplate({ name: 'Communication', builtIn: true });
    await db.goalTemplates.add(builtIn);
    const text = fileWith([{ ...builtIn, description: 'Changed.' }, { name: 'New', category: 'other', description: 'New one.' }]);
    await importTemplates(text, db);
    const again = await importTemplates(text, db);
    expect(again.ok && again.outcomes.map((o) => o.action)).toEqual(['unchanged', 'unchanged']);
    expect(await db.goalTemplates.count()).toBe(3);
    const unchangedBuiltIn = await importTemplates(fileWith([builtIn]), db);
    expect(unchangedBuiltIn.ok && unchangedBuiltIn.outcomes[0]).toMatchObject({ action: 'unchanged', note: 'same as the built-in template' });
  });

  it('writes nothing when one template is invalid, and names the template and the field', async () => {
    db = freshDatabase();
    const mine = aTemplate();
    await db.goalTemplates.add(mine);
    const result = await importTemplates(
      fileWith([
        { ...mine, description: 'Would be updated.' },
        { name: 'Good', category: 'other', description: 'Fine.' },
        { name: 'Bad category', category: 'charisma', description: 'x', defaultMilestones: ['ok', ''] },
      ]),
      db,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(describeImportError)).toEqual([
      expect.stringMatching(/^Template 3 \("Bad category"\): Category must be one of: communication, .*other$/),
      'Template 3 ("Bad category"): Default milestones, line 2, must not be empty',
    ]);
    expect(await db.goalTemplates.toArray()).toEqual([mine]);
  });

  it('rolls the whole import back when a write fails part-way', async () => {
    db = freshDatabase();
    const text = fileWith([
      { name: 'First', category: 'other', description: 'Fine.' },
      { name: 'Second', category: 'other', description: 'Fine too.' },
    ]);
    const add = db.goalTemplates.add.bind(db.goalTemplates);
    let calls = 0;
    db.goalTemplates.add = ((...args: Parameters<typeof add>) => {
      calls += 1;
      if (calls === 2) return Promise.reject(new Error('disk full'));
      return add(...args);
    }) as typeof add;
    const result = await importTemplates(text, db);
    expect(result).toEqual({ ok: false, errors: [{ message: 'Nothing was imported: disk full' }] });
    expect(await db.goalTemplates.count()).toBe(0);
  });

  it('refuses two templates with the same id', async () => {
    db = freshDatabase();
    const result = await importTemplates(
      fileWith([
        { id: 'x', name: 'A', category: 'other', description: 'a' },
        { id: 'x', name: 'B', category: 'other', description: 'b' },
      ]),
      db,
    );
    expect(!result.ok && result.errors.map(describeImportError)).toEqual([
      'Template 2 ("B"): Id is the same as template 1\'s; each template needs its own id.',
    ]);
  });

  it.each([
    ['not json', /not valid JSON/],
    ['[]', /should contain one JSON object/],
    ['{"format":"something-else","version":1,"templates":[]}', /"format" should be "mentoring-companion\/goal-templates"/],
    [fileWith([], { version: 2 }), /version 2; this version of the extension reads version 1/],
    [fileWith([], { version: '1' }), /"version" should be 1/],
    [JSON.stringify({ format: 'mentoring-companion/goal-templates', version: 1 }), /"templates" should be a list/],
    [fileWith([]), /contains no templates/],
    [fileWith([42]), /Template 1: The template should be an object/],
    [fileWith([{ name: 'Missing bits' }]), /Template 1 \("Missing bits"\): Category is missing/],
  ])('explains why %s cannot be imported', async (text, message) => {
    db = freshDatabase();
    const result = await importTemplates(text, db);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(describeImportError).join('\n')).toMatch(message);
    expect(await db.goalTemplates.count()).toBe(0);
  });
});

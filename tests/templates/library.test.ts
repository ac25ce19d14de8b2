import { describe, expect, it } from 'vitest';
import {
  createTemplate,
  duplicateTemplate,
  emptyTemplateForm,
  listTemplates,
  parseTemplateForm,
  setTemplateArchived,
  templateToForm,
  updateTemplate,
} from '../../lib/templates/library';
import { describeFieldError } from '../../lib/forms/field-errors';
import type { MentoringDatabase } from '../../lib/db/database';
import { aTemplate } from '../pairings/fixtures';
import { freshDatabase } from '../support/fresh-database';

let db: MentoringDatabase;

describe('template form', () => {
  it('turns one-per-line text into lists, dropping blank lines and trimming', () => {
    const result = parseTemplateForm({
      ...emptyTemplateForm(),
      name: '  Delegating well ',
      category: 'delegation',
      description: 'Hand over outcomes, not tasks.',
      milestonesText: 'Pick one project\n\n  Hand it over  \n',
      questionsText: 'What are you holding on to?',
      criteriaText: '',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Delegating well',
        category: 'delegation',
        description: 'Hand over outcomes, not tasks.',
        defaultMilestones: ['Pick one project', 'Hand it over'],
        suggestedQuestions: ['What are you holding on to?'],
        successCriteria: [],
      },
    });
  });

  it('names every empty required field', () => {
    const result = parseTemplateForm(emptyTemplateForm());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(describeFieldError)).toEqual(['Name must not be empty', 'Description must not be empty']);
    expect(result.errors.map((error) => error.field)).toEqual(['name', 'description']);
  });

  it('names the list and the line that is too long', () => {
    const result = parseTemplateForm({
      ...emptyTemplateForm(),
      name: 'x',
      description: 'y',
      milestonesText: `fine\n${'m'.repeat(301)}`,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { field: 'milestonesText', label: 'Default milestones, line 2,', message: 'is too long (at most 300 characters)' },
    ]);
  });

  it('round-trips a template through the form', () => {
    const template = aTemplate();
    const result = parseTemplateForm(templateToForm(template));
    expect(result.ok && result.value.defaultMilestones).toEqual(template.defaultMilestones);
  });
});

describe('template library', () => {
  it('creates user templates and lists them by name, archived ones only on request', async () => {
    db = freshDatabase();
    const b = await createTemplate({ ...aTemplate(), name: 'B template' }, db);
    await createTemplate({ ...aTemplate(), name: 'A template' }, db);
    expect(b.builtIn).toBe(false);
    await setTemplateArchived(b.id, true, db);
    expect((await listTemplates({}, db)).map((t) => t.name)).toEqual(['A template']);
    expect((await listTemplates({ includeArchived: true }, db)).map((t) => t.name)).toEqual(['A template', 'B template']);
    await setTemplateArchived(b.id, false, db);
    expect((await listTemplates({}, db)).map((t) => t.name)).toEqual(['A template', 'B template']);
  });

  it('edits a user template but refuses to edit a built-in one, which stays as it was', async () => {
    db = freshDatabase();
    const mine = aTemplate();
    const builtIn = aTemplate({ name: 'Communication', builtIn: true });
    await db.goalTemplates.bulkAdd([mine, builtIn]);
    const edited = await updateTemplate(mine.id, { ...mine, name: 'Listening, really' }, db);
    expect(edited.name).toBe('Listening, really');
    expect(edited.createdAt).toBe(mine.createdAt);
    await expect(updateTemplate(builtIn.id, { ...builtIn, name: 'Hacked' }, db)).rejects.toThrow(/built in.*duplicate it/);
    expect((await db.goalTemplates.get(builtIn.id))?.name).toBe('Communication');
  });

  it('refuses an invalid edit and keeps the stored template', async () => {
    db = freshDatabase();
    const mine = aTemplate();
    await db.goalTemplates.add(mine);
    await expect(updateTemplate(mine.id, { ...mine, name: '' }, db)).rejects.toThrow();
    expect((await db.goalTemplates.get(mine.id))?.name).toBe(mine.name);
  });

  it('duplicates a built-in template into an editable copy with a distinct name', async () => {
    db = freshDatabase();
    const builtIn = aTemplate({ name: 'Communication', builtIn: true, archived: true });
    await db.goalTemplates.add(builtIn);
    const first = await duplicateTemplate(builtIn.id, db);
    const second = await duplicateTemplate(builtIn.id, db);
    const ofCopy = await duplicateTemplate(first.id, db);
    expect([first.name, second.name, ofCopy.name]).toEqual(['Communication (copy)', 'Communication (copy 2)', 'Communication (copy 3)']);
    expect(first).toMatchObject({ builtIn: false, archived: false, description: builtIn.description });
    expect(first.id).not.toBe(builtIn.id);
    await expect(updateTemplate(first.id, { ...first, name: 'My communication' }, db)).resolves.toMatchObject({ name: 'My communication' });
  });

  it('archives a built-in without marking its wording as changed, so product updates still reach it', async () => {
    db = freshDatabase();
    const builtIn = aTemplate({ id: 'builtin-delegation', builtIn: true, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
    await db.goalTemplates.add(builtIn);
    await setTemplateArchived(builtIn.id, true, db);
    const back = await setTemplateArchived(builtIn.id, false, db);
    expect(back).toMatchObject({ archived: false, updatedAt: builtIn.createdAt });
  });

  it('says so when the template to change has disappeared', async () => {
    db = freshDatabase();
    await expect(setTemplateArchived('gone', true, db)).rejects.toThrow(/no longer exists/);
    await expect(duplicateTemplate('gone', db)).rejects.toThrow(/no longer exists/);
  });
});

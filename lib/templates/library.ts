import { getDatabase, type MentoringDatabase } from '../db/database';
import { goalCategorySchema, goalTemplateSchema, newId, nowIso, z, type GoalCategory, type GoalTemplate } from '../model';
import { linesOf, type FormResult } from '../forms/field-errors';
import { labelledFields, parseForm } from '../forms/parse-form';
import { isolate } from '../text/bidi';

/** The fields a user writes; the rest (id, builtIn, archived, dates) the library keeps. */
export const templateDraftSchema = z.pick(goalTemplateSchema, {
  name: true,
  category: true,
  description: true,
  defaultMilestones: true,
  suggestedQuestions: true,
  successCriteria: true,
});
export type TemplateDraft = z.infer<typeof templateDraftSchema>;

/** The template form as typed: lists are one entry per line. */
export interface TemplateForm {
  name: string;
  category: GoalCategory;
  description: string;
  milestonesText: string;
  questionsText: string;
  criteriaText: string;
}

export const templateFieldLabels: Record<string, string> = {
  name: 'Name',
  category: 'Category',
  description: 'Description',
  defaultMilestones: 'Default milestones',
  suggestedQuestions: 'Suggested questions',
  successCriteria: 'Success criteria',
};

const formFieldOf: Record<string, string> = {
  defaultMilestones: 'milestonesText',
  suggestedQuestions: 'questionsText',
  successCriteria: 'criteriaText',
};

export function emptyTemplateForm(): TemplateForm {
  return { name: '', category: 'other', description: '', milestonesText: '', questionsText: '', criteriaText: '' };
}

export function templateToForm(template: TemplateDraft): TemplateForm {
  return {
    name: template.name,
    category: template.category,
    description: template.description,
    milestonesText: template.defaultMilestones.join('\n'),
    questionsText: template.suggestedQuestions.join('\n'),
    criteriaText: template.successCriteria.join('\n'),
  };
}

/** Validates the form; each error names the field (and the line, for the lists). */
export function parseTemplateForm(form: TemplateForm): FormResult<TemplateDraft> {
  const input = {
    name: form.name,
    category: form.category,
    description: form.description,
    defaultMilestones: linesOf(form.milestonesText),
    suggestedQuestions: linesOf(form.questionsText),
    successCriteria: linesOf(form.criteriaText),
  };
  return parseForm(templateDraftSchema, input, locateTemplateIssue);
}

/** The field a person would look at for an issue on a template draft ("Default milestones, line 2,"). */
export const locateTemplateIssue = labelledFields(templateFieldLabels, { fieldOf: formFieldOf, fallback: 'Template' });

class TemplateLibraryError extends Error {
  override name = 'TemplateLibraryError';
}

/** Templates by name; archived ones only when asked for. */
export async function listTemplates(
  options: { includeArchived?: boolean } = {},
  db: MentoringDatabase = getDatabase(),
): Promise<GoalTemplate[]> {
  const all = await db.goalTemplates.orderBy('name').toArray();
  return options.includeArchived ? all : all.filter((template) => !template.archived);
}

async function requireTemplate(id: string, db: MentoringDatabase): Promise<GoalTemplate> {
  const template = await db.goalTemplates.get(id);
  if (!template) throw new TemplateLibraryError('This template no longer exists; it may have been removed in another window.');
  return template;
}

export async function createTemplate(draft: TemplateDraft, db: MentoringDatabase = getDatabase()): Promise<GoalTemplate> {
  const now = nowIso();
  const template: GoalTemplate = {
    ...templateDraftSchema.parse(draft),
    id: newId(),
    builtIn: false,
    archived: false,
    createdAt: now,
    updatedAt: now,
  };
  await db.goalTemplates.add(template);
  return template;
}

/** Built-in templates ship with the product and are refreshed by it, so they are duplicated, not edited. */
export async function updateTemplate(
  id: string,
  draft: TemplateDraft,
  db: MentoringDatabase = getDatabase(),
): Promise<GoalTemplate> {
  return db.transaction('rw', db.goalTemplates, async () => {
    const existing = await requireTemplate(id, db);
    if (existing.builtIn) {
      throw new TemplateLibraryError(`"${isolate(existing.name)}" is built in and cannot be edited; duplicate it and edit the copy.`);
    }
    const updated: GoalTemplate = { ...existing, ...templateDraftSchema.parse(draft), updatedAt: nowIso() };
    await db.goalTemplates.put(updated);
    return updated;
  });
}

/** A user-owned copy, named so it is told apart from its original in lists. */
export async function duplicateTemplate(id: string, db: MentoringDatabase = getDatabase()): Promise<GoalTemplate> {
  return db.transaction('rw', db.goalTemplates, async () => {
    const original = await requireTemplate(id, db);
    const names = new Set((await db.goalTemplates.toArray()).map((template) => template.name));
    const now = nowIso();
    const copy: GoalTemplate = {
      ...original,
      id: newId(),
      name: copyName(original.name, names),
      builtIn: false,
      archived: false,
      createdAt: now,
      updatedAt: now,
    };
    await db.goalTemplates.add(copy);
    return copy;
  });
}

function copyName(name: string, taken: Set<string>): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '').slice(0, 280);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? `${base} (copy)` : `${base} (copy ${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Archived templates stay (goals made from them keep their link) but are no longer offered for new goals.
 * A built-in keeps its updatedAt: archiving does not change its wording, so once unarchived it still
 * takes the product's improved wording (seed.ts refreshes built-ins whose updatedAt equals createdAt).
 */
export async function setTemplateArchived(
  id: string,
  archived: boolean,
  db: MentoringDatabase = getDatabase(),
): Promise<GoalTemplate> {
  return db.transaction('rw', db.goalTemplates, async () => {
    const existing = await requireTemplate(id, db);
    const updated: GoalTemplate = { ...existing, archived, updatedAt: existing.builtIn ? existing.updatedAt : nowIso() };
    await db.goalTemplates.put(updated);
    return updated;
  });
}

export const goalCategoryLabels: Record<GoalCategory, string> = {
  communication: 'Communication',
  'conflict-resolution': 'Conflict resolution',
  'strategic-thinking': 'Strategic thinking',
  'emotional-intelligence': 'Emotional intelligence',
  'decision-making': 'Decision-making',
  delegation: 'Delegation',
  'executive-presence': 'Executive presence',
  'career-development': 'Career development',
  'technology-fluency': 'Technology fluency',
  other: 'Other',
};

export const goalCategoryOptions = goalCategorySchema.options;

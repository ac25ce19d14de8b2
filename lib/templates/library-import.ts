import { getDatabase, type MentoringDatabase } from '../db/database';
import { newId, nowIso, type GoalTemplate } from '../model';
import { describeFieldError, issuesToFieldErrors } from '../forms/field-errors';
import { isolate } from '../text/bidi';
import { builtInTemplateContents, builtInTemplateId } from './built-in-templates';
import { locateTemplateIssue, templateFieldLabels, type TemplateDraft } from './library';
import { sameTemplateContent } from './template-wording';
import {
  MAX_TEMPLATES_PER_FILE,
  TEMPLATE_EXPORT_FORMAT,
  TEMPLATE_EXPORT_VERSION,
  exportedTemplateSchema,
  type ExportedTemplate,
} from './library-export';
import { messageOf } from '../text/error-message';
import { parseJsonText } from '../text/json-text';

/** A problem with the file (no `template`) or with one template in it (1-based `template`). */
export interface TemplateImportError {
  template?: number;
  templateName?: string;
  field?: string;
  message: string;
}

export type TemplateImportAction = 'created' | 'updated' | 'copied' | 'unchanged';

export interface TemplateImportOutcome {
  action: TemplateImportAction;
  id: string;
  name: string;
  /** Why a template was copied or left alone, in words the user reads. */
  note?: string;
}

/** What to do with a template in the file whose id is one of the user's, with other content. */
export type TemplateConflictChoice = 'keep-mine' | 'replace' | 'keep-both';

/** A template of the file that would overwrite the user's own version: the import asks first. */
export interface TemplateConflict {
  id: string;
  /** The user's template's name, and the file's. */
  mine: string;
  theirs: string;
  /** Labels of the fields that differ ("Description", "Default milestones"). */
  differences: string[];
}

export type TemplateImportResult =
  | { ok: true; outcomes: TemplateImportOutcome[]; conflicts?: undefined }
  | { ok: false; errors: TemplateImportError[]; conflicts?: undefined }
  /** Nothing was written and nothing is wrong: the user chooses for each conflict, then imports again. */
  | { ok: false; errors: []; conflicts: TemplateConflict[] };

/** Ids the product gives its built-in templates: an import never takes one, even before seeding stored it. */
const reservedIds = new Set<string>(builtInTemplateContents.map((content) => builtInTemplateId(content.category)));

/** Large enough for hundreds of templates; small enough that a wrong file is refused before parsing. */
export const MAX_IMPORT_FILE_CHARS = 5_000_000;

export function describeImportError(error: TemplateImportError): string {
  if (error.template === undefined) return error.message;
  const which = error.templateName ? `Template ${error.template} ("${isolate(error.templateName)}")` : `Template ${error.template}`;
  return `${which}: ${error.message}`;
}

/** Reads and checks a whole file; either every template is valid or the errors say which are not and why. */
function parseTemplateImport(
  text: string,
): { ok: true; templates: ExportedTemplate[] } | { ok: false; errors: TemplateImportError[] } {
  const fail = (message: string) => ({ ok: false as const, errors: [{ message }] });
  if (text.length > MAX_IMPORT_FILE_CHARS) return fail('The file is too large to be a goal template export (at most 5 MB).');
  const json = parseJsonText(text);
  if (!json.ok) return fail(json.message);
  const data = json.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('The file is not a goal template export: it should contain one JSON object.');
  }
  const envelope = data as Record<string, unknown>;
  if (envelope.format !== TEMPLATE_EXPORT_FORMAT) {
    return fail(`The file is not a goal template export: its "format" should be "${TEMPLATE_EXPORT_FORMAT}".`);
  }
  if (envelope.version !== TEMPLATE_EXPORT_VERSION) {
    return typeof envelope.version === 'number' && envelope.version > TEMPLATE_EXPORT_VERSION
      ? fail(`The file is format version ${envelope.version}; this version of the extension reads version ${TEMPLATE_EXPORT_VERSION}. Update the extension to import it.`)
      : fail(`The file's "version" should be ${TEMPLATE_EXPORT_VERSION}.`);
  }
  const list = envelope.templates;
  if (!Array.isArray(list)) return fail('The file\'s "templates" should be a list of templates.');
  if (list.length === 0) return fail('The file contains no templates.');
  if (list.length > MAX_TEMPLATES_PER_FILE) {
    return fail(`The file contains ${list.length} templates; at most ${MAX_TEMPLATES_PER_FILE} can be imported at once.`);
  }

  const errors: TemplateImportError[] = [];
  const templates: ExportedTemplate[] = [];
  const firstIndexOfId = new Map<string, number>();
  list.forEach((raw, index) => {
    const number = index + 1;
    const templateName = nameOf(raw);
    const parsed = exportedTemplateSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [fieldError] = issue.path.length === 0
          ? [{ field: '', label: 'The template', message: 'should be an object with a name, category and description' }]
          : issue.path[0] === 'id'
            ? [{ field: 'id', label: 'Id', message: 'must be a non-empty text' }]
            : issuesToFieldErrors([issue], raw, locateTemplateIssue);
        if (fieldError) errors.push({ template: number, templateName, field: fieldError.field, message: describeFieldError(fieldError) });
      }
      return;
    }
    const { id } = parsed.data;
    if (id !== undefined) {
      const first = firstIndexOfId.get(id);
      if (first !== undefined) {
        errors.push({ template: number, templateName, field: 'id', message: `Id is the same as template ${first}'s; each template needs its own id.` });
        return;
      }
      firstIndexOfId.set(id, number);
    }
    templates.push(parsed.data);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, templates };
}

function nameOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const name = (raw as { name?: unknown }).name;
  return typeof name === 'string' && name.trim() ? name.trim().slice(0, 80) : undefined;
}

function contentOf(template: ExportedTemplate): TemplateDraft {
  const { id: _id, ...content } = template;
  return content;
}

/**
 * Imports a file all-or-nothing in one transaction. A template whose id is one of the user's, with
 * other content, is never overwritten unasked: without a choice for it, nothing is written and the
 * conflicts come back; with one, the user's version is kept, replaced, or kept beside the file's.
 * A template with a built-in's id is added as a copy (the product owns those). A template identical
 * to one already present is left alone, so importing the same file twice adds nothing.
 */
export async function importTemplates(
  text: string,
  db: MentoringDatabase = getDatabase(),
  choices: Readonly<Record<string, TemplateConflictChoice>> = {},
): Promise<TemplateImportResult> {
  const parsed = parseTemplateImport(text);
  if (!parsed.ok) return parsed;
  try {
    const outcomes = await db.transaction('rw', db.goalTemplates, async (): Promise<{ outcomes: TemplateImportOutcome[] } | { conflicts: TemplateConflict[] }> => {
      const known = await db.goalTemplates.toArray();
      const conflicts = findConflicts(parsed.templates, known).filter((conflict) => !choices[conflict.id]);
      if (conflicts.length > 0) return { conflicts };
      const results: TemplateImportOutcome[] = [];
      const now = nowIso();
      for (const incoming of parsed.templates) {
        const content = contentOf(incoming);
        const existing = incoming.id === undefined ? undefined : known.find((template) => template.id === incoming.id);
        if (existing && !existing.builtIn) {
          const twin = known.find((template) => holdsFileVersion(template, content));
          if (twin) {
            const note = twin === existing ? 'already up to date' : `already present as "${isolate(twin.name)}"`;
            results.push({ action: 'unchanged', id: twin.id, name: twin.name, note });
            continue;
          }
          const choice = choices[existing.id];
          if (choice === 'keep-mine') {
            results.push({ action: 'unchanged', id: existing.id, name: existing.name, note: 'your version was kept' });
            continue;
          }
          if (choice === 'keep-both') {
            const copy = newTemplate({ ...content, name: besideName(content.name, known) }, newId(), now);
            await db.goalTemplates.add(copy);
            known.push(copy);
            results.push({ action: 'copied', id: copy.id, name: copy.name, note: `added beside your "${isolate(existing.name)}"` });
            continue;
          }
          const updated: GoalTemplate = { ...existing, ...content, updatedAt: now };
          await db.goalTemplates.put(updated);
          Object.assign(existing, updated);
          results.push({ action: 'updated', id: updated.id, name: updated.name, note: 'replaced your version' });
          continue;
        }
        const twin = known.find((template) => sameTemplateContent(template, content));
        if (twin) {
          const note = twin.builtIn ? 'same as the built-in template' : `already present as "${isolate(twin.name)}"`;
          results.push({ action: 'unchanged', id: twin.id, name: twin.name, note });
          continue;
        }
        const keepsId = !existing && incoming.id !== undefined && !reservedIds.has(incoming.id);
        const created = newTemplate(content, keepsId ? incoming.id! : newId(), now);
        await db.goalTemplates.add(created);
        known.push(created);
        if (keepsId || incoming.id === undefined) results.push({ action: 'created', id: created.id, name: created.name });
        else {
          const note = existing
            ? `"${isolate(existing.name)}" is built in, so this was added as a separate template`
            : 'its id is reserved for a built-in template, so it was added as a separate template';
          results.push({ action: 'copied', id: created.id, name: created.name, note });
        }
      }
      return { outcomes: results };
    });
    return 'conflicts' in outcomes ? { ok: false, errors: [], conflicts: outcomes.conflicts } : { ok: true, outcomes: outcomes.outcomes };
  } catch (error) {
    return { ok: false, errors: [{ message: `Nothing was imported: ${messageOf(error)}` }] };
  }
}

function newTemplate(content: TemplateDraft, id: string, now: string): GoalTemplate {
  return { ...content, id, builtIn: false, archived: false, createdAt: now, updatedAt: now };
}

/** The file's templates that carry the id of one of the user's templates but say something else. */
function findConflicts(incoming: ExportedTemplate[], known: GoalTemplate[]): TemplateConflict[] {
  return incoming.flatMap((template) => {
    const mine = known.find((candidate) => candidate.id === template.id && !candidate.builtIn);
    const content = contentOf(template);
    // Nothing to decide when the file's version is already stored (as this template or beside it).
    if (!mine || known.some((candidate) => holdsFileVersion(candidate, content))) return [];
    const differences = (Object.keys(content) as (keyof TemplateDraft)[])
      .filter((key) => JSON.stringify(mine[key]) !== JSON.stringify(content[key]))
      .map((key) => templateFieldLabels[key] ?? key);
    return [{ id: mine.id, mine: mine.name, theirs: content.name, differences }];
  });
}

/** True when `template` is the file's version: the same, or the copy an earlier "keep both" made of it. */
function holdsFileVersion(template: GoalTemplate, content: TemplateDraft): boolean {
  const named = template.name === content.name || template.name.startsWith(`${content.name.slice(0, 280)} (imported`);
  return named && sameTemplateContent({ ...template, name: content.name }, content);
}

/** The file's name for a template kept beside the user's, told apart from it in lists. */
function besideName(name: string, known: GoalTemplate[]): string {
  const taken = new Set(known.map((template) => template.name));
  const base = name.slice(0, 280);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? `${base} (imported)` : `${base} (imported ${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

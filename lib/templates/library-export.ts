import { getDatabase, type MentoringDatabase } from '../db/database';
import { goalTemplateSchema, idSchema, nowIso, z, type GoalTemplate } from '../model';

export const TEMPLATE_EXPORT_FORMAT = 'mentoring-companion/goal-templates';
export const TEMPLATE_EXPORT_VERSION = 1;

/**
 * One template as it travels between people. The id lets a coordinator send an updated version
 * that replaces the earlier one; missing lists are read as empty so hand-written files stay short.
 */
export const exportedTemplateSchema = z.extend(z.pick(goalTemplateSchema, { name: true, category: true, description: true }), {
  id: z.optional(idSchema),
  defaultMilestones: z._default(goalTemplateSchema.shape.defaultMilestones, []),
  suggestedQuestions: z._default(goalTemplateSchema.shape.suggestedQuestions, []),
  successCriteria: z._default(goalTemplateSchema.shape.successCriteria, []),
});
export type ExportedTemplate = z.infer<typeof exportedTemplateSchema>;

export const MAX_TEMPLATES_PER_FILE = 500;

export interface TemplateExport {
  format: typeof TEMPLATE_EXPORT_FORMAT;
  version: typeof TEMPLATE_EXPORT_VERSION;
  exportedAt: string;
  templates: ExportedTemplate[];
}

function toExportedTemplate(template: GoalTemplate): ExportedTemplate {
  return {
    id: template.id,
    name: template.name,
    category: template.category,
    description: template.description,
    defaultMilestones: template.defaultMilestones,
    suggestedQuestions: template.suggestedQuestions,
    successCriteria: template.successCriteria,
  };
}

export function buildTemplateExport(templates: GoalTemplate[], exportedAt = nowIso()): TemplateExport {
  return {
    format: TEMPLATE_EXPORT_FORMAT,
    version: TEMPLATE_EXPORT_VERSION,
    exportedAt,
    templates: templates.map(toExportedTemplate),
  };
}

/**
 * The export of the given templates (in the order of `ids`), or of every template that is not
 * archived when `ids` is 'all-active'. Unknown ids are an error rather than a silently shorter file.
 */
export async function exportTemplates(
  ids: string[] | 'all-active',
  db: MentoringDatabase = getDatabase(),
): Promise<TemplateExport> {
  if (ids === 'all-active') {
    const all = await db.goalTemplates.orderBy('name').toArray();
    return buildTemplateExport(all.filter((template) => !template.archived));
  }
  const found = await db.goalTemplates.bulkGet(ids);
  const missing = ids.filter((_, index) => !found[index]);
  if (missing.length > 0) throw new Error(`${missing.length} of the selected templates no longer exist; reload the page and try again.`);
  return buildTemplateExport(found.filter((template): template is GoalTemplate => Boolean(template)));
}

export function templateExportJson(data: TemplateExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** goal-templates-2026-11-21.json (the local date, which is what the user expects to read). */
export function templateExportFileName(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `goal-templates-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

import { getDatabase, type MentoringDatabase } from '../db/database';
import type { GoalTemplate } from '../model';
import { builtInTemplates } from './built-in-templates';
import { sameTemplateContent } from './template-wording';

export interface SeedSummary {
  /** Ids of built-ins that were missing and are now stored. */
  added: string[];
  /** Ids of untouched built-ins whose wording this version of the product improved. */
  refreshed: string[];
}

/**
 * Makes sure every built-in template is stored; safe to run on every install and update.
 * A built-in the user archived, or that changed in any way since it was written (its updatedAt
 * moved past its createdAt), is never overwritten. An untouched one takes this version's wording:
 * for a built-in, createdAt is when the current edition of its text was written.
 */
export async function seedBuiltInTemplates(
  db: MentoringDatabase = getDatabase(),
  now: Date = new Date(),
): Promise<SeedSummary> {
  const templates = builtInTemplates(now.toISOString());
  return db.transaction('rw', db.goalTemplates, async () => {
    const stored = await db.goalTemplates.bulkGet(templates.map((template) => template.id));
    const added: GoalTemplate[] = [];
    const refreshed: GoalTemplate[] = [];
    templates.forEach((template, index) => {
      const existing = stored[index];
      if (!existing) added.push(template);
      else if (isUntouchedBuiltIn(existing) && !sameTemplateContent(existing, template)) refreshed.push(template);
    });
    await db.goalTemplates.bulkPut([...added, ...refreshed]);
    return { added: added.map((template) => template.id), refreshed: refreshed.map((template) => template.id) };
  });
}

function isUntouchedBuiltIn(template: GoalTemplate): boolean {
  return template.builtIn && !template.archived && template.updatedAt === template.createdAt;
}

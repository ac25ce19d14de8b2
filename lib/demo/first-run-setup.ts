import { getDatabase, type MentoringDatabase } from '../db/database';
import { getSettings, updateSettings } from '../settings/settings-store';
import { seedBuiltInTemplates } from '../templates/seed';
import { loadDemoData } from './demo-store';

export interface FirstRunOutcome {
  /** Built-in templates added or refreshed. */
  templates: number;
  demoLoaded: boolean;
}

/**
 * Runs whenever the options page opens. The built-in templates are brought up to date every time
 * (idempotent; user edits and archives are kept). Once, on the first run: with no calendar and no
 * pairing yet, the sample data shows the product working straight away. After that, removing the
 * demo data is final until the user loads it again.
 */
export async function prepareFirstRun(db: MentoringDatabase = getDatabase(), now: Date = new Date()): Promise<FirstRunOutcome> {
  const seeded = await seedBuiltInTemplates(db, now);
  const templates = seeded.added.length + seeded.refreshed.length;
  const settings = await getSettings(db);
  if (settings.firstRunDone) return { templates, demoLoaded: false };
  const nothingYet = settings.calendarSource === 'none' && (await db.pairings.count()) === 0;
  if (nothingYet) await loadDemoData(db, now);
  await updateSettings((current) => ({ ...current, firstRunDone: true }), db);
  return { templates, demoLoaded: nothingYet };
}

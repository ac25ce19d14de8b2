import { getDatabase, type MentoringDatabase } from '../db/database';
import { backupTableNames } from './backup-tables';

/**
 * Rows that are the user's (or the demo's) rather than the product's own: settings and the built-in
 * templates exist in every installation. A restore into a database without any asks nothing.
 */
export async function countOwnRows(db: MentoringDatabase = getDatabase()): Promise<number> {
  return db.transaction('r', backupTableNames.map((table) => db.table(table)), async () => {
    let rows = 0;
    for (const table of backupTableNames) {
      if (table === 'settings') continue;
      rows += table === 'goalTemplates' ? await db.goalTemplates.filter((template) => !template.builtIn).count() : await db.table(table).count();
    }
    return rows;
  });
}

import { defaultSettings } from '../../../lib/model';
import { heavyUserTables, type HeavyUserData } from '../../support/heavy-user';
import type { LaunchedExtension } from './browser';
import { putRows, readTable } from './extension-db';
import { sendFromPage } from './messages';

/** Cleared before seeding; built-in templates and feedback questions stay as the first run left them. */
const SEEDED_TABLES = ['pairings', 'goals', 'sessions', 'feedback', 'actionItems', 'events', 'syncStates', 'settings', 'detectionDecisions', 'pairingSuggestions'];
const CHUNK_ROWS = 4_000;

/**
 * Replaces the extension's data with the heavy user's (tests/support/heavy-user.ts), or with an
 * empty database, once the first run (welcome page, templates, sample data) is over; then lets the
 * background compute the pairing suggestions, as it does after a sync. `via` is an extension page
 * that writes nothing when it opens.
 */
export async function seedExtension(extension: LaunchedExtension, data: HeavyUserData | undefined, via = 'feedback.html'): Promise<void> {
  const page = await extension.openPage(via);
  for (let waited = 0; !(await readTable<{ value: { firstRunDone?: boolean } }>(page, 'settings'))[0]?.value.firstRunDone; waited += 250) {
    if (waited > 60_000) throw new Error('the first run never finished');
    await page.waitForTimeout(250);
  }
  for (const other of extension.context.pages()) if (other !== page) await other.close();
  await page.evaluate(clearTables, SEEDED_TABLES);
  const tables = data ? heavyUserTables(data) : [['settings', [{ key: 'app', value: { ...defaultSettings, firstRunDone: true } }]] as [string, object[]]];
  for (const [table, rows] of tables) {
    for (let start = 0; start < rows.length; start += CHUNK_ROWS) await putRows(page, table, rows.slice(start, start + CHUNK_ROWS));
  }
  await sendFromPage(page, 'refreshSuggestions');
  await page.close();
}

/** Empties the extension's tables (raw IndexedDB: no product code runs in the seeding page). */
async function clearTables(tables: string[]): Promise<void> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('mentoring-companion');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const transaction = database.transaction(tables, 'readwrite');
  for (const table of tables) transaction.objectStore(table).clear();
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  database.close();
}

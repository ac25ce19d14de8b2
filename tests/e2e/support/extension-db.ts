import type { Page } from 'playwright-core';

/**
 * Reads a table of the extension's IndexedDB from one of its pages, with the raw IndexedDB API, so
 * tests see exactly what the product stored (no product code is bundled for tests).
 */
export async function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (storeName) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('mentoring-companion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains(storeName)) {
            database.close();
            resolve([]);
            return;
          }
          const request = database.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            database.close();
            resolve(request.result as T[]);
          };
        };
      }),
    table,
  );
}

/** Polls until `predicate` holds for the table's rows; fails with what it last saw. */
export async function waitForRows<T = Record<string, unknown>>(
  page: Page,
  table: string,
  predicate: (rows: T[]) => boolean,
  timeoutMs = 60_000,
): Promise<T[]> {
  const deadline = Date.now() + timeoutMs;
  let rows: T[] = [];
  while (Date.now() < deadline) {
    rows = await readTable<T>(page, table);
    if (predicate(rows)) return rows;
    await page.waitForTimeout(250);
  }
  throw new Error(`table ${table} never reached the expected state; last saw ${rows.length} rows`);
}

/** Writes rows straight into the extension's IndexedDB, as another of its pages would (rows must be valid). */
export async function putRows(page: Page, table: string, rows: unknown[]): Promise<void> {
  await page.evaluate(
    ({ storeName, values }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('mentoring-companion');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(storeName, 'readwrite');
          for (const value of values) transaction.objectStore(storeName).put(value);
          transaction.oncomplete = () => {
            open.result.close();
            done();
          };
          transaction.onerror = () => fail(transaction.error);
        };
      }),
    { storeName: table, values: rows },
  );
}

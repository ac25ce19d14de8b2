import type { Page } from 'playwright-core';

/** One IndexedDB request of a page, with how many rows (or keys) it handed back. */
export interface IdbRead {
  store: string;
  index: string;
  method: string;
  rows: number;
}

/**
 * Installed before a page's own scripts: counts what every IndexedDB request hands back (a getAll's
 * rows, a cursor's steps, a get's row), whatever library made it. Read them with `idbReads(page)`.
 */
export function countIdbReads(): void {
  const reads: IdbRead[] = [];
  (globalThis as unknown as { __idbReads: IdbRead[] }).__idbReads = reads;
  const sourceOf = (target: IDBObjectStore | IDBIndex) =>
    target instanceof IDBIndex ? { store: target.objectStore.name, index: target.name } : { store: target.name, index: '' };
  const wrap = (proto: IDBObjectStore | IDBIndex, method: 'get' | 'getAll' | 'getAllKeys' | 'openCursor' | 'openKeyCursor') => {
    const original = (proto as unknown as Record<string, (...args: unknown[]) => IDBRequest>)[method]!;
    (proto as unknown as Record<string, unknown>)[method] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
      const request = original.apply(this, args);
      const read: IdbRead = { ...sourceOf(this), method, rows: 0 };
      reads.push(read);
      request.addEventListener('success', () => {
        const result = request.result as unknown;
        if (method.startsWith('open')) read.rows += result ? 1 : 0;
        else if (Array.isArray(result)) read.rows += result.length;
        else read.rows += result === undefined ? 0 : 1;
      });
      return request;
    };
  };
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const method of ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor'] as const) wrap(proto, method);
  }
}

export async function idbReads(page: Page): Promise<IdbRead[]> {
  return page.evaluate(() => (globalThis as unknown as { __idbReads: IdbRead[] }).__idbReads);
}

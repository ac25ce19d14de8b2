import type { StorageAreaLike } from './auth';

export interface StorageChangeEvents {
  addListener(callback: (changes: Record<string, unknown>, areaName: string) => void): void;
}

/**
 * An extension storage area read through a memory cache: the sync asks for the account, the
 * chosen calendars and the token on every run, and each storage call costs a round trip to the
 * browser. Changes made by any context (this one included) drop the cached keys.
 */
export function cachedStorageArea(area: StorageAreaLike, areaName: string, changes: StorageChangeEvents): StorageAreaLike {
  const cache = new Map<string, unknown>();
  changes.addListener((changed, changedArea) => {
    if (changedArea !== areaName) return;
    for (const key of Object.keys(changed)) cache.delete(key);
  });
  return {
    async get(key) {
      if (!cache.has(key)) cache.set(key, (await area.get(key))[key]);
      const value = cache.get(key);
      return value === undefined ? {} : { [key]: structuredClone(value) };
    },
    async set(items) {
      await area.set(items);
      for (const [key, value] of Object.entries(items)) cache.set(key, structuredClone(value));
    },
    async remove(key) {
      await area.remove(key);
      cache.set(key, undefined);
    },
  };
}

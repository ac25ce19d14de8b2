import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dismissWelcome, isWelcomeDismissed } from '../../lib/settings/welcome';
import { storageItems } from '../../lib/storage/storage-items';
import { LEGACY_STORAGE_KEYS, STORAGE_KEYS } from '../../lib/storage/storage-keys';

const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the keys of extension storage', () => {
  it('are named <domain>.<what>, each once', () => {
    const keys = Object.values(STORAGE_KEYS);
    for (const key of keys) expect(key).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('are the keys of every defined storage item', () => {
    const known = new Set<string>(Object.values(STORAGE_KEYS));
    for (const item of Object.values(storageItems)) expect(known).toContain(item.key.replace(/^(local|session):/, ''));
  });

  it('are written nowhere else: no product code names a key or defines an item outside lib/storage', () => {
    const offenders: string[] = [];
    for (const dir of ['lib', 'components', 'entrypoints']) {
      for (const file of sourceFiles(join(ROOT, dir))) {
        const path = relative(ROOT, file);
        if (path.startsWith('lib/storage/')) continue;
        const text = readFileSync(file, 'utf8');
        if (/defineItem\s*\(/.test(text)) offenders.push(`${path}: defines a storage item`);
        if (/storage\.(local|session|sync)\.(get|set|remove)\(\s*(\[\s*)?\{?\s*['"`]/.test(text)) offenders.push(`${path}: names a storage key`);
        if (/\bstorage\.(local|session|sync|onChanged)\b/.test(text) && /\bconst \w*KEY\w* = ['"`]/.test(text)) offenders.push(`${path}: names a storage key`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('the welcome, across the rename of its key', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stays closed for a user who closed it under the earlier name, and the earlier name goes once closed again', async () => {
    expect(await isWelcomeDismissed()).toBe(false);
    await fakeBrowser.storage.local.set({ [LEGACY_STORAGE_KEYS.welcomeDismissed]: true });
    expect(await isWelcomeDismissed()).toBe(true);

    await dismissWelcome();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored).toEqual({ [STORAGE_KEYS.welcomeDismissed]: true });
    expect(await isWelcomeDismissed()).toBe(true);
  });
});

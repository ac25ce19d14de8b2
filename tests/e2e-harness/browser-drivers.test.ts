import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  dependencies?: Record<string, string>;
  hasInstallScript?: boolean;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> };

/** Every installed package that `name` pulls in (itself included), as npm resolves them from the root. */
function closure(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const entry = lock.packages[`node_modules/${name}`];
  for (const dependency of Object.keys(entry?.dependencies ?? {})) closure(dependency, seen);
  return seen;
}

describe('the e2e browser drivers', () => {
  it('install no browser: nothing that playwright-core or puppeteer-core pulls in runs an install script', () => {
    const drivers = [...closure('playwright-core'), ...closure('puppeteer-core')];
    expect(drivers).toContain('puppeteer-core');
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => entry.hasInstallScript && drivers.some((name) => path.endsWith(`node_modules/${name}`)))
      .map(([path]) => path);
    expect(withScripts).toEqual([]);
    // The full packages download a browser of their own when installed; the tests drive Debian's.
    expect(lock.packages['node_modules/puppeteer']).toBeUndefined();
    expect(lock.packages['node_modules/playwright']).toBeUndefined();
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The Firefox build reads ICS calendars the way the Chrome build does: in a dedicated worker (the
 * same script, with the same bounds), never on its background page, which carries no ical.js.
 */
const FIREFOX_DIR = resolve('.output/firefox-mv2');

beforeAll(() => {
  const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    stdio: 'inherit',
    env: { ...process.env, WXT_GOOGLE_CLIENT_ID: process.env.WXT_GOOGLE_CLIENT_ID || 'e2e-client.apps.googleusercontent.com' },
  });
  if (build.status !== 0) throw new Error('the Firefox build failed');
});

describe('the Firefox build', () => {
  it('parses ICS in the worker script, which alone carries ical.js', () => {
    const background = readFileSync(join(FIREFOX_DIR, 'background.js'), 'utf8');
    expect(background).not.toContain('ICAL');
    expect(background).toContain('/ics-parse-worker.js');
    const worker = join(FIREFOX_DIR, 'ics-parse-worker.js');
    expect(existsSync(worker)).toBe(true);
    expect(readFileSync(worker, 'utf8')).toContain('ICAL');
  });

  it('has no Chrome-only parts: no offscreen document, no oauth2 key', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).not.toHaveProperty('oauth2');
    expect(JSON.stringify(manifest.permissions)).not.toContain('offscreen');
    expect(existsSync(join(FIREFOX_DIR, 'ics-parser.html'))).toBe(false);
  });
});

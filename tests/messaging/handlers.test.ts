import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { startBackground } from '../../lib/background/background-starts';
import { registerMessageHandlers, unhandledMessages } from '../../lib/messaging/register';

describe('messages between the pages and the background', () => {
  it('has a handler for every message once the background has started what it starts', () => {
    expect(unhandledMessages().length).toBeGreaterThan(0);
    // The in-memory browser has no manifest; the real one is built by WXT.
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Mentoring Companion', version: '0.1.0' });
    // The list entrypoints/background.ts starts.
    expect(startBackground()).toEqual([]);
    expect(unhandledMessages()).toEqual([]);
  });

  it('is started by the background entry point through that one list, and nothing besides', () => {
    const entry = readFileSync(join(__dirname, '../../entrypoints/background.ts'), 'utf8');
    expect(entry).toMatch(/\bstartBackground\(\)/);
    expect(entry.match(/\bstart\w*\(/g)).toEqual(['startBackground(']);
  });

  it('refuses a second handler for the same message', () => {
    expect(() => registerMessageHandlers({ syncNow: () => ({ calendars: 0, added: 0, updated: 0, removed: 0, skipped: 0, errors: [] }) })).toThrow(
      /"syncNow" already has a handler/,
    );
  });
});

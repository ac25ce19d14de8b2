import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { startCalendarSources } from '../../lib/background/sync-everything';
import { startFirstRun } from '../../lib/demo/first-run';
import { startGooglePages } from '../../lib/background/google-pages-start';
import { registerMessageHandlers, unhandledMessages } from '../../lib/messaging/register';
import { startSidePanelBehavior } from '../../lib/background/side-panel-behavior';
import { startSessionsAndPrompts } from '../../lib/background/sessions-start';

describe('messages between the pages and the background', () => {
  it('has a handler for every message once the background has started what it starts', () => {
    expect(unhandledMessages().length).toBeGreaterThan(0);
    // The in-memory browser has no manifest; the real one is built by WXT.
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Mentoring Companion', version: '0.1.0' });
    // The same list as entrypoints/background.ts.
    startCalendarSources();
    startSidePanelBehavior();
    startSessionsAndPrompts();
    startFirstRun();
    startGooglePages();
    expect(unhandledMessages()).toEqual([]);
  });

  it('refuses a second handler for the same message', () => {
    expect(() => registerMessageHandlers({ syncNow: () => ({ calendars: 0, added: 0, updated: 0, removed: 0, skipped: 0, errors: [] }) })).toThrow(
      /"syncNow" already has a handler/,
    );
  });
});

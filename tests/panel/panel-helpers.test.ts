import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { MentoringDatabase } from '../../lib/db/database';
import { createDebouncedSaver, type SaveStatus } from '../../lib/forms/debounced-saver';
import { meetCodeOf, safeMeetLink } from '../../lib/panel/meet-link';
import { findPairingByMeetCode } from '../../lib/panel/meet-session';
import { requestedMoment } from '../../lib/panel/moment';
import { startSidePanelBehavior } from '../../lib/panel/side-panel-behavior';
import { aPairing, aSession } from '../support/factories';

describe('Meet links from calendar text', () => {
  it('accepts real Google Meet links over https', () => {
    expect(safeMeetLink('https://meet.google.com/abc-defg-hij')).toBe('https://meet.google.com/abc-defg-hij');
    expect(safeMeetLink(' https://meet.google.com/abc-defg-hij?authuser=1 ')).toBe(
      'https://meet.google.com/abc-defg-hij?authuser=1',
    );
    expect(meetCodeOf('https://meet.google.com/ABC-defg-hij')).toBe('abc-defg-hij');
  });

  it.each([
    ['javascript:alert(1)'],
    ['http://meet.google.com/abc-defg-hij'],
    ['https://meet.google.com.evil.example/abc-defg-hij'],
    ['https://evil.example/meet.google.com/abc-defg-hij'],
    ['https://user@meet.google.com/abc-defg-hij'],
    ['https://meet.google.com/'],
    ['not a url'],
    [''],
  ])('refuses %j', (link) => {
    expect(safeMeetLink(link)).toBeUndefined();
  });
});

describe('following the Meet call', () => {
  let db: MentoringDatabase | undefined;

  it("finds the pairing of today's session with that meeting code", async () => {
    db = freshDatabase('meet');
    await db.pairings.bulkPut([aPairing(), aPairing({ id: 'p-ben', title: 'Ben' })]);
    const now = Date.parse('2026-11-21T10:00:00Z');
    await db.sessions.bulkPut([
      aSession({ id: 's-ana', start: '2026-11-21T10:00:00Z', end: '2026-11-21T10:45:00Z' }),
      aSession({
        id: 's-ben',
        pairingId: 'p-ben',
        start: '2026-11-21T09:55:00Z',
        end: '2026-11-21T10:40:00Z',
        calendar: { eventKey: 'k', eventId: 'e', seriesId: 's', title: 'Ben', present: true, meetLink: 'https://meet.google.com/xyz-abcd-efg' },
      }),
    ]);
    expect(await findPairingByMeetCode('XYZ-ABCD-EFG', now, db)).toBe('p-ben');
    expect(await findPairingByMeetCode('nop-qrst-uvw', now, db)).toBeUndefined();
  });
});

describe('debounced saving', () => {
  it('saves only the latest text once typing pauses, and reports saving then saved', async () => {
    vi.useFakeTimers();
    try {
      const saved: string[] = [];
      const statuses: SaveStatus[] = [];
      const saver = createDebouncedSaver(async (text: string) => void saved.push(text), {
        delayMs: 500,
        onStatus: (status) => statuses.push(status),
      });
      saver.schedule('H');
      saver.schedule('He');
      saver.schedule('Hello');
      expect(saved).toEqual([]);
      await vi.runAllTimersAsync();
      expect(saved).toEqual(['Hello']);
      expect(statuses.at(-1)).toBe('saved');
      expect(saver.hasUnsaved()).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('flushes at once on blur, and keeps a failed value to retry instead of dropping it', async () => {
    let fail = true;
    const saved: string[] = [];
    const statuses: SaveStatus[] = [];
    const saver = createDebouncedSaver(
      async (text: string) => {
        if (fail) throw new Error('disk full');
        saved.push(text);
      },
      { delayMs: 60_000, onStatus: (status) => statuses.push(status) },
    );
    saver.schedule('Important');
    await saver.flush();
    expect(statuses.at(-1)).toBe('error');
    expect(saver.hasUnsaved()).toBe(true);
    fail = false;
    await saver.flush();
    expect(saved).toEqual(['Important']);
    expect(statuses.at(-1)).toBe('saved');
  });
});

describe('startSidePanelBehavior', () => {
  type Apis = { sidePanel?: unknown; sidebarAction?: unknown; browserAction?: unknown; action?: unknown };
  const apis = browser as unknown as Apis;
  afterEach(() => {
    fakeBrowser.reset();
    delete apis.sidePanel;
    delete apis.sidebarAction;
    delete apis.browserAction;
  });

  it('makes the toolbar button open the side panel where the browser has the API', async () => {
    const setPanelBehavior = vi.fn(async () => {});
    (browser as unknown as { sidePanel?: unknown }).sidePanel = { setPanelBehavior };
    startSidePanelBehavior();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('makes the toolbar button toggle the sidebar in Firefox (MV2 browserAction)', () => {
    const toggle = vi.fn(async () => {});
    let click: (() => void) | undefined;
    const mv3Action = apis.action;
    apis.action = undefined;
    apis.sidebarAction = { toggle };
    apis.browserAction = { onClicked: { addListener: (listener: () => void) => (click = listener) } };
    try {
      startSidePanelBehavior();
    } finally {
      apis.action = mv3Action;
    }
    expect(toggle).not.toHaveBeenCalled();
    click?.();
    expect(toggle).toHaveBeenCalledOnce();
  });

  it('does nothing (and does not throw) where the browser has neither side panel nor sidebar API', () => {
    delete (browser as unknown as { sidePanel?: unknown }).sidePanel;
    expect(() => startSidePanelBehavior()).not.toThrow();
  });
});

describe('the session the panel was asked to show', () => {
  const now = Date.parse('2026-11-21T10:00:00Z');
  const next = aSession({ id: 'next', start: '2026-11-22T10:00:00Z', end: '2026-11-22T10:45:00Z' });
  const later = aSession({ id: 'later', start: '2026-12-06T10:00:00Z', end: '2026-12-06T10:45:00Z' });
  const soon = aSession({ id: 'soon', start: '2026-11-21T11:00:00Z', end: '2026-11-21T11:45:00Z' });
  const past = aSession({ id: 'past', start: '2026-11-07T10:00:00Z', end: '2026-11-07T10:45:00Z' });

  it('is that session while it has not ended, even when another comes first', () => {
    expect(requestedMoment([past, next, later], 'later', now)).toEqual({ kind: 'next', session: later });
    expect(requestedMoment([soon, later], 'soon', now)).toEqual({ kind: 'before', session: soon });
    expect(requestedMoment([soon], 'soon', Date.parse(soon.start) + 60_000)).toEqual({ kind: 'during', session: soon });
  });

  it('leaves the panel its own moment for an ended, cancelled or unknown session', () => {
    const cancelled = { ...later, status: 'cancelled' as const };
    expect(requestedMoment([past, next], 'past', now)).toBeUndefined();
    expect(requestedMoment([next, cancelled], 'later', now)).toBeUndefined();
    expect(requestedMoment([next, later], 'gone', now)).toBeUndefined();
    expect(requestedMoment([next, later], undefined, now)).toBeUndefined();
  });

  it('stays on a session whose Meet call runs over its calendar end', () => {
    const overrun = { ...past, call: { meetCode: 'abc-defg-hij', joinedAt: past.start, lastSeenAt: past.end } };
    expect(requestedMoment([overrun, next], 'past', Date.parse(past.end) + 20 * 60_000)).toEqual({ kind: 'during', session: overrun });
  });
});

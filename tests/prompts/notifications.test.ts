import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildNotification, handleNotificationClick, type PromptNotification } from '../../lib/prompts/notifications';
import { aPairing, aSession } from '../support/factories';

const session = aSession({ id: 's-1' });
const pairing = aPairing();
const chrome = { buttons: true, iconUrl: 'chrome-extension://id/icon/128.png' };
const firefox = { buttons: false, iconUrl: 'moz-extension://id/icon/128.png' };

type PanelApis = { sidePanel?: { open: ReturnType<typeof vi.fn> }; sidebarAction?: { open: ReturnType<typeof vi.fn> } };
const panelApis = fakeBrowser as unknown as PanelApis;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  delete panelApis.sidePanel;
  delete panelApis.sidebarAction;
  vi.restoreAllMocks();
});

describe('buildNotification', () => {
  const prompts: PromptNotification[] = [
    { kind: 'start', session, pairing, minutesLeft: 5 },
    { kind: 'feedback', session, pairing },
    { kind: 'feedback-summary', oldest: session, oldestPairing: pairing, count: 3 },
  ];

  it('gives Chrome a button for the main action', () => {
    const [start, feedback, summary] = prompts.map((prompt) => buildNotification(prompt, chrome));
    expect(start).toMatchObject({ id: 'start:s-1', options: { title: 'Starting in 5 min: Ana / Jordan', buttons: [{ title: 'Open panel' }] } });
    expect(start!.options.message).toContain('Ana Silva mentoring');
    expect(feedback).toMatchObject({ id: 'feedback:s-1', options: { title: 'How did it go?', buttons: [{ title: 'Give feedback' }] } });
    expect(summary).toMatchObject({
      id: 'feedback-summary:s-1',
      options: { title: '3 sessions are waiting for feedback', buttons: [{ title: 'Give feedback' }] },
    });
    for (const built of [start, feedback, summary]) expect(built!.options).toMatchObject({ type: 'basic', iconUrl: chrome.iconUrl });
  });

  it('gives Firefox no buttons: the text says that a click does it', () => {
    const [start, feedback, summary] = prompts.map((prompt) => buildNotification(prompt, firefox));
    for (const built of [start, feedback, summary]) expect(built!.options.buttons).toBeUndefined();
    expect(start!.options.message).toMatch(/Click to open the panel\.$/);
    expect(feedback!.options.message).toMatch(/Click to give feedback\.$/);
    expect(summary!.options.message).toMatch(/Click to start with the oldest\.$/);
  });

  it('says "now" when there is no time left', () => {
    expect(buildNotification({ kind: 'start', session, pairing, minutesLeft: 0 }, chrome).options.title).toBe('Starting now: Ana / Jordan');
  });
});

describe('handleNotificationClick', () => {
  it('opens the feedback popup window of the session and withdraws the notification', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.create('feedback:s-1', { type: 'basic', iconUrl: '', title: 't', message: 'm' });

    await handleNotificationClick('feedback:s-1');

    expect(create).toHaveBeenCalledWith({
      url: 'chrome-extension://test-extension-id/feedback.html?session=s-1',
      type: 'popup',
      width: 420,
      height: 720,
    });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('opens the oldest session for the summary', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await handleNotificationClick('feedback-summary:s-old');
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('/feedback.html?session=s-old') }));
  });

  it('opens the Chrome side panel within the click itself (before anything is awaited)', async () => {
    panelApis.sidePanel = { open: vi.fn().mockResolvedValue(undefined) };

    const click = handleNotificationClick('start:s-1');

    expect(panelApis.sidePanel.open).toHaveBeenCalledWith({ windowId: fakeBrowser.windows.WINDOW_ID_CURRENT });
    await click;
  });

  it('opens the Firefox sidebar', async () => {
    panelApis.sidebarAction = { open: vi.fn().mockResolvedValue(undefined) };

    const click = handleNotificationClick('start:s-1');

    expect(panelApis.sidebarAction.open).toHaveBeenCalled();
    await click;
  });

  it('opens the panel in a window when the browser refuses to open the side panel', async () => {
    panelApis.sidePanel = { open: vi.fn().mockRejectedValue(new Error('may only be called in response to a user gesture')) };
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    await handleNotificationClick('start:s-1');

    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('/sidepanel.html'), type: 'popup' }));
  });

  it('ignores notifications that are not ours', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await handleNotificationClick('something-else');
    expect(create).not.toHaveBeenCalled();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openFeedbackPopup } from '../../components/side-panel/open-feedback';
import { openFeedbackWindow } from '../../lib/prompts/open';

vi.mock('../../lib/messaging/api', () => ({ sendMessage: vi.fn().mockRejectedValue(new Error('Could not establish connection.')) }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the feedback window', () => {
  it('is the same page at the same size whether the background or the side panel (background asleep) opens it', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await openFeedbackWindow('s 1');
    const opened = create.mock.calls[0]![0]!;

    const open = vi.fn();
    vi.stubGlobal('window', { open });
    await openFeedbackPopup('s 1');

    expect(open).toHaveBeenCalledTimes(1);
    const [url, , features] = open.mock.calls[0] as [string, string, string];
    expect(url).toBe(opened.url);
    expect(url).toMatch(/\/feedback\.html\?session=s%201$/);
    expect(features).toBe(`popup,width=${opened.width},height=${opened.height}`);
  });
});

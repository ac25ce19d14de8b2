import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './support/browser';

let extension: LaunchedExtension;
beforeAll(async () => {
  extension = await launchExtension();
});
afterAll(async () => {
  await extension?.close();
});

describe('the built extension in Chromium', () => {
  it('starts its service worker', async () => {
    expect(extension.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await extension.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Mentoring Companion');
  });
});

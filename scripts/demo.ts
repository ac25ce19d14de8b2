/**
 * `npm run demo`: builds the extension, starts the Calendar API emulator with the sample mentoring
 * calendar, and opens Chromium with the extension loaded (the demo data loads on first run).
 * `npm run demo -- --headless --screenshots DIR` writes PNGs of the three surfaces instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { startEmulator } from '../tools/calendar-emulator/index';
import { launchExtension, type LaunchedExtension } from '../tests/e2e/support/browser';
import { waitForRows } from '../tests/e2e/support/extension-db';

const { values } = parseArgs({
  options: { headless: { type: 'boolean', default: false }, screenshots: { type: 'string' } },
});
if (!values.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display to open Chromium on. Run: npm run demo -- --headless --screenshots out');
  process.exit(2);
}

const build = spawnSync('npx', ['wxt', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, WXT_GOOGLE_CLIENT_ID: process.env.WXT_GOOGLE_CLIENT_ID || 'demo.apps.googleusercontent.com' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const emulator = await startEmulator({ dataFile: resolve('tools/calendar-emulator/data/sample-mentoring.json') });
const googleHosts = ['www.googleapis.com', 'accounts.google.com', 'oauth2.googleapis.com'];
const extension = await launchExtension({
  headless: values.headless,
  mapHosts: Object.fromEntries(googleHosts.map((host) => [host, emulator.httpsPort!])),
});

try {
  const options = await extension.openPage('options.html');
  await waitForRows(options, 'pairings', (rows) => rows.length > 0);
  if (values.screenshots) {
    await writeScreenshots(extension, options, resolve(values.screenshots));
  } else {
    await extension.openPage('sidepanel.html');
    console.log('Chromium is open with Mentoring Companion and its demo data.');
    console.log(`"Sign in with Google" reaches the Calendar emulator (sample calendar, port ${emulator.httpsPort}).`);
    console.log('Close the browser window to stop.');
    await new Promise<void>((done) => extension.context.on('close', () => done()));
  }
} finally {
  await extension.close().catch(() => undefined);
  await emulator.close();
}

async function writeScreenshots(extension: LaunchedExtension, options: Page, directory: string): Promise<void> {
  mkdirSync(directory, { recursive: true });
  const sessions = await waitForRows<{ id: string; end: string; status: string }>(options, 'sessions', (rows) =>
    rows.some((session) => Date.parse(session.end) < Date.now()),
  );
  const lastEnded = sessions
    .filter((session) => Date.parse(session.end) < Date.now() && session.status !== 'cancelled')
    .sort((a, b) => Date.parse(b.end) - Date.parse(a.end))[0]!;

  await options.setViewportSize({ width: 1100, height: 900 });
  await settle(options);
  await options.screenshot({ path: resolve(directory, 'options.png'), fullPage: true });

  const panel = await extension.openPage('sidepanel.html');
  await panel.setViewportSize({ width: 320, height: 900 });
  await settle(panel);
  await panel.screenshot({ path: resolve(directory, 'side-panel.png'), fullPage: true });

  const feedback = await extension.openPage(`feedback.html?session=${encodeURIComponent(lastEnded.id)}`);
  await feedback.setViewportSize({ width: 420, height: 720 });
  await settle(feedback);
  // The picture shows the whole form, as it opens up once the user says the session was held.
  await feedback.getByRole('radio', { name: 'Held' }).check();
  await feedback.screenshot({ path: resolve(directory, 'feedback-popup.png'), fullPage: true });
  console.log(`Wrote side-panel.png, feedback-popup.png and options.png to ${directory}`);
}

/** Lets the page render what it reads from IndexedDB before the picture is taken. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('#app > *').first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForTimeout(500);
}

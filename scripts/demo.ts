/**
 * `npm run demo`: builds the extension, starts the Calendar API emulator with the sample mentoring
 * calendar, and opens Chromium with the extension loaded (the demo data loads on first run).
 * `npm run demo -- --headless --screenshots DIR` writes first-screen PNGs instead: the side panel at
 * 320 px before, during and after a session in both themes, the feedback form and the options page.
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

interface DemoSession {
  id: string;
  pairingId: string;
  start: string;
  end: string;
  status: string;
}

/**
 * First-screen pictures (no scrolling) of what a user sees: the side panel at 320 × 800 before,
 * during and after the sample session that starts within a day, in the light and the dark theme,
 * the feedback form in its window, and the options page. The panel's clock is fixed at each moment
 * (Playwright's clock), so the product's own code runs unchanged.
 */
async function writeScreenshots(extension: LaunchedExtension, options: Page, directory: string): Promise<void> {
  mkdirSync(directory, { recursive: true });
  const MINUTE = 60_000;
  const sessions = await waitForRows<DemoSession>(options, 'sessions', (rows) =>
    rows.some((session) => session.status === 'scheduled' && Date.parse(session.start) > Date.now()),
  );
  const next = sessions
    .filter((session) => session.status === 'scheduled' && Date.parse(session.start) > Date.now())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0]!;
  const moments = {
    before: Date.parse(next.start) - 40 * MINUTE,
    during: Date.parse(next.start) + 12 * MINUTE,
    after: Date.parse(next.end) + 8 * MINUTE,
  };
  const written: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    for (const [moment, time] of Object.entries(moments)) {
      const panel = await extension.context.newPage();
      await panel.clock.setFixedTime(time);
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.setViewportSize({ width: 320, height: 800 });
      await panel.goto(`chrome-extension://${extension.extensionId}/sidepanel.html?pairing=${encodeURIComponent(next.pairingId)}`);
      await settle(panel, `[data-moment="${moment}"]`);
      written.push(await shoot(panel, directory, `panel-${moment}-${scheme}.png`));
      await panel.close();
    }
    const feedback = await extension.context.newPage();
    await feedback.clock.setFixedTime(moments.after);
    await feedback.emulateMedia({ colorScheme: scheme });
    await feedback.setViewportSize({ width: 420, height: 720 });
    await feedback.goto(`chrome-extension://${extension.extensionId}/feedback.html?session=${encodeURIComponent(next.id)}`);
    await settle(feedback, 'form');
    // As the user sees it once they said the session was held (focus starts on "Held").
    await feedback.keyboard.press('Space');
    await feedback.waitForTimeout(300);
    written.push(await shoot(feedback, directory, `feedback-form-${scheme}.png`));
    await feedback.close();
  }
  await options.setViewportSize({ width: 1100, height: 900 });
  await settle(options, '.options');
  written.push(await shoot(options, directory, 'options.png'));
  console.log(`Wrote ${written.join(', ')} to ${directory}`);
}

async function shoot(page: Page, directory: string, name: string): Promise<string> {
  // The first screen only: what the user sees without scrolling.
  await page.screenshot({ path: resolve(directory, name), fullPage: false });
  return name;
}

/** Lets the page render what it reads from IndexedDB before the picture is taken. */
async function settle(page: Page, ready: string): Promise<void> {
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForTimeout(700);
}

/**
 * `npx tsx scripts/google-pages-screenshots.ts [DIR]`: builds the extension and writes PNGs of what
 * it adds to Google Calendar and Google Meet, taken on the fixture pages (tests/e2e/support/google-pages)
 * with the demo data: docs/images/ by default, as the README shows them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CalendarEventCopy, Pairing, Session } from '../lib/model';
import { launchExtension } from '../tests/e2e/support/browser';
import { putRows, readTable, waitForRows } from '../tests/e2e/support/extension-db';
import { googlePagesHostMap, startGooglePagesFixture } from '../tests/e2e/support/google-pages/server';

const outDir = resolve(process.argv[2] ?? 'docs/images');
const DAY_MS = 86_400_000;

const build = spawnSync('npx', ['wxt', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, WXT_GOOGLE_CLIENT_ID: process.env.WXT_GOOGLE_CLIENT_ID || 'demo.apps.googleusercontent.com' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const fixture = await startGooglePagesFixture();
const extension = await launchExtension({ mapHosts: googlePagesHostMap(fixture.port) });
try {
  mkdirSync(outDir, { recursive: true });
  const options = await extension.openPage('options.html');
  await waitForRows(options, 'pairings', (rows) => rows.length === 6);
  const sessions = await waitForRows<Session>(options, 'sessions', (rows) => rows.length > 20);
  const now = Date.now();
  const copies = (await readTable<CalendarEventCopy>(options, 'events')).filter((copy) => Math.abs(copy.startMs - now) < 30 * DAY_MS && copy.event.htmlLink);
  fixture.setCalendar({
    today: new Date(now).toISOString(),
    events: copies.map((copy) => ({
      eventId: new URL(copy.event.htmlLink!).searchParams.get('eid')!,
      title: copy.event.summary ?? '',
      start: new Date(copy.startMs).toISOString(),
      end: new Date(copy.endMs).toISOString(),
    })),
  });

  // Calendar: the month view with its badges, and a session's dialog with "Mentoring notes".
  const calendar = await extension.context.newPage();
  await calendar.setViewportSize({ width: 1280, height: 760 });
  await calendar.goto('https://calendar.google.com/calendar/u/0/r/month');
  await calendar.locator('[data-mentoring-companion="badge"][data-kind="session"]').first().waitFor();
  // A session on the left, so that its dialog opens beside it and leaves the rest in view.
  const sessionEvents = calendar.locator('[role="button"][data-eventid]:has(> [data-mentoring-companion="badge"][data-kind="session"])');
  for (const event of await sessionEvents.all()) {
    const box = await event.boundingBox();
    if (box && box.x < 400 && box.y > 250) {
      await event.click({ position: { x: 30, y: 8 } });
      break;
    }
  }
  await calendar.locator('[role="dialog"] [data-mentoring-companion="dialog-actions"]').waitFor();
  await calendar.waitForTimeout(300);
  await calendar.screenshot({ path: join(outDir, 'calendar-badges-and-dialog.png') });

  // Meet: a call of a session that is on now.
  const ana = (await readTable<Pairing>(options, 'pairings')).find((pairing) => pairing.participants.some((person) => person.name === 'Ana Silva'))!;
  const template = sessions.find((session) => session.pairingId === ana.id && session.calendar)!;
  const stamp = new Date(now).toISOString();
  await putRows(options, 'sessions', [
    { ...template, id: 'screenshot-call', start: new Date(now - 10 * 60_000).toISOString(), end: new Date(now + 35 * 60_000).toISOString(), status: 'scheduled', feedbackPrompt: undefined, calendar: { ...template.calendar!, eventKey: 'demo:sample|screenshot-call', eventId: 'screenshot-call', meetLink: 'https://meet.google.com/abc-defg-hij' }, createdAt: stamp, updatedAt: stamp },
  ]);
  const meet = await extension.context.newPage();
  await meet.setViewportSize({ width: 900, height: 560 });
  await meet.goto('https://meet.google.com/abc-defg-hij');
  await meet.getByRole('button', { name: 'Join now' }).click();
  await meet.locator('[data-mentoring-companion="meet-bar"]').waitFor();
  await meet.waitForTimeout(1_500);
  await meet.screenshot({ path: join(outDir, 'meet-bar.png') });
  console.log(`Wrote ${join(outDir, 'calendar-badges-and-dialog.png')} and ${join(outDir, 'meet-bar.png')}`);
} finally {
  await extension.close();
  await fixture.close();
}

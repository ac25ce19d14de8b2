/**
 * Backup speed for the heavy user (10,000 sessions, 100,000 calendar events and what goes with them),
 * in Chromium with the built extension:
 * - `backup_heavy_user`: "Back up now" on the options page until the browser receives the file, against
 *   the floor measured in the same page and run: one raw IndexedDB read (getAll) of every table.
 *   Target ≤ 2.
 *
 * `npx tsx bench/backup.ts [extensionDir]` prints the line; `npm run bench` puts it in bench-results.json.
 */
import { pathToFileURL } from 'node:url';
import { OptionsPage } from '../tests/e2e/pages/options-page';
import { launchExtension } from '../tests/e2e/support/browser';
import { waitForRows } from '../tests/e2e/support/extension-db';
import * as inPage from './backup-in-page';
import { measure, type Measure } from './measure';

const HEAVY_USER = { pairings: 25, sessions: 10_000, events: 100_000 };
const RUNS = 3;

export async function runBackupBench(options: { extensionDir?: string } = {}): Promise<Record<string, Measure>> {
  const extension = await launchExtension({ extensionDir: options.extensionDir });
  // tsx names functions with a helper the page does not have; the in-page functions need it defined.
  await extension.context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  try {
    const optionsPage = await OptionsPage.open(extension.context, extension.extensionId);
    await waitForRows(optionsPage.page, 'pairings', (rows) => rows.length > 0);
    const seeded = await optionsPage.page.evaluate(inPage.seedHeavyUser, HEAVY_USER);
    if (seeded.sessions !== HEAVY_USER.sessions || seeded.events !== HEAVY_USER.events) throw new Error(`the heavy user was not seeded: ${JSON.stringify(seeded)}`);
    await optionsPage.goto();
    const data = optionsPage.data;

    let backup = Number.POSITIVE_INFINITY;
    let floor = Number.POSITIVE_INFINITY;
    for (let run = 0; run < RUNS; run++) {
      // Floor and backup alternate, so both see the same state of the machine and the browser's caches.
      const raw = await optionsPage.page.evaluate(inPage.rawReadAll);
      floor = Math.min(floor, raw.ms);
      const rows = raw.rows;
      const outcome = await data.backUp();
      if (!outcome.ok) throw new Error(`the backup failed: ${outcome.message}`);
      backup = Math.min(backup, outcome.elapsedMs);
      const written = JSON.parse(outcome.file.text) as { tables: Record<string, unknown[]> };
      const backedUp = Object.values(written.tables).reduce((sum, list) => sum + list.length, 0);
      if (backedUp !== rows) throw new Error(`the backup holds ${backedUp} rows, the database ${rows}`);
    }
    return { backup_heavy_user: measure(backup, 'ms', floor, 2) };
  } finally {
    await extension.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runBackupBench({ extensionDir: process.argv[2] });
  for (const [name, result] of Object.entries(results)) {
    console.log(`${name}: ${result.value} ${result.unit} (floor ${result.floor} ${result.unit}) ratio=${result.ratio} target≤${result.target}`);
  }
}

/**
 * `npm run bench`: builds the extension, runs every benchmark, writes bench-results.json and prints
 * one line per measure with its ratio against the floor measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runBackupBench } from './backup';
import { runBundleSizeBench } from './bundle-size';
import { runCalendarPageBench } from './calendar-page';
import { runDetectionBench } from './detection';
import type { Measure } from './measure';
import { runPageSpeedBench } from './page-speed';
import { runSyncBench } from './sync';

const outputDir = resolve('.output/chrome-mv3');
const build = spawnSync('npx', ['wxt', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, WXT_GOOGLE_CLIENT_ID: process.env.WXT_GOOGLE_CLIENT_ID || 'bench-client.apps.googleusercontent.com' },
});
if (build.status !== 0) process.exit(1);

const results: Record<string, Measure> = {
  ...runBundleSizeBench(outputDir),
  ...(await runDetectionBench()),
  ...(await runSyncBench()),
  ...(await runCalendarPageBench()),
  ...(await runPageSpeedBench()),
  ...(await runBackupBench()),
};
writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
for (const [name, result] of Object.entries(results)) {
  const verdict = result.ratio <= result.target ? 'ok' : 'OVER TARGET';
  console.log(
    `${name}: ${result.value} ${result.unit} (floor ${result.floor} ${result.unit}) ratio=${result.ratio} target≤${result.target} ${verdict}`,
  );
}

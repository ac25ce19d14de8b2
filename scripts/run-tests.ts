/**
 * `npm test`: type-check, the gates (lint, unused code, import layers), unit tests, then for each browser
 * a build of the extension and its end-to-end tests (Chromium, then Firefox). Ends with one line
 * `N passed, N failed` counting every test (the type-check, each gate and each build count as one each).
 *
 * `npm test -- unit`, `-- e2e` (both browsers), `-- e2e:chromium` or `-- e2e:firefox` run one part.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Tally {
  passed: number;
  failed: number;
}
const total: Tally = { passed: 0, failed: 0 };
const reportDir = mkdtempSync(join(tmpdir(), 'mentoring-tests-'));

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function countStep(name: string, ok: boolean): void {
  if (ok) total.passed += 1;
  else {
    total.failed += 1;
    console.error(`✗ ${name} failed`);
  }
}

function runVitest(name: string, configArgs: string[]): void {
  const report = join(reportDir, `${name}.json`);
  const ok = run('npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    console.error(`✗ ${name}: vitest wrote no report`);
    total.failed += 1;
    return;
  }
  const results = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: { status: string; assertionResults: { status: string }[] }[];
  };
  total.passed += results.numPassedTests;
  // A file that fails to load (or fails in a hook) has no failed test to count: count the file once.
  const brokenFiles = results.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  const failed = results.numFailedTests + brokenFiles;
  // Vitest failing with nothing to show for it (an unhandled error) still fails the run.
  total.failed += failed + (ok || failed > 0 ? 0 : 1);
}

/** Builds the extension for one browser and, when that worked, runs that browser's e2e suite. */
function buildAndRunE2e(browser: 'chrome' | 'firefox', config: string): void {
  // The e2e build needs an OAuth client id; the emulator accepts any. Product builds take it from the environment.
  const built = run('npx', ['wxt', 'build', '-b', browser], {
    WXT_GOOGLE_CLIENT_ID: process.env.WXT_GOOGLE_CLIENT_ID || 'e2e-client.apps.googleusercontent.com',
  });
  countStep(`${browser} extension build`, built);
  if (built) runVitest(`e2e-${browser}`, ['-c', config]);
}

const only = process.argv[2];
if (!only || only === 'unit') {
  countStep('type-check', run('npx', ['tsc', '--noEmit', '-p', '.']));
  for (const gate of ['lint', 'unused', 'layers']) countStep(gate, run('npm', ['run', '--silent', gate]));
  runVitest('unit', []);
}
if (!only || only === 'e2e' || only === 'e2e:chromium') buildAndRunE2e('chrome', 'vitest.e2e.config.ts');
if (!only || only === 'e2e' || only === 'e2e:firefox') buildAndRunE2e('firefox', 'vitest.e2e-firefox.config.ts');

console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);

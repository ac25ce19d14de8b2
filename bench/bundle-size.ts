import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measure, type Measure } from './measure';

/** Budgets from the quality bars, in KB of gzipped JavaScript. */
const SIDE_PANEL_BUDGET_KB = 70;
const BACKGROUND_BUDGET_KB = 80;
const CONTENT_SCRIPT_BUDGET_KB = 12;

/**
 * Gzipped size of the JavaScript each surface loads from a production build in `outputDir`.
 * The floor is the budget, so a ratio under 1 is within budget.
 */
export function runBundleSizeBench(outputDir: string): Record<string, Measure> {
  return {
    sidepanel_js_gzip: measure(pageScriptsGzipKb(outputDir, 'sidepanel.html'), 'KB', SIDE_PANEL_BUDGET_KB, 1),
    background_js_gzip: measure(gzipKb(join(outputDir, 'background.js')), 'KB', BACKGROUND_BUDGET_KB, 1),
    calendar_content_js_gzip: measure(gzipKb(join(outputDir, 'content-scripts/calendar.js')), 'KB', CONTENT_SCRIPT_BUDGET_KB, 1),
    meet_content_js_gzip: measure(gzipKb(join(outputDir, 'content-scripts/meet.js')), 'KB', CONTENT_SCRIPT_BUDGET_KB, 1),
  };
}

/** The page's entry script plus every chunk it preloads or imports, each counted once. */
function pageScriptsGzipKb(outputDir: string, page: string): number {
  const html = readFileSync(join(outputDir, page), 'utf8');
  const pending = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = normalise(pending.pop()!);
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(outputDir, file), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      pending.push(resolveImport(file, match[1]!));
    }
  }
  let total = 0;
  for (const file of seen) total += gzipKb(join(outputDir, file));
  return total;
}

function normalise(path: string): string {
  return path.replace(/^\.?\//, '');
}

function resolveImport(fromFile: string, specifier: string): string {
  if (specifier.startsWith('/')) return normalise(specifier);
  const base = fromFile.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') base.pop();
    else if (part !== '.') base.push(part);
  }
  return base.join('/');
}

function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

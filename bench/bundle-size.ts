import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measure, type Measure } from './measure';

/** Budgets from the quality bars, in KB of gzipped JavaScript. */
const SIDE_PANEL_BUDGET_KB = 70;
const BACKGROUND_BUDGET_KB = 80;
const CONTENT_SCRIPT_BUDGET_KB = 12;
/** What a click makes the side panel load later (the recap) stays as small as a content script. */
const ON_DEMAND_BUDGET_KB = 12;

/**
 * Gzipped size of the JavaScript each surface loads from a production build in `outputDir`.
 * The floor is the budget, so a ratio under 1 is within budget.
 */
export function runBundleSizeBench(outputDir: string): Record<string, Measure> {
  const sidePanel = pageScriptsGzipKb(outputDir, 'sidepanel.html');
  return {
    sidepanel_js_gzip: measure(sidePanel.onOpen, 'KB', SIDE_PANEL_BUDGET_KB, 1),
    sidepanel_on_demand_js_gzip: measure(sidePanel.onDemand, 'KB', ON_DEMAND_BUDGET_KB, 1),
    background_js_gzip: measure(gzipKb(join(outputDir, 'background.js')), 'KB', BACKGROUND_BUDGET_KB, 1),
    calendar_content_js_gzip: measure(gzipKb(join(outputDir, 'content-scripts/calendar.js')), 'KB', CONTENT_SCRIPT_BUDGET_KB, 1),
    meet_content_js_gzip: measure(gzipKb(join(outputDir, 'content-scripts/meet.js')), 'KB', CONTENT_SCRIPT_BUDGET_KB, 1),
  };
}

/**
 * The JavaScript a page loads when it opens (its entry script plus every chunk it preloads or imports
 * statically, each counted once), and what it may load later on demand (`import()`: the recap).
 */
function pageScriptsGzipKb(outputDir: string, page: string): { onOpen: number; onDemand: number } {
  const html = readFileSync(join(outputDir, page), 'utf8');
  const entries = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((match) => match[1]!);
  const onOpen = reachable(outputDir, entries, /(?:from|import)\s*["']([^"']+\.js)["']/g);
  const all = reachable(outputDir, entries, /(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g);
  const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipKb(join(outputDir, file)), 0);
  return { onOpen: sum(onOpen), onDemand: sum([...all].filter((file) => !onOpen.has(file))) };
}

function reachable(outputDir: string, entries: string[], imports: RegExp): Set<string> {
  const pending = [...entries];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = normalise(pending.pop()!);
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(outputDir, file), 'utf8');
    for (const match of code.matchAll(imports)) pending.push(resolveImport(file, match[1]!));
  }
  return seen;
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

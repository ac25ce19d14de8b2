import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

let bundle: Promise<string> | undefined;

/**
 * ./query-engine.ts with dom-accessibility-api as one script, built once per test process. Puppeteer
 * evaluates it over WebDriver BiDi, which the extension pages' CSP does not govern, so nothing test-only
 * is ever part of the extension.
 */
export function queryEngineSource(): Promise<string> {
  bundle ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL('./query-engine.ts', import.meta.url)), formats: ['iife'], name: 'mentoringQueryEngine' },
    },
  }).then((output) => {
    const result = (Array.isArray(output) ? output[0] : output) as Rollup.RollupOutput;
    return result.output[0].code;
  });
  return bundle;
}

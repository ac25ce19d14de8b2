import { chromeOffscreenPort } from './ics-offscreen-port';
import type { IcsParser } from './ics-parse-protocol';
import { createIcsParserClient } from './ics-parser-client';
import { createWorkerIcsParser } from './ics-worker-parser';

let shared: IcsParser | undefined;

/**
 * Where the extension parses calendar text, shared by files and addresses: always in a dedicated
 * worker, with the same bounds. Chrome's service worker cannot start workers (nor should it carry
 * ical.js): its offscreen document does. Firefox's MV2 background page starts the worker itself.
 * `import.meta.env.FIREFOX` is a build-time constant, so each bundle keeps only its own branch.
 */
export function defaultIcsParser(): IcsParser {
  shared ??= import.meta.env.FIREFOX ? createWorkerIcsParser() : createIcsParserClient(chromeOffscreenPort());
  return shared;
}

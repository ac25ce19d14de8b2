import { chromeOffscreenPort } from './ics-offscreen-port';
import type { IcsParser } from './ics-parse-protocol';
import { createIcsParserClient } from './ics-parser-client';

let shared: IcsParser | undefined;

/**
 * Where the extension parses calendar text, shared by files and addresses. Chrome's service worker
 * must not carry ical.js (its size budget) and can neither import() nor spawn workers: an offscreen
 * document parses there. Firefox's MV2 background page can load the parser itself.
 * `import.meta.env.FIREFOX` is a build-time constant, so the Chrome bundle keeps no trace of the import() below.
 */
export function defaultIcsParser(): IcsParser {
  shared ??= import.meta.env.FIREFOX
    ? { parse: async (request) => (await import('./ics-parse')).parseIcs(request) }
    : createIcsParserClient(chromeOffscreenPort());
  return shared;
}

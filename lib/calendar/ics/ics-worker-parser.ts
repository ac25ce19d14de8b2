import { browser } from 'wxt/browser';
import { conversionFromReply, type IcsParser } from './ics-parse-protocol';
import { createIcsParserHost, type ParseWorker } from './ics-parser-host';

/** The worker script built from entrypoints/ics-parse-worker.ts. */
const ICS_PARSE_WORKER_SCRIPT = '/ics-parse-worker.js';

/** A fresh worker running the parser (ical.js), one per calendar. */
export function spawnParseWorker(): ParseWorker {
  return new Worker(browser.runtime.getURL(ICS_PARSE_WORKER_SCRIPT), { name: 'ics-parser' }) as unknown as ParseWorker;
}

/**
 * Parses in a worker of the calling context, for a background that can start workers itself
 * (Firefox's background page): the same host, bounds and reply validation as Chrome's offscreen
 * document, without runtime messaging, so the reply is never split.
 */
export function createWorkerIcsParser(spawnWorker: () => ParseWorker = spawnParseWorker, timeoutMs?: number): IcsParser {
  const host = createIcsParserHost({ spawnWorker, timeoutMs, maxPartChars: Infinity });
  return { parse: async (request) => conversionFromReply(await host.parse(request)) };
}

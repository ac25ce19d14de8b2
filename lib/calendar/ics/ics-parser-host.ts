import { isIcsParserMessage, parseFailure } from './ics-parser-message';

/**
 * The offscreen document's side of the Chrome parser: each request is parsed in a fresh dedicated
 * Web Worker, one at a time. A worker that runs too long (a huge or hostile calendar) is stopped,
 * as is one that crashes; either way the background gets a reply it can show.
 */

/** The part of a Worker the host uses; a real `Worker` in the document, fakes in tests. */
export interface ParseWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string; preventDefault?(): void }) => void): void;
  addEventListener(type: 'messageerror', listener: () => void): void;
}

export interface IcsParserHostOptions {
  spawnWorker: () => ParseWorker;
  timeoutMs?: number;
}

/** Below the five minutes Chrome allows the waiting service worker for one task. */
export const DEFAULT_PARSE_TIMEOUT_MS = 120_000;

export interface IcsParserHost {
  /** Resolves to the worker's reply as it came (the background validates it), or to a failure reply. */
  parse(request: unknown): Promise<unknown>;
}

export function createIcsParserHost(options: IcsParserHostOptions): IcsParserHost {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    parse(request) {
      const run = queue.then(() => parseInWorker(options.spawnWorker, request, timeoutMs));
      queue = run;
      return run;
    },
  };
}

function parseInWorker(spawnWorker: () => ParseWorker, request: unknown, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve) => {
    let worker: ParseWorker;
    try {
      worker = spawnWorker();
    } catch (error) {
      resolve(parseFailure('failed', `it could not start (${error instanceof Error ? error.message : String(error)})`));
      return;
    }
    let done = false;
    const finish = (reply: unknown) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker.terminate();
      resolve(reply);
    };
    const seconds = Math.round(timeoutMs / 1000);
    const timer = setTimeout(
      () => finish(parseFailure('format', `Reading it took longer than ${seconds} seconds, so it was stopped; the calendar is too large or malformed.`)),
      timeoutMs,
    );
    worker.addEventListener('message', (event) => finish(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      finish(parseFailure('failed', `it stopped with an error (${event.message || 'no details'})`));
    });
    worker.addEventListener('messageerror', () => finish(parseFailure('failed', 'its answer could not be received')));
    worker.postMessage(request);
  });
}

type SendResponse = (reply: unknown) => void;
export interface RuntimeMessageEvent {
  addListener(listener: (message: unknown, sender: unknown, sendResponse: SendResponse) => boolean | undefined): void;
}

/** Answers the background's parse requests; other runtime messages are left to their own listeners. */
export function serveIcsParser(onMessage: RuntimeMessageEvent, host: IcsParserHost): void {
  onMessage.addListener((message, _sender, sendResponse) => {
    if (!isIcsParserMessage(message)) return false;
    void host.parse(message.request).then(sendResponse);
    return true;
  });
}

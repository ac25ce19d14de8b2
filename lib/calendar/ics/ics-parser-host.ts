import { isIcsParserMessage, parseFailure } from './ics-parser-message';
import { MINUTE_MS } from '../../time/units';
import { messageOf } from '../../text/error-message';

/**
 * The side of the parser that runs workers: Chrome's offscreen document, and Firefox's background
 * page. Each request is parsed in a fresh dedicated Web Worker, one at a time, within the same time
 * bound everywhere. A worker that runs too long (a huge or hostile calendar) is stopped, as is one
 * that crashes; either way the caller gets a reply it can show. A reply too large for one runtime
 * message is handed out in parts (see MAX_REPLY_PARTS).
 */

/** The part of a Worker the host uses; a real `Worker` in the extension, fakes in tests. */
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
  /** The JSON size of one reply part; `Infinity` where the reply is not sent as a runtime message. */
  maxPartChars?: number;
}

/** Below the five minutes Chrome allows the waiting service worker for one task. */
export const DEFAULT_PARSE_TIMEOUT_MS = 120_000;
/** Far below Chrome's 64 MiB per message, even when every character takes three bytes. */
const DEFAULT_MAX_PART_CHARS = 8_000_000;
/** Parts not fetched within this time are dropped: the background that asked for them has gone. */
const PARTS_KEPT_MS = MINUTE_MS;

export interface IcsParserHost {
  /** Resolves to the worker's reply as it came (the caller validates it), its first part, or a failure reply. */
  parse(request: unknown): Promise<unknown>;
  /** A further part of the last reply. */
  take(resultId: string, part: number): unknown;
}

type Reply = { ok?: unknown; conversion?: { copies?: unknown } };

export function createIcsParserHost(options: IcsParserHostOptions): IcsParserHost {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
  const maxPartChars = options.maxPartChars ?? DEFAULT_MAX_PART_CHARS;
  let queue: Promise<unknown> = Promise.resolve();
  let waiting: { resultId: string; parts: unknown[][]; timer: ReturnType<typeof setTimeout> } | undefined;

  const drop = () => {
    if (waiting) clearTimeout(waiting.timer);
    waiting = undefined;
  };

  /** The reply as it is when it fits one message; else its first part, the rest kept for `take`. */
  function split(reply: unknown): unknown {
    const conversion = (reply as Reply | null)?.conversion;
    if ((reply as Reply | null)?.ok !== true || !Array.isArray(conversion?.copies)) return reply;
    const parts = partsOf(conversion.copies, maxPartChars - JSON.stringify({ ...conversion, copies: [] }).length);
    if (parts.length <= 1) return reply;
    const resultId = crypto.randomUUID();
    waiting = { resultId, parts: parts.slice(1), timer: setTimeout(drop, PARTS_KEPT_MS) };
    return { ...(reply as object), conversion: { ...conversion, copies: parts[0] }, more: { resultId, parts: parts.length - 1 } };
  }

  return {
    parse(request) {
      const run = queue.then(() => {
        drop();
        return parseInWorker(options.spawnWorker, request, timeoutMs);
      });
      queue = run;
      return run.then(split);
    },
    take(resultId, part) {
      const copies = waiting?.resultId === resultId ? waiting.parts[part - 1] : undefined;
      if (!copies) return parseFailure('failed', 'the rest of its answer is no longer there; read the calendar again');
      if (part === waiting!.parts.length) drop();
      return { ok: true, copies };
    },
  };
}

/** Copies grouped so that each group's JSON stays within `maxChars` (a copy larger than that goes alone). */
function partsOf(copies: unknown[], maxChars: number): unknown[][] {
  if (!Number.isFinite(maxChars)) return [copies];
  const parts: unknown[][] = [[]];
  let size = 0;
  for (const copy of copies) {
    const length = JSON.stringify(copy).length + 1;
    if (size + length > maxChars && parts[parts.length - 1]!.length > 0) {
      parts.push([]);
      size = 0;
    }
    parts[parts.length - 1]!.push(copy);
    size += length;
  }
  return parts;
}

function parseInWorker(spawnWorker: () => ParseWorker, request: unknown, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve) => {
    let worker: ParseWorker;
    try {
      worker = spawnWorker();
    } catch (error) {
      resolve(parseFailure('failed', `it could not start (${messageOf(error)})`));
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
    if ('take' in message) {
      sendResponse(host.take(message.take.resultId, message.take.part));
      return false;
    }
    void host.parse(message.request).then(sendResponse);
    return true;
  });
}

import { messageOf } from '../../text/error-message';
import { conversionFromReply, copiesFromPart, IcsParserError, type IcsConversionResult, type IcsParser, type IcsParseRequest } from './ics-parse-protocol';
import { ICS_PARSER_TARGET, type IcsParserMessage } from './ics-parser-message';

/**
 * The background's side of the Chrome parser: ical.js stays out of the service worker, which
 * hands each calendar text to an offscreen document (whose Web Worker parses it) and validates
 * the reply. The document is created on demand, reused while it is open, and closed when idle.
 */

/** What the client needs of the browser; `chromeOffscreenPort()` in the extension, fakes in tests. */
export interface OffscreenPort {
  /** Whether the parser document is open. */
  isOpen(): Promise<boolean>;
  open(): Promise<void>;
  close(): Promise<void>;
  /** Sends to the document; resolves to its reply, rejects when no document listens. */
  send(message: IcsParserMessage): Promise<unknown>;
  /** Any trivial extension API call: it keeps the service worker alive while a long parse runs. */
  keepAlive(): void;
}

export interface IcsParserClientOptions {
  /** The document closes after this long without a parse (it is reopened on demand). */
  idleCloseMs?: number;
  keepAliveMs?: number;
  /** How long to retry while a just-created document has not started listening yet. */
  readyTimeoutMs?: number;
}

const DEFAULT_IDLE_CLOSE_MS = 15_000;
/** Below the service worker's 30-second idle limit, as Chrome's documentation suggests. */
const DEFAULT_KEEP_ALIVE_MS = 20_000;
const DEFAULT_READY_TIMEOUT_MS = 5_000;
const RETRY_DELAY_MS = 50;

/** Why a message to the reader failed, named for what it is: a size problem is not a reachability problem. */
function sendFailure(error: unknown): IcsParserError {
  const text = messageOf(error);
  if (/length exceeded|too (large|big)|maximum (allowed )?(size|length)/i.test(text)) {
    return new IcsParserError(`The calendar is too large to be passed on by the calendar reader (${text}); nothing was changed. Import a shorter period of the calendar.`);
  }
  return new IcsParserError(`The calendar reader could not be reached (${text}); nothing was changed.`);
}

export function createIcsParserClient(port: OffscreenPort, options: IcsParserClientOptions = {}): Required<IcsParser> {
  const idleCloseMs = options.idleCloseMs ?? DEFAULT_IDLE_CLOSE_MS;
  const keepAliveMs = options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS;
  const readyTimeoutMs = options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  // Parses and closings run one after the other: one parse at a time, and never a close under a parse.
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  function cancelIdleClose(): void {
    if (idleTimer !== undefined) clearTimeout(idleTimer);
    idleTimer = undefined;
  }

  async function ensureOpen(): Promise<void> {
    if (await port.isOpen()) return;
    try {
      await port.open();
    } catch (error) {
      // Another part of the extension may hold Chrome's single offscreen document slot.
      throw new IcsParserError(`The calendar reader could not start (${messageOf(error)}); nothing was changed.`);
    }
  }

  /** A document that was just created may not listen yet ("Receiving end does not exist"): try again shortly. */
  async function sendWhenReady(message: IcsParserMessage): Promise<unknown> {
    const deadline = Date.now() + readyTimeoutMs;
    for (;;) {
      try {
        return await port.send(message);
      } catch (error) {
        const notListening = /receiving end does not exist/i.test(messageOf(error));
        if (!notListening || Date.now() >= deadline) throw sendFailure(error);
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
      }
    }
  }

  async function parseNow(request: IcsParseRequest): Promise<IcsConversionResult> {
    await ensureOpen();
    const keepAlive = setInterval(() => port.keepAlive(), keepAliveMs);
    try {
      const { more, ...conversion } = conversionFromReply(await sendWhenReady({ target: ICS_PARSER_TARGET, request }));
      // A large calendar comes in parts, each its own message, so none nears Chrome's message size limit.
      for (let part = 1; more && part <= more.parts; part += 1) {
        const take = { resultId: more.resultId, part };
        const copies = copiesFromPart(await port.send({ target: ICS_PARSER_TARGET, take }).catch((error: unknown) => Promise.reject(sendFailure(error))));
        for (const copy of copies) conversion.copies.push(copy);
      }
      return conversion;
    } finally {
      clearInterval(keepAlive);
    }
  }

  async function closeIfIdle(): Promise<void> {
    if (waiting > 0) return;
    try {
      if (await port.isOpen()) await port.close();
    } catch (error) {
      // A document that is already gone is what closing wanted; anything else must not fail a sync.
      console.warn('Mentoring Companion: could not close the calendar reader', error);
    }
  }

  return {
    parse(request) {
      waiting += 1;
      cancelIdleClose();
      return enqueue(() => parseNow(request)).finally(() => {
        waiting -= 1;
        if (waiting === 0) idleTimer = setTimeout(() => void enqueue(closeIfIdle), idleCloseMs);
      });
    },
    release() {
      if (waiting > 0) return Promise.resolve();
      cancelIdleClose();
      return enqueue(closeIfIdle);
    },
  };
}

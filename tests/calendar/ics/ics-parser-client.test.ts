import { afterEach, describe, expect, it, vi } from 'vitest';
import { IcsFormatError } from '../../../lib/calendar/ics/ics-errors';
import { parseIcs } from '../../../lib/calendar/ics/ics-parse';
import { IcsParserError, type IcsParseReply, type IcsParseRequest } from '../../../lib/calendar/ics/ics-parse-protocol';
import type { IcsParserMessage } from '../../../lib/calendar/ics/ics-parser-message';
import { createIcsParserClient, type OffscreenPort } from '../../../lib/calendar/ics/ics-parser-client';
import { DEFAULT_WINDOW, fixture, NOW } from './support';

const request = (calendarKey = 'ics:ada.ics', text = fixture('outlook-export.ics')): IcsParseRequest => ({
  text,
  calendarKey,
  options: { source: 'ics-file', now: NOW, syncWindow: DEFAULT_WINDOW, userTimeZone: 'Europe/Berlin' },
});

/** The calendar a message asks to read (these fake documents are only ever sent whole requests). */
function requestOf(message: IcsParserMessage): IcsParseRequest {
  if (!('request' in message)) throw new Error('this fake document answers no part requests');
  return message.request;
}

/** A document that answers with `answer(message)`; it records what the client did to it. */
function fakeDocument(answer: (message: IcsParserMessage) => unknown | Promise<unknown> = (message) => okReply(requestOf(message))) {
  const log = { opened: 0, closed: 0, sent: 0, inFlight: 0, maxInFlight: 0, keptAlive: 0 };
  let open = false;
  const port: OffscreenPort = {
    isOpen: async () => open,
    open: async () => {
      if (open) throw new Error('Only a single offscreen document may be created.');
      open = true;
      log.opened += 1;
    },
    close: async () => {
      open = false;
      log.closed += 1;
    },
    async send(message) {
      if (!open) throw new Error('Could not establish connection. Receiving end does not exist.');
      log.sent += 1;
      log.inFlight += 1;
      log.maxInFlight = Math.max(log.maxInFlight, log.inFlight);
      try {
        // As runtime messaging does: the reply crosses as JSON.
        return JSON.parse(JSON.stringify((await answer(message)) ?? null)) as unknown;
      } finally {
        log.inFlight -= 1;
      }
    },
    keepAlive: () => {
      log.keptAlive += 1;
    },
  };
  return { port, log, isOpen: () => open };
}

function okReply(parseRequest: IcsParseRequest): IcsParseReply {
  return { ok: true, conversion: parseIcs(parseRequest) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the background’s ICS parser client (Chrome)', () => {
  it('creates the document on demand, parses through it and returns validated copies', async () => {
    const { port, log } = fakeDocument();
    const client = createIcsParserClient(port);
    const conversion = await client.parse(request());
    expect(conversion.copies).toHaveLength(17);
    expect(conversion.copies).toEqual(parseIcs(request()).copies);
    expect(log).toMatchObject({ opened: 1, sent: 1 });
  });

  it('reuses a document that is already open', async () => {
    const { port, log } = fakeDocument();
    await port.open();
    const client = createIcsParserClient(port);
    await client.parse(request());
    await client.parse(request('ics:other.ics'));
    expect(log).toMatchObject({ opened: 1, sent: 2 });
  });

  it('runs one parse at a time and gives each caller its own result', async () => {
    const { port, log } = fakeDocument(async (message) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return okReply(requestOf(message));
    });
    const client = createIcsParserClient(port);
    const keys = ['ics:a.ics', 'ics:b.ics', 'ics:c.ics'];
    const results = await Promise.all(keys.map((key) => client.parse(request(key))));
    expect(results.map((result) => result.copies[0]?.calendarKey)).toEqual(keys);
    expect(log).toMatchObject({ opened: 1, sent: 3, maxInFlight: 1 });
  });

  it('refuses a reply that does not match the schemas, naming the field', async () => {
    const { port } = fakeDocument((message) => {
      const reply = okReply(requestOf(message)) as Extract<IcsParseReply, { ok: true }>;
      reply.conversion.copies[0] = { ...reply.conversion.copies[0]!, startMs: 'soon' as unknown as number };
      return reply;
    });
    const error = await createIcsParserClient(port).parse(request()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IcsParserError);
    expect((error as Error).message).toMatch(/^The calendar reader sent an invalid answer \(conversion\.copies\.0\.startMs: .+\); nothing was changed\.$/);
  });

  it('says so when nothing answers', async () => {
    const { port } = fakeDocument(() => undefined);
    await expect(createIcsParserClient(port).parse(request())).rejects.toThrow('The calendar reader did not answer; nothing was changed.');
  });

  it('turns the document’s format failure into an IcsFormatError and other failures into a clear message', async () => {
    const format = fakeDocument(() => ({ ok: false, error: { kind: 'format', message: 'The file is empty.' } }));
    const formatError = await createIcsParserClient(format.port).parse(request()).catch((caught: unknown) => caught);
    expect(formatError).toBeInstanceOf(IcsFormatError);
    expect((formatError as Error).message).toBe('The file is empty.');

    const crashed = fakeDocument(() => ({ ok: false, error: { kind: 'failed', message: 'it stopped with an error (out of memory)' } }));
    await expect(createIcsParserClient(crashed.port).parse(request())).rejects.toThrow(
      'The calendar reader failed: it stopped with an error (out of memory)',
    );
  });

  it('explains when the document cannot be created', async () => {
    const { port } = fakeDocument();
    port.open = async () => {
      throw new Error('Only a single offscreen document may be created.');
    };
    await expect(createIcsParserClient(port).parse(request())).rejects.toThrow(
      'The calendar reader could not start (Only a single offscreen document may be created.); nothing was changed.',
    );
  });

  it('waits for a new document to start listening, but not forever', async () => {
    const { port, log } = fakeDocument();
    const send = port.send.bind(port);
    let refusals = 2;
    port.send = async (message) => {
      if (refusals-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      return send(message);
    };
    expect((await createIcsParserClient(port).parse(request())).copies).toHaveLength(17);
    expect(log.sent).toBe(1);

    port.send = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await expect(createIcsParserClient(port, { readyTimeoutMs: 120 }).parse(request())).rejects.toThrow(
      /^The calendar reader could not be reached \(Could not establish connection\. Receiving end does not exist\.\)/,
    );
  });

  it('closes the document when idle, and not while parses keep coming', async () => {
    vi.useFakeTimers();
    const { port, log, isOpen } = fakeDocument();
    const client = createIcsParserClient(port, { idleCloseMs: 10_000 });
    await client.parse(request());
    await vi.advanceTimersByTimeAsync(9_000);
    await client.parse(request());
    await vi.advanceTimersByTimeAsync(9_000);
    expect(isOpen()).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(isOpen()).toBe(false);
    expect(log).toMatchObject({ opened: 1, closed: 1 });

    await client.parse(request());
    expect(log.opened).toBe(2);
  });

  it('closes at once on release, but only once nothing is waiting', async () => {
    let finish: (() => void) | undefined;
    const { port, isOpen } = fakeDocument(async (message) => {
      await new Promise<void>((resolve) => (finish = resolve));
      return okReply(requestOf(message));
    });
    const client = createIcsParserClient(port, { idleCloseMs: 60_000 });
    const parsing = client.parse(request());
    await vi.waitFor(() => expect(finish).toBeDefined());
    await client.release();
    expect(isOpen()).toBe(true);
    finish!();
    await parsing;
    await client.release();
    expect(isOpen()).toBe(false);
  });

  it('keeps the service worker alive during a long parse', async () => {
    vi.useFakeTimers();
    const { port, log } = fakeDocument(async (message) => {
      await new Promise((resolve) => setTimeout(resolve, 65_000));
      return okReply(requestOf(message));
    });
    const parsing = createIcsParserClient(port, { keepAliveMs: 20_000 }).parse(request());
    await vi.advanceTimersByTimeAsync(65_000);
    await parsing;
    expect(log.keptAlive).toBe(3);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(log.keptAlive).toBe(3);
  });
});

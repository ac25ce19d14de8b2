import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseIcsRequest } from '../../../lib/calendar/ics/ics-parse';
import { conversionFromReply } from '../../../lib/calendar/ics/ics-parse-protocol';
import { ICS_PARSER_TARGET } from '../../../lib/calendar/ics/ics-parser-message';
import { createIcsParserHost, serveIcsParser, type ParseWorker, type RuntimeMessageEvent } from '../../../lib/calendar/ics/ics-parser-host';
import { DEFAULT_WINDOW, fixture, NOW } from './support';

const request = (text = fixture('google-export.ics')) => ({
  text,
  calendarKey: 'ics:ada.ics',
  options: { source: 'ics-file' as const, now: NOW, syncWindow: DEFAULT_WINDOW, userTimeZone: 'Europe/Berlin' },
});

type Behaviour = 'parse' | 'hang' | 'crash';

/** Workers that parse for real (the message crosses by structured clone), never answer, or crash. */
function fakeWorkers(behaviour: () => Behaviour = () => 'parse') {
  const log = { spawned: 0, terminated: 0, alive: 0, maxAlive: 0 };
  const spawnWorker = (): ParseWorker => {
    log.spawned += 1;
    log.alive += 1;
    log.maxAlive = Math.max(log.maxAlive, log.alive);
    const listeners = new Map<string, (event: never) => void>();
    const mode = behaviour();
    return {
      addEventListener: (type: string, listener: (event: never) => void) => void listeners.set(type, listener),
      postMessage(message) {
        const copy = structuredClone(message);
        setTimeout(() => {
          if (mode === 'parse') listeners.get('message')?.({ data: structuredClone(parseIcsRequest(copy)) } as never);
          if (mode === 'crash') listeners.get('error')?.({ message: 'Uncaught RangeError: Invalid array length' } as never);
        }, 5);
      },
      terminate() {
        log.terminated += 1;
        log.alive -= 1;
      },
    } as ParseWorker;
  };
  return { spawnWorker, log };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the offscreen document’s parser host', () => {
  it('parses each request in a fresh worker and ends the worker afterwards', async () => {
    const { spawnWorker, log } = fakeWorkers();
    const host = createIcsParserHost({ spawnWorker });
    const conversion = conversionFromReply(await host.parse(request()));
    expect(conversion.copies).toHaveLength(32);
    expect(conversion.name).toBe('Ada Lovelace – mentoring');
    await host.parse(request());
    expect(log).toMatchObject({ spawned: 2, terminated: 2, alive: 0 });
  });

  it('runs one worker at a time', async () => {
    const { spawnWorker, log } = fakeWorkers();
    const host = createIcsParserHost({ spawnWorker });
    const replies = await Promise.all([host.parse(request()), host.parse(request('not a calendar')), host.parse(request())]);
    expect(log.maxAlive).toBe(1);
    expect(replies.map((reply) => (reply as { ok: boolean }).ok)).toEqual([true, false, true]);
  });

  it('stops a worker that takes too long and says the calendar could not be read', async () => {
    vi.useFakeTimers();
    const { spawnWorker, log } = fakeWorkers(() => 'hang');
    const host = createIcsParserHost({ spawnWorker, timeoutMs: 60_000 });
    const reply = host.parse(request());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await reply).toEqual({
      ok: false,
      error: { kind: 'format', message: 'Reading it took longer than 60 seconds, so it was stopped; the calendar is too large or malformed.' },
    });
    expect(log.terminated).toBe(1);
  });

  it('reports a crashed worker and goes on with the next request', async () => {
    let first = true;
    const { spawnWorker, log } = fakeWorkers(() => (first ? ((first = false), 'crash') : 'parse'));
    const host = createIcsParserHost({ spawnWorker });
    const crashed = host.parse(request());
    const next = host.parse(request());
    await expect(crashed.then(conversionFromReply)).rejects.toThrow(
      'The calendar reader failed: it stopped with an error (Uncaught RangeError: Invalid array length)',
    );
    expect(conversionFromReply(await next).copies).toHaveLength(32);
    expect(log).toMatchObject({ spawned: 2, terminated: 2 });
  });

  it('answers an invalid request with a failure rather than parsing it', async () => {
    const host = createIcsParserHost(fakeWorkers());
    const reply = await host.parse({ text: 42, calendarKey: 'ics:x', options: {} });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'failed' } });
    expect((reply as { error: { message: string } }).error.message).toMatch(/^it was asked to read an invalid request \(text: /);
  });
});

describe('serving parse requests over runtime messaging', () => {
  function listen() {
    let listener: Parameters<RuntimeMessageEvent['addListener']>[0] | undefined;
    const parse = vi.fn(async (_request: unknown) => ({ ok: false, error: { kind: 'failed', message: 'fake' } }) as unknown);
    serveIcsParser({ addListener: (added) => (listener = added) }, { parse, take: vi.fn() });
    return { parse, deliver: (message: unknown, respond: (reply: unknown) => void) => listener!(message, {}, respond) };
  }

  it('answers messages addressed to the parser, asynchronously', async () => {
    const { parse, deliver } = listen();
    const respond = vi.fn();
    expect(deliver({ target: ICS_PARSER_TARGET, request: { text: 'x' } }, respond)).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith({ ok: false, error: { kind: 'failed', message: 'fake' } }));
    expect(parse).toHaveBeenCalledWith({ text: 'x' });
  });

  it('leaves the extension’s other messages to their own listeners', () => {
    const { parse, deliver } = listen();
    const respond = vi.fn();
    expect(deliver({ id: 1, type: 'syncNow', data: undefined, timestamp: 1 }, respond)).toBe(false);
    expect(deliver('hello', respond)).toBe(false);
    expect(parse).not.toHaveBeenCalled();
    expect(respond).not.toHaveBeenCalled();
  });
});

describe('a reply larger than one message', () => {
  it('is handed out in parts within the size bound, each part once', async () => {
    const { spawnWorker } = fakeWorkers();
    const host = createIcsParserHost({ spawnWorker, maxPartChars: 20_000 });
    const first = (await host.parse(request())) as { conversion: { copies: unknown[] }; more: { resultId: string; parts: number } };
    expect(first.more.parts).toBeGreaterThan(1);
    const all = [...first.conversion.copies];
    expect(JSON.stringify(first).length).toBeLessThan(20_000);
    for (let part = 1; part <= first.more.parts; part++) {
      const reply = host.take(first.more.resultId, part) as { ok: true; copies: unknown[] };
      expect(JSON.stringify(reply).length).toBeLessThan(20_000);
      all.push(...reply.copies);
    }
    expect(all).toEqual(conversionFromReply(parseIcsRequest(request())).copies);
    expect(host.take(first.more.resultId, 1)).toMatchObject({ ok: false, error: { kind: 'failed' } });
  });

  it('is whole when it fits, or where it is not sent as a runtime message at all', async () => {
    const { spawnWorker } = fakeWorkers();
    expect(await createIcsParserHost({ spawnWorker }).parse(request())).not.toHaveProperty('more');
    expect(await createIcsParserHost({ spawnWorker, maxPartChars: Infinity }).parse(request())).not.toHaveProperty('more');
  });
});

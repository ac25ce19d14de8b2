import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCalendarPage, type CalendarPageDeps } from '../../components/calendar-page/calendar-page';
import type { CalendarMark } from '../../lib/google-pages/calendar-marks';

/** The Calendar script on a small page (linkedom), with the background stubbed: what it adds and when. */
const eid = (id: string) => btoa(`${id} jordan.lee@corp.example`).replace(/=+$/, '');
const SESSION = eid('session1');
const OTHER = eid('other1');
const mark: CalendarMark = { elementId: SESSION, kind: 'session', seriesId: 'session1', sessionId: 's1', pairingTitle: 'Ana', people: ['Ana Silva'], reasons: ['Ana is in it'] };

let stop: (() => void) | undefined;
let hidden = false;
const originals: Record<string, unknown> = {};

function installPage(body: string, path = '/calendar/u/0/r/week'): Document {
  const { window, document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  Object.defineProperty(document, 'hidden', { get: () => hidden, configurable: true });
  const globals: Record<string, unknown> = {
    window,
    document,
    MutationObserver: window.MutationObserver,
    Element: window.Element,
    HTMLElement: window.HTMLElement,
    Node: window.Node,
    getComputedStyle: () => ({ backgroundColor: 'rgb(255, 255, 255)' }),
    matchMedia: () => ({ matches: false, addEventListener: () => undefined }),
    location: new URL(`https://calendar.google.com${path}`),
  };
  for (const [name, value] of Object.entries(globals)) {
    if (!(name in originals)) originals[name] = (globalThis as Record<string, unknown>)[name];
    (globalThis as Record<string, unknown>)[name] = value;
  }
  return document as unknown as Document;
}

function deps(overrides: Partial<CalendarPageDeps> = {}): CalendarPageDeps & { fetchMarks: ReturnType<typeof vi.fn> } {
  return {
    fetchMarks: vi.fn(async (events: { elementId: string }[]) => (events.some((event) => event.elementId === SESSION) ? [mark] : [])),
    openNotes: vi.fn(async () => undefined),
    notMentoring: vi.fn(async () => undefined),
    diagnose: vi.fn(),
    working: vi.fn(),
    fail: vi.fn(),
    ...overrides,
  } as CalendarPageDeps & { fetchMarks: ReturnType<typeof vi.fn> };
}

const chip = (id: string) => `<div role="button" data-eventid="${id}"><span>Event</span><div data-eventid="${id}"></div></div>`;
const badgesOn = (document: Document, id: string) =>
  [...document.querySelectorAll(`[data-eventid="${id}"]`)].map((element) => element.querySelectorAll(':scope > [data-mentoring-companion="badge"]').length);

async function settle(ms = 250): Promise<void> {
  for (let step = 0; step < 5; step++) {
    await vi.advanceTimersByTimeAsync(ms / 5);
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  hidden = false;
});
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
  for (const [name, value] of Object.entries(originals)) (globalThis as Record<string, unknown>)[name] = value;
});

describe('the Calendar page script', () => {
  it('badges the marked event once (not its resize handle), and nothing else', async () => {
    const document = installPage(`<div role="main">${chip(SESSION)}${chip(OTHER)}</div>`);
    const page = deps();
    stop = startCalendarPage(page);
    await settle();
    expect(badgesOn(document, SESSION)).toEqual([1, 0]);
    expect(badgesOn(document, OTHER)).toEqual([0, 0]);
    expect(page.fetchMarks).toHaveBeenCalledTimes(1);
    expect(page.fetchMarks.mock.calls[0]![0].map((event: { elementId: string }) => event.elementId).sort()).toEqual([OTHER, SESSION].sort());
    expect(page.fetchMarks.mock.calls[0]![0]).toContainEqual({ elementId: SESSION, eventId: 'session1', calendar: 'jordan.lee@corp.example' });
    expect(page.working).toHaveBeenCalled();
  });

  it('badges events the page adds later, asking only about ids it has not seen', async () => {
    const document = installPage(`<div role="main">${chip(OTHER)}</div>`);
    const page = deps();
    stop = startCalendarPage(page);
    await settle();
    document.querySelector('[role="main"]')!.insertAdjacentHTML('beforeend', chip(SESSION));
    await settle();
    expect(badgesOn(document, SESSION)).toEqual([1, 0]);
    expect(page.fetchMarks.mock.calls.map((call) => call[0].map((event: { elementId: string }) => event.elementId))).toEqual([[OTHER], [SESSION]]);
  });

  it('stops watching while the page is hidden, and catches up (asking again) when it is shown', async () => {
    const document = installPage(`<div role="main">${chip(OTHER)}</div>`);
    const page = deps();
    stop = startCalendarPage(page);
    await settle();
    hidden = true;
    document.dispatchEvent(new (globalThis as unknown as { window: { Event: typeof Event } }).window.Event('visibilitychange'));
    document.querySelector('[role="main"]')!.insertAdjacentHTML('beforeend', chip(SESSION));
    await settle(1_000);
    expect(badgesOn(document, SESSION)).toEqual([0, 0]);
    expect(page.fetchMarks).toHaveBeenCalledTimes(1);
    hidden = false;
    document.dispatchEvent(new (globalThis as unknown as { window: { Event: typeof Event } }).window.Event('visibilitychange'));
    await settle();
    expect(badgesOn(document, SESSION)).toEqual([1, 0]);
  });

  it('on a page it cannot read, shows nothing and reports one diagnostic once the page has settled', async () => {
    const document = installPage(`<div role="main"><div role="button" data-event-key="x" aria-label="10:00 to 11:00, Mentoring">Mentoring</div></div>`);
    const page = deps();
    stop = startCalendarPage(page);
    await settle(1_000);
    expect(page.diagnose).not.toHaveBeenCalled();
    await settle(5_000);
    document.querySelector('[role="main"]')!.insertAdjacentHTML('beforeend', '<div role="button" aria-label="12:00 to 13:00, Lunch">Lunch</div>');
    await settle(1_000);
    expect(page.diagnose).toHaveBeenCalledTimes(1);
    expect(vi.mocked(page.diagnose).mock.calls[0]![0]).toMatch(/without the data-eventid/);
    expect(document.querySelectorAll('[data-mentoring-companion]')).toHaveLength(0);
  });

  it('judges no page that is not a calendar view (settings show times, but no events)', async () => {
    installPage(`<div role="main"><div role="button" aria-label="Working hours 9:00 to 17:00">9:00</div></div>`, '/calendar/u/0/r/settings/general');
    const page = deps();
    stop = startCalendarPage(page);
    await settle(6_000);
    expect(page.diagnose).not.toHaveBeenCalled();
  });

  it('reports nothing for an empty week', async () => {
    installPage(`<div role="main"><div role="grid"><div role="gridcell">9 AM</div></div></div>`);
    const page = deps();
    stop = startCalendarPage(page);
    await settle(6_000);
    expect(page.diagnose).not.toHaveBeenCalled();
  });

  it('stops quietly when the background cannot answer, removing what it added', async () => {
    const document = installPage(`<div role="main">${chip(SESSION)}</div>`);
    const page = deps();
    stop = startCalendarPage(page);
    await settle();
    expect(badgesOn(document, SESSION)).toEqual([1, 0]);
    page.fetchMarks.mockRejectedValue(new Error('Extension context invalidated.'));
    document.querySelector('[role="main"]')!.insertAdjacentHTML('beforeend', chip(eid('new1')));
    await settle();
    expect(page.fail).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll('[data-mentoring-companion]')).toHaveLength(0);
  });
});

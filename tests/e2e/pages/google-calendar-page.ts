import type { BrowserContext, Locator, Page } from 'playwright-core';

export type MarkKind = 'session' | 'suggestion' | 'none';

export interface ShownEvent {
  /** The event element's data-eventid. */
  eventId: string;
  title: string;
  mark: MarkKind;
  /** Badges of ours on the element (more than one would be a bug). */
  badges: number;
}

/**
 * The Google Calendar page (our fixture served as calendar.google.com) with the extension's badges
 * and dialog actions. Calendar's own controls are driven by role and label; ours are found through
 * their hosts, whose shadow roots Playwright pierces.
 */
export class GoogleCalendarPage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  static async open(context: BrowserContext, view = 'week', query = ''): Promise<GoogleCalendarPage> {
    const calendar = new GoogleCalendarPage(await context.newPage());
    await calendar.page.goto(`https://calendar.google.com/calendar/u/0/r/${view}${query ? `?${query}` : ''}`);
    await calendar.page.locator('[role="main"] > *').first().waitFor();
    return calendar;
  }

  /** Every event element on the page with the mark it shows. */
  async events(): Promise<ShownEvent[]> {
    return this.page.evaluate(() => {
      const chips = [...document.querySelectorAll('[data-eventid]')].filter((element) => {
        const outer = element.parentElement?.closest('[data-eventid]');
        return element.getAttribute('role') !== 'dialog' && !(outer && outer.getAttribute('data-eventid') === element.getAttribute('data-eventid'));
      });
      return chips.map((chip) => {
        const badges = chip.querySelectorAll(':scope > [data-mentoring-companion="badge"]');
        return {
          eventId: chip.getAttribute('data-eventid') ?? '',
          title: (chip.textContent ?? '').trim(),
          mark: (badges[0]?.getAttribute('data-kind') ?? 'none') as 'session' | 'suggestion' | 'none',
          badges: chip.querySelectorAll('[data-mentoring-companion="badge"]').length,
        };
      });
    });
  }

  /** Waits until every event shows the mark `expected` gives it; returns them. */
  async waitForMarks(expected: (eventId: string) => MarkKind, timeoutMs = 15_000): Promise<ShownEvent[]> {
    const deadline = Date.now() + timeoutMs;
    let events: ShownEvent[] = [];
    while (Date.now() < deadline) {
      events = await this.events();
      if (events.length > 0 && events.every((event) => event.mark === expected(event.eventId) && event.badges <= 1)) return events;
      await this.page.waitForTimeout(150);
    }
    const wrong = events.filter((event) => event.mark !== expected(event.eventId) || event.badges > 1);
    throw new Error(`marks never matched; wrong: ${wrong.map((e) => `${e.title}=${e.mark}(want ${expected(e.eventId)}, ${e.badges} badges)`).join('; ') || 'no events'}`);
  }

  /** Calendar's own view menu. */
  async switchView(name: 'Day' | 'Week' | 'Month' | 'Year' | 'Schedule'): Promise<void> {
    await this.page.locator('[aria-haspopup="menu"]').click();
    await this.page.getByRole('menuitemradio', { name, exact: true }).click();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search' }).fill(text);
    await this.page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  }

  chip(eventId: string): Locator {
    return this.page.locator(`[role="button"][data-eventid="${eventId}"]`).first();
  }

  async openEvent(eventId: string): Promise<void> {
    await this.chip(eventId).click({ position: { x: 8, y: 8 } });
  }

  /** Our block in the open event dialog. */
  dialogActions(): Locator {
    return this.page.locator('[role="dialog"]:not([hidden]) [data-mentoring-companion="dialog-actions"]');
  }

  /** The text of one of our hosts (it lives in the host's shadow root). */
  async textOf(host: Locator): Promise<string> {
    if ((await host.count()) === 0) return '';
    return host.first().evaluate((element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
  }

  tooltip(): Locator {
    return this.page.locator('[data-mentoring-companion="tooltip"]:not([hidden])');
  }

  badge(eventId: string): Locator {
    return this.chip(eventId).locator(':scope > [data-mentoring-companion="badge"]');
  }

  /** Our hosts anywhere in the page (badges, tooltip, dialog actions). */
  ours(): Locator {
    return this.page.locator('[data-mentoring-companion]');
  }

  /** What Calendar's own controls did, as the fixture recorded it. */
  async calendarActions(): Promise<{ view: string; actions: string[]; dialogFor: string | null }> {
    return this.page.evaluate(() => {
      const state = (window as unknown as { __calendarFixture: { view: string; actions: string[]; dialogFor: string | null } }).__calendarFixture;
      return { view: state.view, actions: [...state.actions], dialogFor: state.dialogFor };
    });
  }
}

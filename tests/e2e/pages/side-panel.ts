import type { BrowserContext, Locator, Page } from 'playwright-core';
import { withoutIsolates } from '../../../lib/text/bidi';
import type { Side } from '../../../lib/model';

export interface ActionItemRow {
  text: string;
  owner: Side;
  /** The owner as the panel names them ("Me", "Ana Silva"). */
  ownerName: string;
  overdue: boolean;
}

export interface PanelQuery {
  pairing?: string;
  meet?: string;
}

/** The panel's size in Chrome's narrowest side panel. */
const PANEL_VIEWPORT = { width: 320, height: 800 } as const;

/**
 * The side panel opened as a tab (`chrome-extension://<id>/sidepanel.html`): tests cannot open
 * Chrome's side panel itself, but it is the same page. Locators go by role and label, as a user would.
 */
export class SidePanelPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  /** Opens the panel; `at` fixes the page's clock (Playwright's clock API: no test code in the product). */
  static async open(context: BrowserContext, extensionId: string, query: PanelQuery = {}, at?: number): Promise<SidePanelPage> {
    const page = await context.newPage();
    if (at !== undefined) await page.clock.setFixedTime(at);
    const panel = new SidePanelPage(page, extensionId);
    await panel.goto(query);
    return panel;
  }

  /** (Re)loads the panel, optionally on a pairing (`?pairing=`) or following a Meet call (`?meet=`). */
  async goto(query: PanelQuery = {}): Promise<void> {
    const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
    const suffix = search.size > 0 ? `?${search}` : '';
    await this.page.setViewportSize(PANEL_VIEWPORT);
    await this.page.goto(`chrome-extension://${this.extensionId}/sidepanel.html${suffix}`);
    await this.page.locator('.panel-body, .empty-state, .error-box').first().waitFor();
    // The sections below the first screen render a frame after it.
    if ((await this.page.locator('.panel-body').count()) > 0) await this.section('History').waitFor();
  }

  /** Fixes the clock at `at` and reloads, so the panel shows that moment. */
  async at(at: number, query: PanelQuery = {}): Promise<void> {
    await this.page.clock.setFixedTime(at);
    await this.goto(query);
  }

  /** "before", "during", "after", "next" or "none". */
  async moment(): Promise<string | null> {
    return this.page.locator('main.panel-body').getAttribute('data-moment');
  }

  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** True when the whole element is inside the first screen, without scrolling. */
  async onFirstScreen(locator: Locator): Promise<boolean> {
    const box = await locator.boundingBox();
    const viewport = this.page.viewportSize();
    if (!box || !viewport) return false;
    return box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width;
  }

  /** The pairing switcher's button (it names the pairing shown). */
  switcher(): Locator {
    return this.page.locator('.switcher-button');
  }

  async shownPairingTitle(): Promise<string> {
    return text(this.switcher().locator('.switcher-title'));
  }

  private async openSwitcher(): Promise<Locator> {
    if ((await this.switcher().getAttribute('aria-expanded')) !== 'true') await this.switcher().click();
    return this.page.getByRole('combobox', { name: 'Find a pairing' });
  }

  /** The pairing names the switcher lists (after "Follow my next session"). */
  async pairingOptions(): Promise<string[]> {
    await this.openSwitcher();
    const titles = await this.page.getByRole('listbox', { name: 'Pairings' }).locator('.switcher-option-title').allTextContents();
    await this.page.keyboard.press('Escape');
    return titles.map((title) => title.trim()).filter((title) => title !== 'Follow my next session');
  }

  /** Finds a pairing by typing part of its name, and picks it. */
  async selectPairing(title: string): Promise<void> {
    const search = await this.openSwitcher();
    await search.fill(title);
    const option = this.page.getByRole('option').filter({ has: this.page.getByText(title, { exact: true }) });
    await option.first().click();
  }

  async followNextSession(): Promise<void> {
    await this.openSwitcher();
    await this.page.getByRole('option', { name: 'Follow my next session' }).click();
  }

  async isDemo(): Promise<boolean> {
    return this.page.getByText('Demo data', { exact: true }).isVisible();
  }

  /** "Current session", "Next session" or "How did it go?". */
  async sessionHeading(): Promise<string> {
    return text(this.page.locator('#session-heading'));
  }

  /** The session's state in words ("Starts in 40 minutes", "In progress", "Ended 10 minutes ago"). */
  async sessionState(): Promise<string> {
    return text(this.page.getByTestId('session-state'));
  }

  async nextSessionTitle(): Promise<string | undefined> {
    const title = this.page.getByTestId('session-title');
    return (await title.count()) > 0 ? text(title) : undefined;
  }

  joinLink(): Locator {
    return this.page.getByRole('link', { name: 'Join Google Meet' });
  }

  async meetLink(): Promise<string | null> {
    const link = this.joinLink();
    return (await link.count()) > 0 ? link.getAttribute('href') : null;
  }

  /** The session card's link to join its call (Meet, Zoom, Teams...): its visible name and address. */
  async callLink(): Promise<{ name: string; href: string | null } | null> {
    const link = this.page.locator('section:has(#session-heading)').getByRole('link', { name: /^Join / });
    return (await link.count()) > 0 ? { name: await text(link), href: await link.getAttribute('href') } : null;
  }

  async detectionReasons(): Promise<string[]> {
    await this.page.getByText('Why this is a mentoring session').click();
    return trimmed(this.page.locator('details.why li').allTextContents());
  }

  async cadenceHealth(): Promise<string> {
    return text(this.page.getByTestId('cadence-health'));
  }

  agreedFocus(): Locator {
    return this.page.getByTestId('agreed-focus');
  }

  async goalTitles(): Promise<string[]> {
    return trimmed(this.section('Goals').locator('[data-testid="goal"] h3').allTextContents());
  }

  async goalProgress(title: string): Promise<number> {
    const bar = this.page.getByRole('progressbar', { name: `Progress on ${title}` });
    return Number(await bar.getAttribute('aria-valuenow'));
  }

  milestone(goalTitle: string, milestone: string): Locator {
    return this.section('Goals').getByRole('list', { name: new RegExp(`^Milestones of ${escape(goalTitle)}`) }).getByRole('checkbox', { name: milestone });
  }

  async isMilestoneOverdue(goalTitle: string, milestone: string): Promise<boolean> {
    const row = this.milestone(goalTitle, milestone).locator('xpath=ancestor::li[1]');
    return ((await row.getAttribute('class')) ?? '').includes('is-overdue');
  }

  /** Notes of the last session (the "Last session" card). */
  async lastNotes(): Promise<string | undefined> {
    const notes = this.section('Last session').getByTestId('last-session').getByTestId('session-notes');
    return (await notes.count()) > 0 ? text(notes) : undefined;
  }

  async lastFocusForNextTime(): Promise<string | undefined> {
    const focus = this.section('Last session').getByTestId('next-focus');
    return (await focus.count()) > 0 ? text(focus) : undefined;
  }

  commitments(): Locator {
    return this.section('Open commitments').getByTestId('action-item');
  }

  async openActionItems(): Promise<ActionItemRow[]> {
    const rows: ActionItemRow[] = [];
    for (const item of await this.commitments().all()) {
      rows.push({
        text: await text(item.locator('.item-text')),
        owner: (await item.getAttribute('data-owner')) === 'me' ? 'me' : 'them',
        ownerName: await text(item.getByTestId('owner')),
        overdue: (await item.getAttribute('class'))?.includes('is-overdue') ?? false,
      });
    }
    return rows;
  }

  commitment(itemText: string): Locator {
    return this.section('Open commitments').getByRole('checkbox', { name: itemText });
  }

  /** Ticks an open item and waits until it has left the list. */
  async markActionItemDone(itemText: string): Promise<void> {
    const checkbox = this.commitment(itemText);
    await checkbox.click();
    await checkbox.waitFor({ state: 'detached' });
  }

  undoButton(section = 'Open commitments'): Locator {
    return this.section(section).getByRole('button', { name: 'Undo' });
  }

  async undoLastDone(): Promise<void> {
    await this.undoButton().click();
  }

  agendaList(): Locator {
    return this.page.getByRole('list', { name: 'Agenda points' });
  }

  agendaPoint(point: string): Locator {
    return this.agendaList().getByRole('checkbox', { name: point });
  }

  async agendaItems(): Promise<string[]> {
    return trimmed(this.agendaList().locator('.item-text').allTextContents());
  }

  async addAgendaPoint(point: string): Promise<void> {
    await this.page.getByLabel('Add your own point').fill(point);
    await this.page.getByRole('button', { name: 'Add', exact: true }).click();
  }

  async tickAgendaItem(point: string): Promise<void> {
    await this.agendaPoint(point).check();
  }

  notes(): Locator {
    return this.page.getByRole('textbox', { name: 'Notes — saved as you type' });
  }

  async typeNotes(notes: string): Promise<void> {
    await this.notes().fill(notes);
  }

  /** Waits for the live notes to report "Saved". */
  async waitForNotesSaved(): Promise<void> {
    await this.section('Notes — saved as you type').getByRole('status').getByText('Saved', { exact: true }).waitFor();
  }

  /** The live notes' save status, e.g. "Saved" or "Saved 20,000 of 25,000 characters". */
  async notesStatus(): Promise<string> {
    return text(this.section('Notes — saved as you type').getByRole('status').first());
  }

  /** What the notes section warns about: text over the limit, or a change saved in another window. */
  async notesNotices(): Promise<string[]> {
    const alerts = await this.section('Notes — saved as you type').getByRole('alert').all();
    return Promise.all(alerts.map((alert) => text(alert.locator('p').first())));
  }

  async waitForNotesNotice(pattern: RegExp): Promise<void> {
    await this.section('Notes — saved as you type').getByRole('alert').filter({ hasText: pattern }).waitFor();
  }

  async restoreMyNotes(): Promise<void> {
    await this.section('Notes — saved as you type').getByRole('button', { name: 'Restore my text' }).click();
  }

  async letNotesOverflowGo(): Promise<void> {
    await this.section('Notes — saved as you type').getByRole('button', { name: 'Let the text over the limit go' }).click();
  }

  async historyEntries(): Promise<string[]> {
    return trimmed(this.section('History').locator('[data-testid="history-entry"] summary').allTextContents());
  }

  /** Asks for the next page of older sessions and waits until the history grows. */
  async showOlderSessions(): Promise<void> {
    const entries = this.section('History').getByTestId('history-entry');
    const before = await entries.count();
    await this.section('History').getByRole('button', { name: /^Show older sessions/ }).click();
    await entries.nth(before).waitFor();
  }

  /** Expands the n-th past session (0 = newest) and returns its notes. */
  async historyNotes(index: number): Promise<string | undefined> {
    const entry = this.section('History').getByTestId('history-entry').nth(index);
    await entry.locator('summary').click();
    const notes = entry.getByTestId('session-notes');
    return (await notes.count()) > 0 ? text(notes) : undefined;
  }

  /** Titles of the ended sessions the panel asks feedback for: the one at the top, then the others. */
  async awaitingFeedback(): Promise<string[]> {
    const top = (await this.moment()) === 'after' ? [await text(this.page.getByTestId('session-title'))] : [];
    const others = await trimmed(this.page.getByTestId('awaiting-feedback').locator('bdi').allTextContents());
    return [...top, ...others];
  }

  /** Clicks the first "Give feedback" (the session at the top after a call) and returns the feedback window it opens. */
  async giveFeedbackOnLastSession(): Promise<Page> {
    const popup = this.page.context().waitForEvent('page');
    await this.page.getByRole('button', { name: 'Give feedback' }).first().click();
    const page = await popup;
    await page.waitForLoadState();
    return page;
  }

  async emptyStateTitle(): Promise<string | undefined> {
    const heading = this.page.locator('.empty-state h2');
    return (await heading.count()) > 0 ? text(heading.first()) : undefined;
  }

  /** The focused element, described for assertions ("checkbox Ask about the offsite", "button Undo"). */
  async focused(): Promise<string> {
    return describeFocus(this.page);
  }
}

/** The focused element as "<role or tag> <accessible text>"; "body" when focus dropped to the page. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'body';
    const input = element as HTMLInputElement;
    const kind = element.tagName === 'INPUT' ? input.type : element.getAttribute('role') ?? element.tagName.toLowerCase();
    const label = element.getAttribute('aria-label') ?? (input.labels?.[0]?.textContent ?? element.textContent ?? '');
    return `${kind} ${label.replace(/\s+/g, ' ').trim()}`.trim();
  });
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function text(locator: Locator): Promise<string> {
  return withoutIsolates((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function trimmed(texts: Promise<string[]>): Promise<string[]> {
  return (await texts).map((entry) => withoutIsolates(entry).replace(/\s+/g, ' ').trim());
}

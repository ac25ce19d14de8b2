import type { BrowserContext, Locator, Page } from 'playwright-core';

export interface ActionItemRow {
  text: string;
  owner: 'me' | 'them';
  overdue: boolean;
}

/**
 * The side panel opened as a tab (`chrome-extension://<id>/sidepanel.html`): tests cannot open
 * Chrome's side panel itself, but it is the same page. Locators go by role and label, as a user would.
 */
export class SidePanelPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  static async open(
    context: BrowserContext,
    extensionId: string,
    query: { pairing?: string; meet?: string } = {},
  ): Promise<SidePanelPage> {
    const page = await context.newPage();
    const panel = new SidePanelPage(page, extensionId);
    await panel.goto(query);
    return panel;
  }

  /** (Re)loads the panel, optionally on a pairing (`?pairing=`) or following a Meet call (`?meet=`). */
  async goto(query: { pairing?: string; meet?: string } = {}): Promise<void> {
    const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
    const suffix = search.size > 0 ? `?${search}` : '';
    await this.page.goto(`chrome-extension://${this.extensionId}/sidepanel.html${suffix}`);
    await this.page.setViewportSize({ width: 320, height: 900 });
    await this.page.locator('.panel, .empty-state, .error-box').first().waitFor();
  }

  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** The pairing switcher (a select labelled "Pairing"). */
  switcher(): Locator {
    return this.page.getByLabel('Pairing', { exact: true });
  }

  async pairingOptions(): Promise<string[]> {
    return (await this.switcher().locator('option').allTextContents()).map((text) => text.trim());
  }

  /** Picks the pairing whose option starts with `title` ("Title — people…"). */
  async selectPairing(title: string): Promise<void> {
    const labels = await this.pairingOptions();
    const label = labels.find((text) => text === title || text.startsWith(`${title} — `));
    if (!label) throw new Error(`no pairing "${title}" in the switcher; it has: ${labels.join(' | ')}`);
    await this.switcher().selectOption({ label });
  }

  async followNextSession(): Promise<void> {
    await this.switcher().selectOption({ index: 0 });
  }

  async isDemo(): Promise<boolean> {
    return this.page.getByText('Demo data', { exact: true }).isVisible();
  }

  /** "Current session" or "Next session". */
  async sessionHeading(): Promise<string> {
    return text(this.page.locator('#session-heading'));
  }

  async nextSessionTitle(): Promise<string | undefined> {
    const title = this.page.getByTestId('session-title');
    return (await title.count()) > 0 ? text(title) : undefined;
  }

  async meetLink(): Promise<string | null> {
    const link = this.page.getByRole('link', { name: 'Join Google Meet' });
    return (await link.count()) > 0 ? link.getAttribute('href') : null;
  }

  async detectionReasons(): Promise<string[]> {
    await this.page.getByText('Why this is a mentoring session').click();
    return trimmed(this.page.locator('details.why li').allTextContents());
  }

  async cadenceHealth(): Promise<string> {
    return text(this.page.getByTestId('cadence-health'));
  }

  async goalTitles(): Promise<string[]> {
    return trimmed(this.section('Goals').locator('[data-testid="goal"] h3').allTextContents());
  }

  async goalProgress(title: string): Promise<number> {
    const bar = this.page.getByRole('progressbar', { name: `Progress on ${title}` });
    return Number(await bar.getAttribute('aria-valuenow'));
  }

  /** Notes of the last session held. */
  async lastNotes(): Promise<string | undefined> {
    const notes = this.section('Last session').getByTestId('last-held').getByTestId('session-notes');
    return (await notes.count()) > 0 ? text(notes) : undefined;
  }

  async lastFocusForNextTime(): Promise<string | undefined> {
    const focus = this.section('Last session').getByTestId('next-focus');
    return (await focus.count()) > 0 ? text(focus) : undefined;
  }

  async openActionItems(): Promise<ActionItemRow[]> {
    const rows: ActionItemRow[] = [];
    for (const item of await this.section('Open action items').getByTestId('action-item').all()) {
      const list = await item.locator('xpath=ancestor::ul[1]').getAttribute('aria-label');
      rows.push({
        text: await text(item.locator('label')),
        owner: list?.startsWith('Mine:') ? 'me' : 'them',
        overdue: (await item.getAttribute('class'))?.includes('is-overdue') ?? false,
      });
    }
    return rows;
  }

  /** Ticks an open item and waits until it has left the list. */
  async markActionItemDone(itemText: string): Promise<void> {
    const checkbox = this.section('Open action items').getByRole('checkbox', { name: itemText });
    await checkbox.click();
    await checkbox.waitFor({ state: 'detached' });
  }

  async undoLastDone(): Promise<void> {
    await this.section('Open action items').getByRole('button', { name: 'Undo' }).click();
  }

  async agendaItems(): Promise<string[]> {
    return trimmed(this.page.getByRole('list', { name: 'Agenda points' }).locator('label').allTextContents());
  }

  async addAgendaPoint(point: string): Promise<void> {
    await this.page.getByLabel('Add your own point').fill(point);
    await this.page.getByRole('button', { name: 'Add', exact: true }).click();
  }

  async tickAgendaItem(point: string): Promise<void> {
    await this.page.getByRole('list', { name: 'Agenda points' }).getByRole('checkbox', { name: point }).check();
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

  /** Titles of the ended sessions the panel asks feedback for. */
  async awaitingFeedback(): Promise<string[]> {
    return trimmed(this.section('Last session').getByTestId('awaiting-feedback').locator('p').allTextContents());
  }

  /** Clicks "Give feedback" on the newest session awaiting it and returns the feedback window it opens. */
  async giveFeedbackOnLastSession(): Promise<Page> {
    const popup = this.page.context().waitForEvent('page');
    await this.section('Last session').getByTestId('awaiting-feedback').first().getByRole('button', { name: 'Give feedback' }).click();
    const page = await popup;
    await page.waitForLoadState();
    return page;
  }

  async emptyStateTitle(): Promise<string | undefined> {
    const heading = this.page.locator('.empty-state h2');
    return (await heading.count()) > 0 ? text(heading.first()) : undefined;
  }
}

async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function trimmed(texts: Promise<string[]>): Promise<string[]> {
  return (await texts).map((entry) => entry.replace(/\s+/g, ' ').trim());
}

import type { BrowserContext, Locator, Page } from 'playwright-core';

/** A Google Meet call page (our fixture served as meet.google.com) with the extension's bar. */
export class GoogleMeetPage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  static async open(context: BrowserContext, path: string): Promise<GoogleMeetPage> {
    const meet = new GoogleMeetPage(await context.newPage());
    await meet.page.goto(`https://meet.google.com/${path.replace(/^\//, '')}`);
    await meet.page.locator('#yDmH0d > *').first().waitFor();
    return meet;
  }

  /** The extension's bar (its controls live in a shadow root, which Playwright pierces). */
  bar(): Locator {
    return this.page.locator('[data-mentoring-companion="meet-bar"]');
  }

  async barText(): Promise<string> {
    if ((await this.bar().count()) === 0) return '';
    return this.bar().evaluate((host) => (host.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
  }

  mentoringNotes(): Locator {
    return this.bar().getByRole('button', { name: 'Mentoring notes' });
  }

  /** Links the call through the bar to the pairing whose option starts with `title`. */
  async linkTo(title: string): Promise<void> {
    await this.bar().getByRole('button', { name: 'Link this call to a pairing' }).click();
    const select = this.bar().getByRole('combobox', { name: 'Pairing' });
    const labels = await select.locator('option').allTextContents();
    const label = labels.find((text) => text.startsWith(`${title} — `));
    if (!label) throw new Error(`no pairing "${title}" to link to; offered: ${labels.join(' | ')}`);
    await select.selectOption({ label });
    await this.bar().getByRole('button', { name: 'Link', exact: true }).click();
  }

  /** Meet's own controls. */
  async join(): Promise<void> {
    await this.page.getByRole('button', { name: 'Join now' }).click();
  }

  async leave(): Promise<void> {
    await this.page.getByRole('button', { name: 'Leave call' }).click();
    await this.page.getByRole('heading', { name: 'You left the meeting' }).waitFor();
  }

  async rejoin(): Promise<void> {
    await this.page.getByRole('button', { name: 'Rejoin' }).click();
  }
}

import type { BrowserContext, Locator, Page } from 'playwright-core';
import { CalendarSection } from './options/calendar-section';
import { DataSection } from './options/data-section';
import { DetectionSection } from './options/detection-section';
import { GooglePagesSection } from './options/google-pages-section';
import { PairingsSection } from './options/pairings-section';
import type { OptionsRegion } from './options/section';
import { SettingsSection } from './options/settings-section';
import { TemplatesSection } from './options/templates-section';


/**
 * The options page (`chrome-extension://<id>/options.html`), one object per section as in
 * components/options/: `options.pairings.createPairing(…)`, `options.calendar.syncNow()`.
 */
export class OptionsPage {
  readonly pairings: PairingsSection;
  readonly templates: TemplatesSection;
  readonly calendar: CalendarSection;
  readonly detection: DetectionSection;
  readonly settings: SettingsSection;
  readonly googlePages: GooglePagesSection;
  readonly data: DataSection;

  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {
    this.pairings = new PairingsSection(page);
    this.templates = new TemplatesSection(page);
    this.calendar = new CalendarSection(page);
    this.detection = new DetectionSection(page);
    this.settings = new SettingsSection(page);
    this.googlePages = new GooglePagesSection(page);
    this.data = new DataSection(page);
  }

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    const options = new OptionsPage(page, extensionId);
    await options.goto();
    return options;
  }

  async goto(): Promise<void> {
    await this.page.goto(`chrome-extension://${this.extensionId}/options.html`);
    await this.page.getByRole('heading', { level: 1, name: 'Mentoring Companion options' }).waitFor();
    await this.section('Pairings').getByRole('list', { name: 'Pairings' }).or(this.section('Pairings').locator('.empty-state')).first().waitFor();
  }

  section(name: OptionsRegion): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The first run's welcome (until the user closes it with "Got it"). */
  welcome(): Locator {
    return this.page.getByRole('region', { name: 'Welcome to Mentoring Companion' });
  }
}

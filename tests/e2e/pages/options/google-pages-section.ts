import { OptionsSection } from './section';

/** Options → Google Calendar and Meet (components/options/pages). */
export class GooglePagesSection extends OptionsSection {
  /** Problems the Calendar and Meet page scripts recorded, as the page lists them. */
  async pageProblems(): Promise<string[]> {
    const items = this.section('Google Calendar and Meet').getByRole('list', { name: "Problems seen on Google's pages" }).getByRole('listitem');
    return (await items.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
  }
}

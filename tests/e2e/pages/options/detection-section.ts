import type { Locator } from 'playwright-core';
import { OptionsSection, type Outcome, text, trimmed } from './section';

export interface SuggestionRow {
  title: string;
  people: string;
  reasons: string[];
}

/** Options → Detection and its suggestions (components/options/detection). */
export class DetectionSection extends OptionsSection {
  async setDetection(values: { enabled?: boolean; minConfidencePercent?: number; extraKeywords?: string[]; ignoreKeywords?: string[] }): Promise<Outcome> {
    const section = this.section('Detection');
    if (values.enabled !== undefined) await section.getByRole('checkbox', { name: 'Find mentoring sessions in my calendar' }).setChecked(values.enabled);
    if (values.minConfidencePercent !== undefined) await section.getByLabel('Minimum confidence (%)').fill(String(values.minConfidencePercent));
    if (values.extraKeywords) await section.getByLabel('Extra mentoring keywords').fill(values.extraKeywords.join(', '));
    if (values.ignoreKeywords) await section.getByLabel('Ignore keywords').fill(values.ignoreKeywords.join(', '));
    return this.outcomeOf(section, () => section.getByRole('button', { name: 'Save detection settings' }).click());
  }

  private suggestionList(): Locator {
    return this.section('Detection').getByRole('list', { name: 'Suggested pairings' });
  }

  suggestion(title: string): Locator {
    return this.suggestionList().getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  async suggestions(): Promise<SuggestionRow[]> {
    await this.section('Detection').locator('.suggestion, .empty-state').first().waitFor();
    const rows: SuggestionRow[] = [];
    for (const item of await this.suggestionList().getByRole('listitem').filter({ has: this.page.locator('.suggestion-title') }).all()) {
      rows.push({
        title: await text(item.locator('.suggestion-title')),
        people: await text(item.locator('.people-line')),
        reasons: await trimmed(item.locator('.reasons li').allTextContents()),
      });
    }
    return rows;
  }

  async createPairingFromSuggestion(title: string): Promise<Outcome> {
    return this.outcomeOf(this.section('Detection'), () => this.suggestion(title).getByRole('button', { name: `Create pairing from “${title}”` }).click());
  }

  async addSuggestionToPairing(title: string, pairingTitle: string): Promise<Outcome> {
    const item = this.suggestion(title);
    await item.getByRole('button', { name: `Add to pairing… (“${title}”)` }).click();
    await item.getByLabel(`Add “${title}” to`).selectOption({ label: pairingTitle });
    return this.outcomeOf(this.section('Detection'), () => item.getByRole('button', { name: 'Add', exact: true }).click());
  }

  async rejectSuggestion(title: string): Promise<Outcome> {
    return this.outcomeOf(this.section('Detection'), () => this.suggestion(title).getByRole('button', { name: `Not mentoring (“${title}”)` }).click());
  }
}

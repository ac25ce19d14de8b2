import type { Locator } from 'playwright-core';
import { isolate } from '../../../../lib/text/bidi';
import { OptionsSection, type Outcome, text, trimmed } from './section';

export interface PairingInput {
  title: string;
  /** As labelled in the Type select, e.g. "Reverse mentoring". */
  type?: string;
  myRole?: 'Mentor' | 'Mentee';
  cadenceDays?: number;
  people: { name: string; email: string }[];
  keywords?: string[];
  /** Goals to add: from a template (by name) or blank with a title. */
  goals?: ({ template: string } | { title: string })[];
}

/** Options → Pairings (components/options/pairings). */
export class PairingsSection extends OptionsSection {
  private pairingList(): Locator {
    return this.section('Pairings').getByRole('list', { name: 'Pairings' });
  }

  pairing(title: string): Locator {
    return this.pairingList().getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  async pairingTitles(): Promise<string[]> {
    if ((await this.pairingList().count()) === 0) return [];
    return trimmed(this.pairingList().getByRole('heading', { level: 3 }).allTextContents());
  }

  async isDemoPairing(title: string): Promise<boolean> {
    return (await this.pairing(title).getByText('Demo', { exact: true }).count()) > 0;
  }

  /** The one-line summary of a pairing: status, type, role, cadence and people. */
  async pairingSummary(title: string): Promise<string> {
    return text(this.pairing(title).locator('.item-title'));
  }

  pairingEditor(): Locator {
    return this.section('Pairings').locator('form.editor');
  }

  async openNewPairing(): Promise<Locator> {
    await this.section('Pairings').getByRole('button', { name: 'New pairing' }).click();
    return this.pairingEditor();
  }

  async openPairing(title: string): Promise<Locator> {
    await this.pairing(title).getByRole('button', { name: `Edit “${title}”` }).click();
    await this.pairingEditor().getByLabel('Title', { exact: true }).waitFor();
    return this.pairingEditor();
  }

  /** Fills the open pairing editor; people rows are replaced when given. */
  async fillPairing(input: Partial<PairingInput>): Promise<void> {
    const form = this.pairingEditor();
    if (input.title !== undefined) await form.getByLabel('Title', { exact: true }).fill(input.title);
    if (input.type) await form.getByLabel('Type', { exact: true }).selectOption({ label: input.type });
    if (input.myRole) await form.getByLabel('My role', { exact: true }).selectOption({ label: input.myRole });
    if (input.cadenceDays !== undefined) await form.getByLabel('Cadence (days)', { exact: true }).fill(String(input.cadenceDays));
    if (input.people) {
      const people = form.getByRole('group', { name: 'People' });
      for (let index = 0; index < input.people.length; index += 1) {
        if ((await people.getByLabel(`Person ${index + 1} name`).count()) === 0) await people.getByRole('button', { name: 'Add person' }).click();
        await people.getByLabel(`Person ${index + 1} name`).fill(input.people[index]!.name);
        await people.getByLabel(`Person ${index + 1} e-mail`).fill(input.people[index]!.email);
      }
    }
    if (input.keywords) await form.getByLabel('Keywords', { exact: true }).fill(input.keywords.join(', '));
    for (const goal of input.goals ?? []) {
      const from = form.getByLabel('New goal from');
      if ('template' in goal) await from.selectOption({ label: `the template “${isolate(goal.template)}”` });
      else await from.selectOption({ label: 'a blank goal' });
      await form.getByRole('button', { name: 'Add goal' }).click();
      if ('title' in goal) {
        const count = await form.getByRole('group', { name: /^Goal \d+:/ }).count();
        await form.getByLabel(`Goal ${count} title`).fill(goal.title);
      }
    }
  }

  async savePairing(): Promise<Outcome> {
    const form = this.pairingEditor();
    const button = form.getByRole('button', { name: /^(Create|Save) pairing$/ });
    return this.outcomeOf(this.section('Pairings'), () => button.click());
  }

  async createPairing(input: PairingInput): Promise<Outcome> {
    await this.openNewPairing();
    await this.fillPairing(input);
    return this.savePairing();
  }

  /** The errors listed at the top of the open pairing editor. */
  async pairingFormErrors(): Promise<string[]> {
    return trimmed(this.pairingEditor().getByRole('alert').locator('li').allTextContents());
  }

  async setPairingStatus(title: string, action: 'Pause' | 'Resume' | 'Close' | 'Reopen'): Promise<Outcome> {
    return this.outcomeOf(this.section('Pairings'), () => this.pairing(title).getByRole('button', { name: `${action} “${title}”` }).click());
  }

  /** Asks to delete, returns what the confirmation says, then confirms or cancels. */
  async deletePairing(title: string, confirm: boolean): Promise<{ warning: string; outcome?: Outcome }> {
    await this.pairing(title).getByRole('button', { name: `Delete… “${title}”` }).click();
    const dialog = this.pairing(title).getByRole('alertdialog');
    await dialog.waitFor();
    const warning = (await trimmed(dialog.locator('p').allInnerTexts())).join(' ');
    if (!confirm) {
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      return { warning };
    }
    const outcome = await this.outcomeOf(this.section('Pairings'), () => dialog.getByRole('button', { name: 'Delete pairing and its data' }).click());
    return { warning, outcome };
  }
}

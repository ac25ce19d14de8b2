import type { Locator } from 'playwright-core';
import { OptionsSection, type Outcome, escape, trimmed } from './section';

export interface TemplateInput {
  name: string;
  category?: string;
  description: string;
  milestones?: string[];
  questions?: string[];
  criteria?: string[];
}

/** Options → Goal templates (components/options/templates). */
export class TemplatesSection extends OptionsSection {
  private templateList(): Locator {
    return this.section('Goal templates').getByRole('list', { name: 'Goal templates' });
  }

  template(name: string): Locator {
    return this.templateList().getByRole('listitem').filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  async templateNames(): Promise<string[]> {
    if ((await this.templateList().count()) === 0) return [];
    return trimmed(this.templateList().getByRole('heading', { level: 3 }).allTextContents());
  }

  async isBuiltIn(name: string): Promise<boolean> {
    return (await this.template(name).getByText('Built-in', { exact: true }).count()) > 0;
  }

  async showArchivedTemplates(show: boolean): Promise<void> {
    await this.section('Goal templates').getByRole('checkbox', { name: /^Show archived/ }).setChecked(show);
  }

  async createTemplate(input: TemplateInput): Promise<Outcome> {
    await this.section('Goal templates').getByRole('button', { name: 'New template' }).click();
    return this.fillTemplateForm(input, 'Create template');
  }

  async editTemplate(name: string, input: Partial<TemplateInput>): Promise<Outcome> {
    await this.template(name).getByRole('button', { name: `Edit “${name}”` }).click();
    return this.fillTemplateForm(input, 'Save template');
  }

  private async fillTemplateForm(input: Partial<TemplateInput>, submit: string): Promise<Outcome> {
    const form = this.section('Goal templates').locator('form.editor');
    if (input.name !== undefined) await form.getByLabel('Name', { exact: true }).fill(input.name);
    if (input.category !== undefined) await form.getByLabel('Category', { exact: true }).selectOption({ label: input.category });
    if (input.description !== undefined) await form.getByLabel('Description', { exact: true }).fill(input.description);
    if (input.milestones) await form.getByLabel('Default milestones').fill(input.milestones.join('\n'));
    if (input.questions) await form.getByLabel('Suggested questions').fill(input.questions.join('\n'));
    if (input.criteria) await form.getByLabel('Success criteria').fill(input.criteria.join('\n'));
    return this.outcomeOf(this.section('Goal templates'), () => form.getByRole('button', { name: submit }).click());
  }

  async duplicateTemplate(name: string): Promise<Outcome> {
    const button = this.template(name).getByRole('button', { name: new RegExp(`^Duplicate( to edit)? “${escape(name)}”$`) });
    return this.outcomeOf(this.section('Goal templates'), () => button.click());
  }

  async setTemplateArchived(name: string, archived: boolean): Promise<Outcome> {
    const button = this.template(name).getByRole('button', { name: `${archived ? 'Archive' : 'Unarchive'} “${name}”` });
    return this.outcomeOf(this.section('Goal templates'), () => button.click());
  }

  async selectTemplatesForExport(names: string[]): Promise<void> {
    for (const name of names) await this.template(name).getByRole('checkbox', { name: `Select “${name}” for export` }).check();
  }

  /** Exports the selected templates (or all not archived) and returns the downloaded file. */
  async exportTemplates(which: 'selected' | 'all'): Promise<{ fileName: string; json: unknown }> {
    const name = which === 'selected' ? /^Export selected/ : 'Export all not archived';
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.section('Goal templates').getByRole('button', { name }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { fileName: download.suggestedFilename(), json: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  }

  /** Imports a JSON file; `messages` lists what was imported, or each error when nothing was. */
  async importTemplates(file: string): Promise<Outcome & { messages: string[] }> {
    const section = this.section('Goal templates');
    const outcome = await this.outcomeOf(section, () => section.getByLabel('Import templates from a JSON file').setInputFiles(file));
    const report = outcome.ok ? section.locator('.import-report li') : section.locator('.import-errors li');
    return { ...outcome, messages: await trimmed(report.allTextContents()) };
  }

  private templateImportChoices(): Locator {
    return this.section('Goal templates').getByRole('group', { name: 'Your templates that the file changes' });
  }

  /** When an import would replace the user's own templates, the page asks first: one question each. */
  async templateImportQuestions(): Promise<string[]> {
    return trimmed(this.templateImportChoices().locator('legend').allTextContents());
  }

  /** Answers each question (found by its legend's start) and imports with those choices. */
  async answerTemplateImport(choices: Record<string, 'Keep mine' | 'Replace with the file’s' | 'Keep both'>): Promise<Outcome & { messages: string[] }> {
    const group = this.templateImportChoices();
    for (const [legend, choice] of Object.entries(choices)) {
      await group.getByRole('radiogroup', { name: new RegExp(`^${escape(legend)}`) }).getByRole('radio', { name: choice }).check();
    }
    const section = this.section('Goal templates');
    const outcome = await this.outcomeOf(section, () => group.getByRole('button', { name: 'Import with these choices' }).click());
    const report = outcome.ok ? section.locator('.import-report li') : section.locator('.import-errors li');
    return { ...outcome, messages: await trimmed(report.allTextContents()) };
  }
}

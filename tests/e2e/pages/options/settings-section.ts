import { OptionsSection, type Outcome, trimmed } from './section';

/** Options → Feedback questions, Notifications and Theme (components/options/settings). */
export class SettingsSection extends OptionsSection {
  async addFeedbackQuestion(question: string, kind: 'Written answer' | 'Scale from 1 to 5' = 'Written answer'): Promise<Outcome> {
    const section = this.section('Feedback questions');
    await section.getByLabel('Question', { exact: true }).fill(question);
    await section.getByLabel('Answer', { exact: true }).selectOption({ label: kind });
    return this.outcomeOf(section, () => section.getByRole('button', { name: 'Add question' }).click());
  }

  async feedbackQuestions(): Promise<string[]> {
    const list = this.section('Feedback questions').getByRole('list', { name: 'Feedback questions' });
    if ((await list.count()) === 0) return [];
    return trimmed(list.locator('.question-text').allTextContents());
  }

  async archiveFeedbackQuestion(question: string): Promise<Outcome> {
    const section = this.section('Feedback questions');
    return this.outcomeOf(section, () => section.getByRole('button', { name: `Archive “${question}”` }).click());
  }

  async setNotifications(values: { enabled?: boolean; startingSoonMinutes?: number; feedbackDelayMinutes?: number }): Promise<Outcome> {
    const section = this.section('Notifications');
    if (values.enabled !== undefined) await section.getByRole('checkbox', { name: 'Show notifications' }).setChecked(values.enabled);
    if (values.startingSoonMinutes !== undefined) await section.getByLabel('Starting-soon reminder (minutes before)').fill(String(values.startingSoonMinutes));
    if (values.feedbackDelayMinutes !== undefined) await section.getByLabel('Feedback prompt (minutes after the end)').fill(String(values.feedbackDelayMinutes));
    return this.outcomeOf(section, () => section.getByRole('button', { name: 'Save notification settings' }).click());
  }

  async setTheme(theme: 'Same as the system' | 'Light' | 'Dark'): Promise<void> {
    await this.section('Theme').getByRole('radio', { name: theme }).check();
  }

  /** The theme the page shows now ("light"/"dark" when pinned, undefined when it follows the system). */
  async pinnedTheme(): Promise<string | undefined> {
    return (await this.page.locator('html').getAttribute('data-theme')) ?? undefined;
  }
}

import type { BrowserContext, Locator, Page } from 'playwright-core';
import { isolate, withoutIsolates } from '../../../lib/text/bidi';

export interface TemplateInput {
  name: string;
  category?: string;
  description: string;
  milestones?: string[];
  questions?: string[];
  criteria?: string[];
}

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

export interface CalendarStatusRow {
  label: string;
  details: string;
  lastError?: string;
  skipped: number;
  /** Set for a calendar no longer synced whose events were kept. */
  stopped?: string;
  /** What was cut from events that were kept, and notes on the calendar as a whole. */
  notes: string[];
}

export interface GoogleCalendarRow {
  label: string;
  checked: boolean;
  /** Primary or already synced: not a choice any more. */
  fixed: boolean;
}

export interface SuggestionRow {
  title: string;
  people: string;
  reasons: string[];
}

/** What an action showed: its status message, or the alert that explains why it failed. */
export interface Outcome {
  ok: boolean;
  message: string;
}

/** Status messages and alerts; each new result is a new element (see components/options/ui.tsx). */
const OUTCOME = '[role="status"] > *, [role="alert"], [role="alertdialog"]';

/**
 * The options page (`chrome-extension://<id>/options.html`). Locators go by role and label, as a user
 * would; every action returns what the page said about it.
 */
export class OptionsPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

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

  section(name: 'Pairings' | 'Goal templates' | 'Calendar source' | 'Detection' | 'Feedback questions' | 'Notifications' | 'Theme' | 'Google Calendar and Meet'): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The first run's welcome (until the user closes it with "Got it"). */
  welcome(): Locator {
    return this.page.getByRole('region', { name: 'Welcome to Mentoring Companion' });
  }

  /** Problems the Calendar and Meet page scripts recorded, as the page lists them. */
  async pageProblems(): Promise<string[]> {
    const items = this.section('Google Calendar and Meet').getByRole('list', { name: "Problems seen on Google's pages" }).getByRole('listitem');
    return (await items.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  // Goal templates

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

  // Pairings

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

  // Calendar source

  async setSelfEmail(email: string): Promise<Outcome> {
    const section = this.section('Calendar source');
    await section.getByRole('textbox', { name: 'Your e-mail address', exact: true }).fill(email);
    return this.outcomeOf(section, () => section.getByRole('button', { name: 'Save e-mail address' }).click());
  }

  async signInGoogle(): Promise<Outcome> {
    const group = this.section('Calendar source').getByRole('group', { name: 'Google Calendar' });
    return this.outcomeOf(group, () => group.getByRole('button', { name: 'Sign in with Google' }).click());
  }

  async signOutGoogle(keepData: boolean): Promise<Outcome> {
    const group = this.section('Calendar source').getByRole('group', { name: 'Google Calendar' });
    await group.getByRole('button', { name: 'Sign out…' }).click();
    await group.getByRole('radio', { name: keepData ? /^Keep the synced events/ : /^Delete the synced Google events/ }).check();
    return this.outcomeOf(group, () => group.getByRole('button', { name: 'Sign out', exact: true }).click());
  }

  /** Opens "Choose calendars": the calendars Google listed, or (not ok) the alert saying why none could be. */
  async chooseGoogleCalendars(): Promise<Outcome & { calendars: GoogleCalendarRow[] }> {
    const group = this.section('Calendar source').getByRole('group', { name: 'Google Calendar', exact: true });
    const list = group.getByRole('group', { name: 'Calendars in your account' });
    // An alert already on screen (an earlier sign-in) is not this answer.
    await group.evaluate((root) => root.querySelectorAll('[role="alert"]').forEach((node) => node.setAttribute('data-seen', '')));
    const alert = group.locator('[role="alert"]:not([data-seen])');
    await group.getByRole('button', { name: 'Choose calendars' }).click();
    await list.or(alert).first().waitFor({ timeout: 30_000 });
    if ((await list.count()) === 0) return { ok: false, message: await text(alert), calendars: [] };
    const calendars: GoogleCalendarRow[] = [];
    for (const box of await list.getByRole('checkbox').all()) {
      calendars.push({
        label: await text(list.locator(`label[for="${await box.getAttribute('id')}"]`)),
        checked: await box.isChecked(),
        fixed: await box.isDisabled(),
      });
    }
    return { ok: true, message: '', calendars };
  }

  /** Ticks one listed calendar (chooseGoogleCalendars first) and adds it to the sync. */
  async addGoogleCalendar(label: string): Promise<Outcome> {
    const group = this.section('Calendar source').getByRole('group', { name: 'Google Calendar', exact: true });
    const list = group.getByRole('group', { name: 'Calendars in your account' });
    await list.getByRole('checkbox', { name: label, exact: true }).check();
    return this.outcomeOf(group, () => list.getByRole('button', { name: 'Add chosen calendars' }).click());
  }

  async connectIcsFile(path: string): Promise<Outcome> {
    const group = this.section('Calendar source').getByRole('group', { name: 'Calendar file or iCal address' });
    return this.outcomeOf(group, () => group.getByLabel('Import an .ics calendar file').setInputFiles(path), ICS_IMPORT_TIMEOUT_MS);
  }

  /** Adds an iCal address; the browser's permission prompt must be answered by the test's context. */
  async addIcsUrl(url: string): Promise<Outcome> {
    const group = this.section('Calendar source').getByRole('group', { name: 'Calendar file or iCal address' });
    await group.getByLabel("Calendar's secret iCal address").fill(url);
    // A large calendar takes as long as a file import: fetched, parsed in a worker, stored.
    return this.outcomeOf(group, () => group.getByRole('button', { name: 'Add calendar address' }).click(), ICS_IMPORT_TIMEOUT_MS);
  }

  async loadDemo(): Promise<Outcome> {
    const group = this.section('Calendar source').getByRole('group', { name: 'Demo data' });
    return this.outcomeOf(group, () => group.getByRole('button', { name: 'Load demo data' }).click());
  }

  /** Removes the demo data; `warning` is what the page said would be removed. */
  async removeDemo(): Promise<Outcome & { warning: string }> {
    const group = this.section('Calendar source').getByRole('group', { name: 'Demo data' });
    const warning = await text(group.locator('#demo-remove-what'));
    return { warning, ...(await this.outcomeOf(group, () => group.getByRole('button', { name: 'Remove demo data' }).click())) };
  }

  async syncStatus(): Promise<CalendarStatusRow[]> {
    const list = this.section('Calendar source').getByRole('list', { name: 'Calendars' });
    if ((await list.count()) === 0) return [];
    const rows: CalendarStatusRow[] = [];
    for (const item of await list.getByRole('listitem').filter({ has: this.page.locator('.calendar-label') }).all()) {
      const error = item.locator('.error-text');
      const stopped = item.locator('.calendar-stopped');
      const skipped = await item.locator('.skipped:not(.notices) li').count();
      rows.push({
        label: await text(item.locator('.calendar-label')),
        details: await text(item.locator('.item-title p')),
        ...((await error.count()) > 0 ? { lastError: await text(error) } : {}),
        skipped,
        ...((await stopped.count()) > 0 ? { stopped: await text(stopped) } : {}),
        notes: await trimmed(item.locator('.notices li').allTextContents()),
      });
    }
    return rows;
  }

  async syncNow(): Promise<Outcome> {
    const group = this.section('Calendar source').getByRole('group', { name: 'Sync status' });
    return this.outcomeOf(group, () => group.getByRole('button', { name: 'Sync now' }).click(), 120_000);
  }

  async removeCalendar(label: string, keepData: boolean): Promise<Outcome> {
    const item = this.section('Calendar source').getByRole('list', { name: 'Calendars' }).getByRole('listitem').filter({ hasText: label });
    await item.getByRole('button', { name: `Remove calendar… “${label}”` }).click();
    await item.getByRole('radio', { name: keepData ? 'Keep its events on this computer' : 'Delete its events' }).check();
    return this.outcomeOf(this.section('Calendar source'), () => item.getByRole('button', { name: 'Remove calendar', exact: true }).click());
  }

  /** Deletes the events a stopped calendar (signed out, kept) left on this computer: done when its row goes. */
  async deleteKeptEvents(label: string): Promise<Outcome> {
    const item = this.section('Calendar source').getByRole('list', { name: 'Calendars' }).getByRole('listitem').filter({ hasText: label });
    await item.getByRole('button', { name: `Delete its events… “${label}”` }).click();
    await item.getByRole('button', { name: 'Delete its events', exact: true }).click();
    const alert = item.getByRole('alert');
    await Promise.race([item.waitFor({ state: 'detached' }), alert.waitFor()]);
    return (await alert.count()) > 0 ? { ok: false, message: await text(alert) } : { ok: true, message: '' };
  }

  async setSyncSettings(values: { daysBack?: number; daysAhead?: number; intervalMinutes?: number }): Promise<Outcome> {
    const section = this.section('Calendar source');
    if (values.daysBack !== undefined) await section.getByLabel('Days back').fill(String(values.daysBack));
    if (values.daysAhead !== undefined) await section.getByLabel('Days ahead').fill(String(values.daysAhead));
    if (values.intervalMinutes !== undefined) await section.getByLabel('Sync every (minutes)').fill(String(values.intervalMinutes));
    return this.outcomeOf(section, () => section.getByRole('button', { name: 'Save sync settings' }).click());
  }

  // Detection

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

  // Feedback questions, notifications, theme

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

  /**
   * Runs `act` and returns the first status message or alert that appears in `scope` afterwards.
   * Results already on screen are marked first, so an earlier message is never mistaken for this one.
   */
  private async outcomeOf(scope: Locator, act: () => Promise<unknown>, timeout = 30_000): Promise<Outcome> {
    await scope.evaluate((root, selector) => root.querySelectorAll(selector).forEach((node) => node.setAttribute('data-seen', '')), OUTCOME);
    await act();
    const fresh = scope.locator(`:is(${OUTCOME}):not([data-seen])`).first();
    await fresh.waitFor({ timeout });
    const role = await fresh.getAttribute('role');
    // innerText keeps list items apart ("Name must not be empty. Description…"), textContent would glue them.
    return { ok: role !== 'alert' && role !== 'alertdialog', message: withoutIsolates(await fresh.innerText()).replace(/\s*\n\s*/g, ' | ').replace(/\s+/g, ' ').trim() };
  }
}

/** A large calendar (the 170 KB file that expands to 90 MB) takes a while on a busy 2-core machine. */
const ICS_IMPORT_TIMEOUT_MS = 120_000;

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function text(locator: Locator): Promise<string> {
  return withoutIsolates((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function trimmed(texts: Promise<string[]>): Promise<string[]> {
  return (await texts).map((entry) => withoutIsolates(entry).replace(/\s+/g, ' ').trim());
}

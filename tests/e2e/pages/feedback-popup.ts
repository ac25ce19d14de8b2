import type { BrowserContext, Locator, Page } from 'playwright-core';

export interface GoalFeedback {
  title: string;
  progress?: number;
  note?: string;
  /** Milestone titles to tick. */
  milestones?: string[];
}

export interface NewActionItemInput {
  text: string;
  owner?: 'me' | 'them';
  /** In a group pairing, which member owns it. */
  ownerEmail?: string;
  /** YYYY-MM-DD */
  due?: string;
}

export interface FeedbackInput {
  outcome: 'held' | 'rescheduled' | 'missed';
  rating?: 1 | 2 | 3 | 4 | 5;
  goals?: GoalFeedback[];
  wentWell?: string;
  wasHard?: string;
  actionItems?: NewActionItemInput[];
  nextFocus?: string;
  privateReflection?: string;
  /** Custom question text → answer ("1".."5" for scale questions). */
  answers?: Record<string, string>;
}

const OUTCOME_LABELS = { held: 'Held', rescheduled: 'Rescheduled', missed: 'Missed' } as const;

/** The feedback window (`feedback.html?session=<id>`), opened as a tab or taken from a popup event. */
export class FeedbackPopupPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, sessionId: string | null): Promise<FeedbackPopupPage> {
    const page = await context.newPage();
    const query = sessionId === null ? '' : `?session=${encodeURIComponent(sessionId)}`;
    await page.goto(`chrome-extension://${extensionId}/feedback.html${query}`);
    const popup = new FeedbackPopupPage(page);
    await popup.ready();
    return popup;
  }

  /** Waits until the form, a message or a confirmation is on screen. */
  async ready(): Promise<void> {
    await this.page.locator('form, .empty-state, .error-box, .notice, .confirmation').first().waitFor();
  }

  async heading(): Promise<string> {
    return text(this.page.getByRole('heading', { level: 1 }).or(this.page.locator('.empty-state h2')).first());
  }

  async sessionTitle(): Promise<string> {
    return text(this.page.getByTestId('feedback-session-title'));
  }

  async chooseOutcome(outcome: FeedbackInput['outcome']): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Did it happen?' }).getByRole('radio', { name: OUTCOME_LABELS[outcome] }).check();
  }

  async rate(rating: number): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Rating' }).getByRole('radio', { name: String(rating), exact: true }).check();
  }

  /** A goal's fields: its title is the group's name; inside it "Progress", "Milestones" and "Note". */
  goal(title: string): Locator {
    return this.page.getByRole('group', { name: title, exact: true });
  }

  async setGoal(goal: GoalFeedback): Promise<void> {
    const group = this.goal(goal.title);
    if (goal.progress !== undefined) await group.getByLabel('Progress', { exact: true }).fill(String(goal.progress));
    if (goal.note !== undefined) await group.getByLabel('Note', { exact: true }).fill(goal.note);
    for (const milestone of goal.milestones ?? []) {
      await group.getByRole('group', { name: 'Milestones' }).getByRole('checkbox', { name: milestone }).check();
    }
  }

  /** Action item row n (from 1): "Action item", "Owner" and "Due" inside it. */
  actionRow(n: number): Locator {
    return this.page.getByRole('group', { name: `Action item ${n}`, exact: true });
  }

  /** Fills the blank row the form keeps ready, adding a row first when there is none. */
  async addActionItem(item: NewActionItemInput): Promise<void> {
    let n = await this.page.getByTestId('action-row').count();
    if (n === 0 || (await this.actionRow(n).getByLabel('Action item', { exact: true }).inputValue()) !== '') {
      await this.page.getByRole('button', { name: 'Add action item' }).click();
      n += 1;
    }
    const row = this.actionRow(n);
    await row.getByLabel('Action item', { exact: true }).fill(item.text);
    if (item.owner) {
      await row.getByLabel('Owner', { exact: true }).selectOption(item.ownerEmail ? `them:${item.ownerEmail}` : item.owner);
    }
    if (item.due) await row.getByLabel('Due', { exact: true }).fill(item.due);
  }

  async removeActionItem(n: number): Promise<void> {
    await this.page.getByRole('button', { name: `Remove action item ${n}` }).click();
  }

  async tickOpenItem(itemText: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Done since last time?' }).getByRole('checkbox', { name: itemText }).check();
  }

  async fillFeedback(input: FeedbackInput): Promise<void> {
    await this.chooseOutcome(input.outcome);
    if (input.rating !== undefined) await this.rate(input.rating);
    for (const goal of input.goals ?? []) await this.setGoal(goal);
    if (input.wentWell !== undefined) await this.page.getByLabel('What went well').fill(input.wentWell);
    if (input.wasHard !== undefined) await this.page.getByLabel('What was hard').fill(input.wasHard);
    for (const item of input.actionItems ?? []) await this.addActionItem(item);
    if (input.nextFocus !== undefined) await this.page.getByLabel('Focus for next time').fill(input.nextFocus);
    for (const [question, answer] of Object.entries(input.answers ?? {})) await this.answer(question, answer);
    if (input.privateReflection !== undefined) await this.page.getByLabel('Private reflection').fill(input.privateReflection);
  }

  async answer(question: string, answer: string): Promise<void> {
    const scale = this.page.getByRole('radiogroup', { name: question });
    if ((await scale.count()) > 0) await scale.getByRole('radio', { name: answer, exact: true }).check();
    else await this.page.getByLabel(question, { exact: true }).fill(answer);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Send feedback' }).click();
    await this.page.locator('.confirmation, .error-summary').first().waitFor();
  }

  /** The confirmation's heading, or undefined when none is shown. */
  async confirmation(): Promise<string | undefined> {
    const heading = this.page.locator('.confirmation h1');
    return (await heading.count()) > 0 ? text(heading) : undefined;
  }

  /** Every message of the error summary shown after a failed submit. */
  async errors(): Promise<string[]> {
    return (await this.page.locator('.error-summary li').allTextContents()).map((entry) => entry.trim());
  }

  /** The error shown next to a field or group, found by its label or legend. */
  async fieldError(label: string): Promise<string | undefined> {
    const control = this.page.getByLabel(label, { exact: true }).or(this.page.getByRole('radiogroup', { name: label })).first();
    const describedBy = (await control.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    return errorId ? text(this.page.locator(`[id="${errorId}"]`)) : undefined;
  }

  async snooze(choice: '15 min' | '1 hour' | 'tomorrow'): Promise<void> {
    const name = choice === 'tomorrow' ? 'Tomorrow morning' : `Snooze ${choice}`;
    await this.page.getByRole('button', { name }).click();
    await this.page.locator('.confirmation').waitFor();
  }

  async dismiss(): Promise<void> {
    await this.page.getByRole('button', { name: 'Dismiss' }).click();
    await this.page.locator('.confirmation').waitFor();
  }

  /** Waits until the draft autosave reports "Draft saved". */
  async waitForDraftSaved(): Promise<void> {
    await this.page.getByRole('status').getByText('Draft saved', { exact: true }).waitFor();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }
}

async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

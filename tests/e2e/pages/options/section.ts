import type { Locator, Page } from 'playwright-core';
import { withoutIsolates } from '../../../../lib/text/bidi';

/** What an action showed: its status message, or the alert that explains why it failed. */
export interface Outcome {
  ok: boolean;
  message: string;
}

/** The options page's regions, by their headings. */
export type OptionsRegion =
  | 'Pairings'
  | 'Goal templates'
  | 'Calendar source'
  | 'Detection'
  | 'Feedback questions'
  | 'Notifications'
  | 'Theme'
  | 'Google Calendar and Meet';

/** Status messages and alerts; each new result is a new element (see components/options/ui.tsx). */
const OUTCOME = '[role="status"] > *, [role="alert"], [role="alertdialog"]';

/** One part of the options page. Locators go by role and label, as a user would; every action returns what the page said about it. */
export class OptionsSection {
  constructor(readonly page: Page) {}

  protected section(name: OptionsRegion): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /**
   * Runs `act` and returns the first status message or alert that appears in `scope` afterwards.
   * Results already on screen are marked first, so an earlier message is never mistaken for this one.
   */
  protected async outcomeOf(scope: Locator, act: () => Promise<unknown>, timeout = 30_000): Promise<Outcome> {
    await scope.evaluate((root, selector) => root.querySelectorAll(selector).forEach((node) => node.setAttribute('data-seen', '')), OUTCOME);
    await act();
    const fresh = scope.locator(`:is(${OUTCOME}):not([data-seen])`).first();
    await fresh.waitFor({ timeout });
    const role = await fresh.getAttribute('role');
    // innerText keeps list items apart ("Name must not be empty. Description…"), textContent would glue them.
    return { ok: role !== 'alert' && role !== 'alertdialog', message: withoutIsolates(await fresh.innerText()).replace(/\s*\n\s*/g, ' | ').replace(/\s+/g, ' ').trim() };
  }
}

export function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function text(locator: Locator): Promise<string> {
  return withoutIsolates((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

export async function trimmed(texts: Promise<string[]>): Promise<string[]> {
  return (await texts).map((entry) => withoutIsolates(entry).replace(/\s+/g, ' ').trim());
}

import { OptionsSection, type Outcome, text, trimmed } from './section';

/** A large calendar (the 170 KB file that expands to 90 MB) takes a while on a busy 2-core machine. */
const ICS_IMPORT_TIMEOUT_MS = 120_000;

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

/** Options → Calendar source, with the demo data (components/options/calendar). */
export class CalendarSection extends OptionsSection {
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
}

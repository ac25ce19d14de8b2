import { isolate } from '../../../../lib/text/bidi';
import { mkdtemp } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';

import type { Outcome } from './section';

export interface SavedFile {
  fileName: string;
  path: string;
  text: string;
}

/** Results and alerts; progress lines (role="status" on their own) are not results. */
const RESULT = '.status-line > p, .status-text, [role="alert"]';

/**
 * Options → Data (`options.html#data`): backup and restore, exports, recap import, programme report,
 * delete everything. Locators go by role and label, as a user would.
 */
export class DataSection {
  constructor(readonly page: Page) {}

  section(): Locator {
    return this.page.getByRole('region', { name: 'Data', exact: true });
  }

  private group(name: string): Locator {
    return this.section().getByRole('group', { name, exact: true });
  }

  /**
   * "Back up now": the file the browser downloaded, what the page said, and how long the page took
   * from the click until it said so (the benchmark's measure; saving the file here comes after).
   */
  async backUp(): Promise<Outcome & { file: SavedFile; elapsedMs: number }> {
    const group = this.group('Back up');
    let download: Promise<Download> | undefined;
    let started = 0;
    const outcome = await outcomeOf(group, async () => {
      download = this.page.waitForEvent('download', { timeout: 300_000 });
      started = performance.now();
      await group.getByRole('button', { name: 'Back up now' }).click();
    }, 300_000);
    const elapsedMs = performance.now() - started;
    return { ...outcome, elapsedMs, file: await save(await download!) };
  }

  /** Chooses a backup file; returns the check's refusal, or the confirmation offered (not yet restored). */
  async chooseBackup(path: string): Promise<{ refused?: Outcome; offer?: string }> {
    const group = this.group('Restore from a backup');
    await markSeen(group);
    await group.getByLabel('Choose a backup file').setInputFiles(path);
    const offer = group.getByRole('group', { name: 'Restore this backup' });
    const refused = group.locator(`:is(${RESULT}):not([data-seen])`).first();
    await offer.or(refused).first().waitFor({ timeout: 120_000 });
    if ((await offer.count()) > 0) return { offer: await clean(offer.innerText()) };
    return { refused: await outcomeFrom(refused) };
  }

  /** Restores the chosen backup: merge or replace when this browser holds data, else as it is. */
  async restore(mode?: 'merge' | 'replace'): Promise<Outcome> {
    const group = this.group('Restore from a backup');
    const offer = group.getByRole('group', { name: 'Restore this backup' });
    if (mode === 'merge') await offer.getByRole('radio', { name: /^Merge/ }).check();
    if (mode === 'replace') await offer.getByRole('radio', { name: /^Replace everything/ }).check();
    const button = offer.getByRole('button', { name: /^(Restore|Merge the backup|Replace everything with the backup)$/ });
    return outcomeOf(group, () => button.click(), 120_000);
  }

  /** Types the confirmation word and deletes everything; returns what the fresh page says afterwards. */
  async deleteEverything(word: string): Promise<{ enabled: boolean; notice?: string }> {
    const form = this.section().getByRole('form', { name: 'Delete everything' });
    await form.getByLabel(/^Type \w+ to confirm$/).fill(word);
    const button = form.getByRole('button', { name: 'Delete everything' });
    if (!(await button.isEnabled())) return { enabled: false };
    await Promise.all([this.page.waitForURL(/[?&]reset=/, { timeout: 60_000 }), button.click()]);
    const notice = this.page.locator('.options-header').locator('.notice, [role="alert"]').first();
    await notice.waitFor();
    return { enabled: true, notice: await clean(notice.innerText()) };
  }

  /** Imports a recap file; `create` is set when the page offers to create the pairing first. */
  async importRecap(path: string): Promise<Outcome & { create?: string }> {
    const group = this.group('Import a recap');
    await markSeen(group);
    await group.getByLabel('Choose a recap file the other side shared').setInputFiles(path);
    const create = group.getByRole('group', { name: 'Create the pairing' });
    const result = group.locator(`:is(${RESULT}):not([data-seen])`).first();
    await create.or(result).first().waitFor({ timeout: 30_000 });
    if ((await create.count()) > 0) return { ok: true, message: '', create: await clean(create.innerText()) };
    return outcomeFrom(result);
  }

  async confirmCreatePairing(): Promise<Outcome> {
    const group = this.group('Import a recap');
    return outcomeOf(group, () => group.getByRole('button', { name: 'Create the pairing and import' }).click());
  }

  /** One pairing's history: the Markdown file downloaded, or the print view opened in a new tab. */
  async exportHistory(pairingTitle: string, as: 'markdown'): Promise<SavedFile>;
  async exportHistory(pairingTitle: string, as: 'print'): Promise<Page>;
  async exportHistory(pairingTitle: string, as: 'markdown' | 'print'): Promise<SavedFile | Page> {
    const group = this.group('Export');
    await group.getByLabel('One pairing’s whole history').selectOption({ label: isolate(pairingTitle) });
    if (as === 'markdown') {
      const [download] = await Promise.all([this.page.waitForEvent('download'), group.getByRole('button', { name: 'Download as Markdown' }).click()]);
      return save(download);
    }
    const [view] = await Promise.all([this.page.context().waitForEvent('page'), group.getByRole('button', { name: 'Open print view (PDF)' }).click()]);
    await view.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    return view;
  }

  /** One of the CSV exports (e.g. "Sessions (CSV)"), with the private reflections or not. */
  async exportCsv(button: string, includePrivate = false): Promise<SavedFile> {
    const group = this.group('Export');
    await group.getByRole('checkbox', { name: 'Include my private reflections' }).setChecked(includePrivate);
    const [download] = await Promise.all([this.page.waitForEvent('download'), group.getByRole('button', { name: button }).click()]);
    return save(download);
  }
}

async function save(download: Download): Promise<SavedFile> {
  const path = join(await mkdtemp(join(tmpdir(), 'mentoring-download-')), download.suggestedFilename());
  await download.saveAs(path);
  return { fileName: download.suggestedFilename(), path, text: await readFile(path, 'utf8') };
}

async function markSeen(scope: Locator): Promise<void> {
  await scope.evaluate((root, selector) => root.querySelectorAll(selector).forEach((node) => node.setAttribute('data-seen', '')), RESULT);
}

/** Runs `act` and returns the first result or alert that appears in `scope` afterwards. */
async function outcomeOf(scope: Locator, act: () => Promise<unknown>, timeout = 30_000): Promise<Outcome> {
  await markSeen(scope);
  await act();
  const fresh = scope.locator(`:is(${RESULT}):not([data-seen])`).first();
  await fresh.waitFor({ timeout });
  return outcomeFrom(fresh);
}

async function outcomeFrom(element: Locator): Promise<Outcome> {
  return { ok: (await element.getAttribute('role')) !== 'alert', message: await clean(element.innerText()) };
}

async function clean(text: Promise<string>): Promise<string> {
  return (await text).replace(/\s*\n\s*/g, ' | ').replace(/\s+/g, ' ').trim();
}

import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';

/**
 * "Share recap" (components/recap/ShareRecap.tsx) wherever it appears: in a session of the side
 * panel's history, or in the feedback window's confirmation. `scope` is the element holding it.
 */
export class ShareRecapControl {
  constructor(readonly scope: Locator) {}

  /** Opens the recap and returns its text as shown. */
  async open(): Promise<string> {
    await this.scope.getByRole('button', { name: 'Share recap' }).click();
    const box = this.scope.getByRole('textbox', { name: 'Recap' });
    await box.waitFor();
    return box.inputValue();
  }

  mailtoHref(): Promise<string | null> {
    return this.scope.getByRole('link', { name: 'E-mail draft' }).getAttribute('href');
  }

  /** Downloads the recap file for the other side (giving my address first if none is stored). */
  async downloadFile(myEmail?: string): Promise<{ fileName: string; path: string; text: string }> {
    const page = this.scope.page();
    const act = async () => {
      const address = this.scope.getByRole('textbox', { name: 'Your e-mail address' });
      if (myEmail && (await address.count()) > 0) {
        await address.fill(myEmail);
        await this.scope.getByRole('button', { name: 'Save address and download recap file' }).click();
      } else {
        await this.scope.getByRole('button', { name: 'Download recap file for the other side' }).click();
      }
    };
    const [download] = await Promise.all([page.waitForEvent('download'), act()]);
    const path = join(await mkdtemp(join(tmpdir(), 'mentoring-recap-')), download.suggestedFilename());
    await download.saveAs(path);
    return { fileName: download.suggestedFilename(), path, text: await readFile(path, 'utf8') };
  }
}

import type { Pairing } from '../../../lib/model';
import { OptionsPage } from '../pages/options-page';
import { launchExtension, type LaunchedExtension } from './browser';
import { waitForRows } from './extension-db';

/** A fresh install: the options page it opens, once the first run has loaded the six sample pairings. */
export async function freshInstallWithSampleData(): Promise<{ extension: LaunchedExtension; options: OptionsPage }> {
  const extension = await launchExtension();
  const options = await OptionsPage.open(extension.context, extension.extensionId);
  await waitForRows<Pairing>(options.page, 'pairings', (rows) => rows.length === 6);
  return { extension, options };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHeavyUser, type HeavyUserData } from '../support/heavy-user';
import { FeedbackPopupPage } from './pages/feedback-popup';
import { OptionsPage } from './pages/options-page';
import { SidePanelPage } from './pages/side-panel';
import { launchExtension, type LaunchedExtension } from './support/browser';
import { seedExtension } from './support/heavy-user-seed';
import { countIdbReads, idbReads, type IdbRead } from './support/idb-reads';

/**
 * The pages as built, on a heavy user's database a tenth of the full size (1,000 sessions with
 * notes, 1,000 feedback forms, 2,000 action items, 10,000 calendar events): every IndexedDB request
 * they make, whatever code makes it, reads a bounded number of rows of the big tables.
 */
const BIG_TABLES = ['sessions', 'feedback', 'actionItems', 'events'];
const ROWS_PER_REQUEST = 40;

let extension: LaunchedExtension;
let data: HeavyUserData;
beforeAll(async () => {
  extension = await launchExtension();
  data = buildHeavyUser({ scale: 0.1, now: Date.now() });
  await seedExtension(extension, data);
  await extension.context.addInitScript(countIdbReads);
});
afterAll(async () => {
  await extension?.close();
});

function overTheBound(reads: IdbRead[]): IdbRead[] {
  return reads.filter((read) => BIG_TABLES.includes(read.store) && read.rows > ROWS_PER_REQUEST);
}

function sessionTitle(pairingId: string): string {
  return data.sessions.find((session) => session.pairingId === pairingId)!.calendar!.title;
}

describe('what the pages read on a large database', () => {
  it('side panel: following the next session, switching pairings and paging the history', async () => {
    const panel = await SidePanelPage.open(extension.context, extension.extensionId);
    await panel.page.getByText(sessionTitle(data.focusPairing.id)).first().waitFor();
    await panel.selectPairing(data.otherPairing.title);
    await panel.page.getByText(sessionTitle(data.otherPairing.id)).first().waitFor();
    expect(await panel.historyEntries()).toHaveLength(10);
    await panel.showOlderSessions();
    expect(await panel.historyEntries()).toHaveLength(20);

    const reads = await idbReads(panel.page);
    // Cursors are counted step by step: the history pages alone read ten sessions at a time.
    expect(Math.max(...reads.filter((read) => read.store === 'sessions').map((read) => read.rows))).toBeGreaterThanOrEqual(10);
    expect(overTheBound(reads)).toEqual([]);
    await panel.page.close();
  });

  it('options page: pairings, suggestions and the demo summary', async () => {
    const options = await OptionsPage.open(extension.context, extension.extensionId);
    expect((await options.detection.suggestions()).map((suggestion) => suggestion.title)).toHaveLength(3);
    expect(await options.pairings.pairingTitles()).toHaveLength(data.pairings.length);
    await options.page.getByRole('button', { name: 'Load demo data' }).waitFor();

    const reads = await idbReads(options.page);
    expect(reads.filter((read) => read.store === 'pairings').length).toBeGreaterThan(0);
    expect(overTheBound(reads)).toEqual([]);
    expect(reads.filter((read) => read.store === 'events')).toEqual([]);
    await options.page.close();
  });

  it('feedback popup: one session of a long pairing', async () => {
    const session = data.sessions.filter((candidate) => candidate.pairingId === data.focusPairing.id && candidate.status === 'held').pop()!;
    const popup = await FeedbackPopupPage.open(extension.context, extension.extensionId, session.id);

    const reads = await idbReads(popup.page);
    expect(reads.filter((read) => read.store === 'sessions').length).toBeGreaterThan(0);
    expect(overTheBound(reads)).toEqual([]);
    await popup.page.close();
  });
});

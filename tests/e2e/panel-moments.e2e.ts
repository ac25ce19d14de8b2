import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionItem, Goal, Pairing, Session } from '../../lib/model';
import { FeedbackPopupPage } from './pages/feedback-popup';
import { describeFocus, SidePanelPage } from './pages/side-panel';
import { launchExtension, type LaunchedExtension } from './support/browser';
import { putRows, readTable, waitForRows } from './support/extension-db';
import {
  AGREED_FOCUS,
  moments,
  momentRows,
  OVERDUE_ITEM,
  PAIRING_ID,
  SESSION_ID,
  SESSION_NOTES,
  SESSION_TITLE,
  THEIR_ITEM,
  UNDATED_ITEM,
} from './support/moment-data';

/**
 * Issue 10: the side panel follows the moment. With the panel's clock fixed before, during and after
 * one session, what matters must be on the first screen at 320 × 800, without scrolling.
 */
let extension: LaunchedExtension;
let seedPage: import('playwright-core').Page;

async function reseed(): Promise<void> {
  for (const [table, rows] of Object.entries(momentRows())) await putRows(seedPage, table, rows);
}

beforeAll(async () => {
  extension = await launchExtension();
  seedPage = await extension.openPage('options.html');
  // The first run loads the sample data (templates included); this pairing lives months before it.
  await waitForRows<Pairing>(seedPage, 'pairings', (rows) => rows.length > 0);
  await reseed();
});
afterAll(async () => {
  await extension?.close();
});

describe('the panel before a session (it starts in 40 minutes)', () => {
  it('shows who, when, the join link, the focus agreed last time, both sides’ commitments (overdue first) and the agenda’s start on the first screen', async () => {
    const panel = await SidePanelPage.open(extension.context, extension.extensionId, {}, moments.before);
    expect(await panel.moment()).toBe('before');
    expect(await panel.shownPairingTitle()).toBe('Mentoring with Noor Haddad');
    expect(await panel.sessionHeading()).toBe('Next session');
    expect(await panel.sessionState()).toBe('Starts in 40 minutes');

    const firstScreen = [
      panel.page.getByTestId('session-title'),
      panel.page.getByTestId('session-people'),
      panel.page.getByTestId('session-when'),
      panel.joinLink(),
      panel.agreedFocus(),
      ...(await panel.commitments().all()),
      panel.section(/agenda/i).getByRole('heading'),
      panel.agendaList().getByRole('listitem').first(),
    ];
    for (const element of firstScreen) {
      expect(await panel.onFirstScreen(element), (await element.textContent()) ?? '').toBe(true);
    }
    expect(await panel.nextSessionTitle()).toBe(SESSION_TITLE);
    expect(await panel.page.getByTestId('session-people').textContent()).toContain('Noor Haddad');
    expect(await panel.meetLink()).toBe('https://meet.google.com/abc-defg-hij');
    expect(await panel.agreedFocus().textContent()).toBe(AGREED_FOCUS);

    const commitments = await panel.openActionItems();
    expect(commitments.map((row) => [row.text, row.ownerName, row.overdue])).toEqual([
      [OVERDUE_ITEM, 'Me', true],
      [THEIR_ITEM, 'Noor Haddad', false],
      [UNDATED_ITEM, 'Noor Haddad', false],
    ]);
    // Nothing is cut off at 320 px: no element is wider than the panel.
    const overflow = await panel.page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(320);
    await panel.page.close();
  });
});

describe('the panel during a session', () => {
  it('puts live notes and the agenda first, says "In progress", and ticks an agenda point or a milestone with one key', async () => {
    await reseed();
    const panel = await SidePanelPage.open(extension.context, extension.extensionId, {}, moments.during);
    expect(await panel.moment()).toBe('during');
    expect(await panel.sessionState()).toBe('In progress');
    expect(await panel.page.getByText('Scheduled', { exact: true }).count()).toBe(0);
    for (const element of [panel.notes(), panel.section(/agenda/i).getByRole('heading'), panel.agendaList().getByRole('listitem').first()]) {
      expect(await panel.onFirstScreen(element)).toBe(true);
    }
    const notesTop = (await panel.notes().boundingBox())!.y;
    const agendaTop = (await panel.agendaList().boundingBox())!.y;
    const commitmentsTop = (await panel.section('Open commitments').boundingBox())!.y;
    expect(notesTop).toBeLessThan(commitmentsTop);
    expect(agendaTop).toBeLessThan(commitmentsTop);

    // One key: Space on the focused point ticks it, and it is stored at once.
    await panel.agendaPoint('Ask about the offsite').focus();
    await panel.page.keyboard.press('Space');
    await waitForRows<Session>(panel.page, 'sessions', (rows) =>
      rows.some((row) => row.id === SESSION_ID && row.agenda.some((point) => point.text === 'Ask about the offsite' && point.done)),
    );
    // Arrow keys walk the points; each tick is still one key.
    await panel.page.keyboard.press('ArrowUp');
    expect(await describeFocus(panel.page)).toContain('checkbox');

    await panel.milestone('Speak up in staff meetings', 'Prepare one point per meeting').focus();
    await panel.page.keyboard.press('Space');
    await waitForRows<Goal>(panel.page, 'goals', (rows) =>
      rows.some((goal) => goal.id === 'e2e-goal-voice' && goal.milestones.find((m) => m.id === 'e2e-n-point')?.done === true),
    );
    await expect.poll(() => describeFocus(panel.page)).toBe('checkbox Prepare one point per meeting');
    await panel.page.close();
  });
});

describe('the panel after a session', () => {
  it('stays on the session that ended, with "How did it go?" at the top and its notes, rather than jumping to the next one', async () => {
    await reseed();
    const panel = await SidePanelPage.open(extension.context, extension.extensionId, {}, moments.after);
    expect(await panel.moment()).toBe('after');
    expect(await panel.sessionHeading()).toBe('How did it go?');
    expect(await panel.nextSessionTitle()).toBe(SESSION_TITLE);
    const sessions = await readTable<Session>(panel.page, 'sessions');
    expect(sessions.find((s) => s.id === SESSION_ID)?.end).toBe(new Date(moments.after - 10 * 60_000).toISOString());
    const heading = panel.page.getByRole('heading', { name: 'How did it go?' });
    expect((await heading.boundingBox())!.y).toBeLessThan(120);
    expect(await panel.onFirstScreen(panel.page.getByRole('button', { name: 'Give feedback' }).first())).toBe(true);
    expect(await panel.notes().inputValue()).toBe(SESSION_NOTES);
    expect(await panel.onFirstScreen(panel.notes())).toBe(true);
    expect(await panel.sessionState()).toBe('Ended 10 minutes ago');
    await panel.page.close();
  });
});

describe('one item, one checkbox', () => {
  it('ticking a commitment in the agenda closes it in the commitments list, and the other way round', async () => {
    await reseed();
    const panel = await SidePanelPage.open(extension.context, extension.extensionId, { pairing: PAIRING_ID }, moments.during);
    await panel.agendaPoint(THEIR_ITEM).check();
    await panel.commitment(THEIR_ITEM).waitFor({ state: 'detached' });
    expect((await readTable<ActionItem>(panel.page, 'actionItems')).find((item) => item.text === THEIR_ITEM)?.status).toBe('done');
    expect(await panel.agendaPoint(THEIR_ITEM).isChecked()).toBe(true);

    await panel.markActionItemDone(UNDATED_ITEM);
    await expect.poll(() => panel.agendaPoint(UNDATED_ITEM).isChecked()).toBe(true);
    // Unticking in the agenda reopens the item everywhere.
    await panel.agendaPoint(UNDATED_ITEM).uncheck();
    await panel.commitment(UNDATED_ITEM).waitFor();
    expect((await readTable<ActionItem>(panel.page, 'actionItems')).find((item) => item.text === UNDATED_ITEM)?.status).toBe('open');
    await panel.page.close();
  });

  it('ticking it in the feedback form closes it in the panel too', async () => {
    await reseed();
    const panel = await SidePanelPage.open(extension.context, extension.extensionId, { pairing: PAIRING_ID }, moments.after);
    const popup = await FeedbackPopupPage.open(extension.context, extension.extensionId, SESSION_ID);
    await popup.tickOpenItem(OVERDUE_ITEM);
    await expect.poll(() => describeFocus(popup.page)).toContain(`checkbox ${OVERDUE_ITEM}`);
    await panel.commitment(OVERDUE_ITEM).waitFor({ state: 'detached' });
    await expect.poll(() => panel.agendaPoint(OVERDUE_ITEM).isChecked()).toBe(true);
    await popup.page.close();
    await panel.page.close();
  });
});

describe('milestones in the panel', () => {
  it('tick with Space, save at once, undo, and flag overdue ones like overdue action items', async () => {
    await reseed();
    const panel = await SidePanelPage.open(extension.context, extension.extensionId, { pairing: PAIRING_ID }, moments.before);
    expect(await panel.isMilestoneOverdue('Lead the platform migration', 'Present the plan to the team')).toBe(true);
    expect(await panel.isMilestoneOverdue('Lead the platform migration', 'Hand over the runbook')).toBe(false);
    const milestone = panel.milestone('Lead the platform migration', 'Present the plan to the team');
    await milestone.focus();
    await panel.page.keyboard.press('Space');
    const done = (goals: Goal[]) => goals.find((g) => g.id === 'e2e-goal-migration')?.milestones.find((m) => m.id === 'e2e-m-present')?.done;
    await waitForRows<Goal>(panel.page, 'goals', (rows) => done(rows) === true);
    expect(await panel.isMilestoneOverdue('Lead the platform migration', 'Present the plan to the team')).toBe(false);
    await panel.undoButton('Goals').click();
    await waitForRows<Goal>(panel.page, 'goals', (rows) => done(rows) === false);
    await expect.poll(() => describeFocus(panel.page)).toBe('checkbox Present the plan to the team');
    const templatePrompts = panel.section('Goals').getByText('Questions to ask and what success looks like');
    expect(await templatePrompts.count()).toBe(1);
    await panel.page.close();
  });
});

describe('focus never drops to the page', () => {
  it('after ticking a commitment it is on Undo; after Undo it is back on the item', async () => {
    await reseed();
    const panel = await SidePanelPage.open(extension.context, extension.extensionId, { pairing: PAIRING_ID }, moments.before);
    await panel.commitment(THEIR_ITEM).focus();
    await panel.page.keyboard.press('Space');
    await panel.commitment(THEIR_ITEM).waitFor({ state: 'detached' });
    await expect.poll(() => describeFocus(panel.page)).toBe('button Undo');
    await panel.page.keyboard.press('Enter');
    await panel.commitment(THEIR_ITEM).waitFor();
    await expect.poll(() => describeFocus(panel.page)).toContain(`checkbox ${THEIR_ITEM}`);
    await panel.page.close();
  });

  it('in the pairing switcher: type to find a pairing, Enter picks it, focus returns to the switcher', async () => {
    const panel = await SidePanelPage.open(extension.context, extension.extensionId, {}, moments.before);
    await panel.switcher().focus();
    await panel.page.keyboard.press('Enter');
    await panel.page.keyboard.type('Noor');
    await expect.poll(() => panel.page.getByRole('option').allTextContents()).toEqual([expect.stringContaining('Mentoring with Noor Haddad')]);
    await panel.page.keyboard.press('Enter');
    await expect.poll(() => describeFocus(panel.page)).toContain('Mentoring with Noor Haddad');
    expect(await panel.shownPairingTitle()).toBe('Mentoring with Noor Haddad');
    await panel.page.close();
  });
});

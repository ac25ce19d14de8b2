import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aFeedback, aFeedbackQuestion, aGoal, aGoalTemplate, anActionItem, anEventCopy, aPairing, aSession, aSyncState } from '../support/factories';
import { findUnisolated, RLO } from '../support/bidi-isolation';
import { FeedbackPopupPage } from './pages/feedback-popup';
import { OptionsPage } from './pages/options-page';
import { SidePanelPage } from './pages/side-panel';
import type { LaunchedExtension } from './support/browser';
import { freshInstallWithSampleData } from './support/fresh-install';
import { putRows } from './support/extension-db';

/** Every piece of untrusted text below carries one right-to-left override, as an attacker's would. */
const hostile = {
  pairingTitle: `Mentoring ${RLO}Dana`,
  name: `Dana ${RLO}Levi`,
  keyword: `${RLO}offsite`,
  goal: `${RLO}Speak first in staff meetings`,
  milestone: `${RLO}Open one meeting`,
  notes: `${RLO}Dana prepared the offsite agenda.`,
  point: `${RLO}Ask about the budget`,
  action: `${RLO}Send the deck`,
  wentWell: `${RLO}Honest talk`,
  focus: `${RLO}Delegation next`,
  eventTitle: `Mentoring ${RLO}check-in`,
  template: `${RLO}Listening template`,
  templateText: `${RLO}Listen before answering.`,
  question: `${RLO}What did you try?`,
  calendar: `${RLO}Team calendar`,
  suggestionTitle: `Mentoring ${RLO}chat`,
  attendee: `Nadia ${RLO}Haddad`,
};
const pieces = Object.values(hostile);

const day = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

async function seed(page: Page): Promise<void> {
  const now = Date.now();
  const person = { name: hostile.name, email: 'dana.levi@corp.example' };
  await putRows(page, 'pairings', [aPairing({ id: 'p-rlo', title: hostile.pairingTitle, participants: [person], keywords: [hostile.keyword], seriesIds: [] })]);
  await putRows(page, 'goals', [
    aGoal({ id: 'g-rlo', pairingId: 'p-rlo', title: hostile.goal, milestones: [{ id: 'm-rlo', title: hostile.milestone, done: false }], templateId: undefined }),
  ]);
  const calendar = { eventKey: 'ics:x|e-rlo', eventId: 'e-rlo', seriesId: 'e-rlo', title: hostile.eventTitle, present: true };
  await putRows(page, 'sessions', [
    aSession({
      id: 's-rlo-next',
      pairingId: 'p-rlo',
      start: iso(now + day),
      end: iso(now + day + 3_600_000),
      notes: hostile.notes,
      agenda: [{ id: 'ag-rlo', text: hostile.point, origin: 'mine', done: false }],
      calendar,
    }),
    aSession({
      id: 's-rlo-past',
      pairingId: 'p-rlo',
      status: 'held',
      start: iso(now - 7 * day),
      end: iso(now - 7 * day + 3_600_000),
      notes: hostile.notes,
      calendar: { ...calendar, eventKey: 'ics:x|e-rlo-0', eventId: 'e-rlo-0' },
    }),
  ]);
  await putRows(page, 'feedback', [
    aFeedback({ id: 'f-rlo', sessionId: 's-rlo-past', pairingId: 'p-rlo', goalProgress: [], wentWell: hostile.wentWell, nextFocus: hostile.focus }),
  ]);
  await putRows(page, 'actionItems', [anActionItem({ id: 'a-rlo', pairingId: 'p-rlo', sessionId: 's-rlo-past', text: hostile.action, owner: 'them' })]);
  await putRows(page, 'goalTemplates', [
    aGoalTemplate({ id: 't-rlo', name: hostile.template, description: hostile.templateText, defaultMilestones: [hostile.milestone] }),
  ]);
  await putRows(page, 'feedbackQuestions', [aFeedbackQuestion({ id: 'q-rlo', text: hostile.question })]);
  await putRows(page, 'syncStates', [aSyncState({ calendarKey: 'ics:x', source: 'ics-file', calendarId: 'team.ics', label: hostile.calendar })]);
  // A recurring series nobody claimed: it becomes a suggestion, with an override in the attendee's name.
  const attendees = [
    { email: 'nadia.haddad@corp.example', displayName: hostile.attendee },
    { email: 'jordan.lee@corp.example', self: true },
  ];
  await putRows(
    page,
    'events',
    [1, 2].map((week) => {
      const start = now + week * 7 * day;
      return anEventCopy({
        key: `ics:x|series-rlo_${week}`,
        calendarKey: 'ics:x',
        source: 'ics-file',
        eventId: `series-rlo_${week}`,
        seriesId: 'series-rlo',
        startMs: start,
        endMs: start + 1_800_000,
        event: {
          id: `series-rlo_${week}`,
          status: 'confirmed',
          summary: hostile.suggestionTitle,
          recurringEventId: 'series-rlo',
          start: { dateTime: iso(start) },
          end: { dateTime: iso(start + 1_800_000) },
          attendees,
        },
      });
    }),
  );
  // Events written straight into the database skip the sync that recomputes the stored suggestions
  // (their fingerprint leaves the events out), so a list computed before them would pass for current.
  // Marking it out of date makes the options page ask for new ones, as a sync would have.
  await putRows(page, 'pairingSuggestions', [{ key: 'latest', computedAt: iso(now), inputs: 'before the seeded events', suggestions: [] }]);
}

async function unisolated(page: Page, atLeast: number): Promise<string[]> {
  // Everything folded away is opened, so its text is checked too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => details.setAttribute('open', '')));
  // The check is only worth something if the hostile text is on screen.
  const shown = await page.evaluate(() => document.body.innerText.split('\u202E').length - 1);
  expect(shown).toBeGreaterThanOrEqual(atLeast);
  return page.evaluate(({ source, known }) => new Function(`return (${source})`)()(document.body, known) as string[], {
    source: findUnisolated.toString(),
    known: pieces,
  });
}

let extension: LaunchedExtension;
let options: OptionsPage;
beforeAll(async () => {
  ({ extension, options } = await freshInstallWithSampleData());
  await seed(options.page);
});
afterAll(async () => {
  await extension?.close();
});

describe('untrusted text with a right-to-left override', () => {
  it('is isolated on the options page: names and addresses in separate runs', async () => {
    await options.goto();
    await options.section('Detection').getByRole('heading', { name: hostile.suggestionTitle }).waitFor();
    await options.templates.template(hostile.template).getByRole('button', { name: /^Details/ }).click();
    await options.pairings.openPairing(hostile.pairingTitle);
    expect(await unisolated(options.page, 15)).toEqual([]);
    // The suggestion's attendee: the name and the address are two runs, the address outside the name's.
    const people = options.section('Detection').locator('.people-line bdi');
    expect(await people.allTextContents()).toEqual([hostile.attendee, 'nadia.haddad@corp.example']);
  });

  it('is isolated in the side panel and the feedback window', async () => {
    const panel = await SidePanelPage.open(extension.context, extension.extensionId, { pairing: 'p-rlo' });
    await panel.page.getByText(hostile.goal).first().waitFor();
    expect(await unisolated(panel.page, 10)).toEqual([]);
    // The switcher's list, searched for the pairing: its title and people, each on its own.
    await panel.switcher().click();
    await panel.page.getByRole('combobox', { name: 'Find a pairing' }).fill('Dana');
    await panel.page.getByRole('option').first().waitFor();
    expect(await unisolated(panel.page, 12)).toEqual([]);
    const popup = await FeedbackPopupPage.open(extension.context, extension.extensionId, 's-rlo-next');
    await popup.chooseOutcome('held');
    expect(await unisolated(popup.page, 3)).toEqual([]);
  });
});

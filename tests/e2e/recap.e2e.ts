import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionItem, Pairing, Session } from '../../lib/model';
import { FeedbackPopupPage } from './pages/feedback-popup';
import { OptionsPage } from './pages/options-page';
import { ShareRecapControl } from './pages/share-recap';
import { SidePanelPage } from './pages/side-panel';
import { launchExtension, type LaunchedExtension } from './support/browser';
import { putRows, readTable, waitForRows } from './support/extension-db';

/**
 * Issue 11: a recap shared from one person's browser profile is imported in the other person's
 * (two persistent contexts, two installs): the action items come across with the owners flipped,
 * the agreed focus joins the next agenda, and importing it again changes nothing.
 */
const INES = { name: 'Inès Moreau', email: 'ines.moreau@partner.example' };
const NOOR = { name: 'Noor Haddad', email: 'noor.haddad@partner.example' };
const PRIVATE = ['PRIVATE-SESSION-NOTES', 'PRIVATE-REFLECTION', 'WENT-WELL-TEXT'];
const DAY = 86_400_000;
// The meeting both calendars hold (Google gives attendees the same event id), and the next one.
const meetingStart = new Date(Math.floor(Date.now() / DAY) * DAY - DAY + 9 * 3_600_000);
const meeting = { eventId: 'shared-mentoring-event', start: meetingStart.toISOString(), end: new Date(meetingStart.getTime() + 45 * 60_000).toISOString() };
const next = { start: new Date(meetingStart.getTime() + 14 * DAY).toISOString(), end: new Date(meetingStart.getTime() + 14 * DAY + 45 * 60_000).toISOString() };

let ines: LaunchedExtension;
let noor: LaunchedExtension;

beforeAll(async () => {
  // Two installs, each in its own persistent profile (one after the other: starting both at once is slow on a busy machine).
  ines = await launchExtension();
  noor = await launchExtension();
});
afterAll(async () => {
  await Promise.all([ines?.close(), noor?.close()]);
});

function session(id: string, pairingId: string, times: { start: string; end: string }, extra: Partial<Session> = {}): Session {
  return {
    id,
    pairingId,
    start: times.start,
    end: times.end,
    status: 'scheduled',
    calendar: { eventKey: `google:primary|${id}`, eventId: id, seriesId: 'shared-series', title: 'Inès / Noor mentoring', present: true },
    agenda: [],
    notes: '',
    detection: { confidence: 1, reasons: ['added by the test'] },
    isDemo: false,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    ...extra,
  };
}

/** A fresh install of one person: their own address, and their pairing with the other. */
async function setUp(extension: LaunchedExtension, me: typeof INES, other: typeof INES, role: 'Mentor' | 'Mentee', title: string): Promise<{ options: OptionsPage; pairing: Pairing }> {
  const options = await OptionsPage.open(extension.context, extension.extensionId);
  await waitForRows<Pairing>(options.page, 'pairings', (rows) => rows.length > 0);
  expect((await options.calendar.setSelfEmail(me.email)).ok).toBe(true);
  expect((await options.pairings.createPairing({ title, myRole: role, people: [other] })).ok).toBe(true);
  const pairing = (await waitForRows<Pairing>(options.page, 'pairings', (rows) => rows.some((row) => row.title === title))).find((row) => row.title === title)!;
  return { options, pairing };
}

describe('a recap from one profile imported in another', () => {
  let recapPath: string;

  it('is shared from the mentor’s side panel history, without anything private', async () => {
    const { options, pairing } = await setUp(ines, INES, NOOR, 'Mentor', 'Mentoring Noor');
    await putRows(options.page, 'sessions', [session(meeting.eventId, pairing.id, meeting, { notes: 'PRIVATE-SESSION-NOTES' })]);
    const popup = await FeedbackPopupPage.open(ines.context, ines.extensionId, meeting.eventId);
    await popup.fillFeedback({
      outcome: 'held',
      rating: 5,
      wentWell: 'WENT-WELL-TEXT',
      actionItems: [
        { text: 'Draft the team charter', owner: 'them', due: '2031-03-01' },
        { text: 'Send Noor the facilitation guide', owner: 'me' },
      ],
      nextFocus: 'Practise the kickoff meeting',
      privateReflection: 'PRIVATE-REFLECTION',
    });
    await popup.submit();
    expect(await popup.confirmation()).toMatch(/feedback is saved/);
    // Right after the feedback, the confirmation offers the recap too.
    expect(await new ShareRecapControl(popup.page.locator('.confirmation')).open()).toContain('Draft the team charter — Noor Haddad');

    const panel = await SidePanelPage.open(ines.context, ines.extensionId, { pairing: pairing.id });
    const entry = panel.section('History').getByTestId('history-entry').first();
    await entry.locator('summary').click();
    const share = new ShareRecapControl(entry);
    const text = await share.open();
    expect(text).toContain('- Draft the team charter — Noor Haddad, due 2031-03-01');
    expect(text).toContain('- Send Noor the facilitation guide — me');
    expect(text).toContain('Practise the kickoff meeting');
    expect(decodeURIComponent((await share.mailtoHref()) ?? '')).toMatch(/^mailto:noor\.haddad@partner\.example\?subject=Recap/);
    const file = await share.downloadFile();
    recapPath = file.path;
    for (const secret of PRIVATE) {
      expect(text).not.toContain(secret);
      expect(file.text).not.toContain(secret);
    }
    expect(JSON.parse(file.text)).toMatchObject({ format: 'mentoring-companion/recap', from: { email: INES.email } });
  });

  it('brings the action items across with the right owners and puts the focus on the next agenda', async () => {
    const { options, pairing } = await setUp(noor, NOOR, INES, 'Mentee', 'Mentoring with Inès');
    await putRows(options.page, 'sessions', [session(meeting.eventId, pairing.id, meeting), session('noor-next', pairing.id, next)]);
    await options.goto();
    const data = options.data;
    const imported = await data.importRecap(recapPath);
    expect(imported).toMatchObject({ ok: true, message: expect.stringMatching(/^Imported into “Mentoring with Inès”: 2 action items added\. The agreed focus is on the agenda of /) });

    const items = await readTable<ActionItem>(options.page, 'actionItems');
    const mine = items.filter((item) => item.pairingId === pairing.id);
    expect(mine.map(({ text, owner, due, sessionId }) => ({ text, owner, due, sessionId })).sort((a, b) => a.text.localeCompare(b.text))).toEqual([
      { text: 'Draft the team charter', owner: 'me', due: '2031-03-01', sessionId: meeting.eventId },
      { text: 'Send Noor the facilitation guide', owner: 'them', due: undefined, sessionId: meeting.eventId },
    ]);

    const panel = await SidePanelPage.open(noor.context, noor.extensionId, { pairing: pairing.id });
    expect(await panel.openActionItems()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: expect.stringContaining('Draft the team charter'), owner: 'me' }),
        expect.objectContaining({ text: expect.stringContaining('Send Noor the facilitation guide'), owner: 'them' }),
      ]),
    );
    expect(await panel.agendaItems()).toEqual(expect.arrayContaining([expect.stringContaining('Agreed focus: Practise the kickoff meeting')]));
    await panel.page.close();

    // The same file again changes nothing.
    const before = { items: await readTable(options.page, 'actionItems'), sessions: await readTable(options.page, 'sessions') };
    expect(await data.importRecap(recapPath)).toMatchObject({ ok: true, message: expect.stringMatching(/already imported; nothing changed/) });
    expect({ items: await readTable(options.page, 'actionItems'), sessions: await readTable(options.page, 'sessions') }).toEqual(before);
  });
});

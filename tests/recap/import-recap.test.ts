import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { defaultSettings } from '../../lib/model';
import { MentoringDatabase } from '../../lib/db/database';
import { buildRecap, recapFileJson, toRecapFile } from '../../lib/recap/build-recap';
import { createPairingFromRecap } from '../../lib/recap/create-from-recap';
import { importRecap } from '../../lib/recap/import-recap';
import { matchRecapPairing } from '../../lib/recap/match-pairing';
import { parseRecapText } from '../../lib/recap/parse-recap';
import { placeWaitingRecapFocus } from '../../lib/recap/recap-focus';
import type { RecapFile } from '../../lib/recap/recap-format';
import { aFeedback, aGoal, anActionItem, aPairing, aSession } from '../support/factories';

const JORDAN = 'jordan.lee@corp.example';
const ANA = 'ana.silva@corp.example';
const now = new Date('2026-05-04T12:00:00Z');
function database(): MentoringDatabase {
  return freshDatabase('recap-import');
}

/** Jordan (mentor) shares the recap of the 4 May session; Ana imports it. */
async function jordansRecap(): Promise<RecapFile> {
  const jordan = database();
  await jordan.pairings.put(aPairing());
  await jordan.goals.put(aGoal());
  await jordan.sessions.put(aSession({ status: 'held', notes: 'Jordan’s own notes' }));
  await jordan.feedback.put(aFeedback({ nextFocus: 'Handling pushback in the Q&A' }));
  await jordan.actionItems.bulkPut([
    anActionItem({ id: 'a-ana', owner: 'them', text: 'Share the deck', due: '2026-05-10' }),
    anActionItem({ id: 'a-jordan', owner: 'me', text: 'Send the talk recording', due: undefined }),
  ]);
  const json = recapFileJson(toRecapFile(await buildRecap('s-1', jordan), JORDAN, now));
  const parsed = parseRecapText(json);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.recap;
}

/** Ana's side: her pairing with Jordan, the same calendar event (Google shares its id), and the next session. */
async function anasDatabase(): Promise<MentoringDatabase> {
  const ana = database();
  await ana.pairings.put(aPairing({ id: 'p-jordan', title: 'Mentoring with Jordan', myRole: 'mentee', participants: [{ email: JORDAN, name: 'Jordan Lee' }] }));
  await ana.sessions.bulkPut([
    aSession({ id: 'ana-s-1', pairingId: 'p-jordan', start: '2026-05-04T09:00:00.000Z', end: '2026-05-04T09:45:00.000Z' }),
    aSession({ id: 'ana-s-2', pairingId: 'p-jordan', start: '2026-05-18T09:00:00.000Z', end: '2026-05-18T09:45:00.000Z', calendar: undefined }),
    aSession({ id: 'ana-s-3', pairingId: 'p-jordan', start: '2026-06-01T09:00:00.000Z', end: '2026-06-01T09:45:00.000Z', calendar: undefined }),
  ]);
  return ana;
}

describe('importing the other side’s recap', () => {
  it('finds the pairing by the sender’s address', async () => {
    const ana = await anasDatabase();
    await ana.pairings.put(aPairing({ id: 'p-someone', participants: [{ email: 'someone@corp.example', name: 'Someone' }] }));
    const match = await matchRecapPairing(await jordansRecap(), ANA, ana);
    expect(match).toMatchObject({ kind: 'matched', pairing: { id: 'p-jordan' } });
  });

  it('brings the action items across with owners flipped, on the same session, and the focus onto the next agenda', async () => {
    const ana = await anasDatabase();
    const outcome = await importRecap(await jordansRecap(), 'p-jordan', ana, now);
    expect(outcome).toMatchObject({ added: 2, alreadyThere: 0, sessionFound: true, focus: { state: 'added', sessionStart: '2026-05-18T09:00:00.000Z' }, unchanged: false });
    const items = (await ana.actionItems.toArray()).map(({ text, owner, due, sessionId, pairingId }) => ({ text, owner, due, sessionId, pairingId }));
    expect(items).toEqual(
      expect.arrayContaining([
        { text: 'Share the deck', owner: 'me', due: '2026-05-10', sessionId: 'ana-s-1', pairingId: 'p-jordan' },
        { text: 'Send the talk recording', owner: 'them', due: undefined, sessionId: 'ana-s-1', pairingId: 'p-jordan' },
      ]),
    );
    expect((await ana.sessions.get('ana-s-2'))?.agenda).toEqual([
      expect.objectContaining({ text: 'Agreed focus: Handling pushback in the Q&A', origin: 'mine', done: false }),
    ]);
    expect((await ana.sessions.get('ana-s-3'))?.agenda).toEqual([]);
  });

  it('changes nothing when the same recap is imported again', async () => {
    const ana = await anasDatabase();
    const recap = await jordansRecap();
    await importRecap(recap, 'p-jordan', ana, now);
    const snapshot = async () => ({ items: await ana.actionItems.toArray(), sessions: await ana.sessions.toArray(), imports: await ana.recapImports.toArray() });
    const before = await snapshot();
    const again = await importRecap(recap, 'p-jordan', ana, new Date('2026-05-05T08:00:00Z'));
    expect(again).toMatchObject({ added: 0, alreadyThere: 2, focus: { state: 'already' }, unchanged: true });
    expect(await snapshot()).toEqual(before);
  });

  it('does not duplicate my own items when they come back in the other side’s recap', async () => {
    const ana = await anasDatabase();
    await importRecap(await jordansRecap(), 'p-jordan', ana, now);
    // Ana shares her recap of the same session; it carries the items she imported from Jordan.
    await ana.feedback.put(aFeedback({ id: 'ana-f', sessionId: 'ana-s-1', pairingId: 'p-jordan', nextFocus: '' }));
    const back = toRecapFile(await buildRecap('ana-s-1', ana), ANA, now);
    const jordan = database();
    await jordan.pairings.put(aPairing());
    await jordan.actionItems.bulkPut([
      anActionItem({ id: 'a-ana', owner: 'them', text: 'Share the deck' }),
      anActionItem({ id: 'a-jordan', owner: 'me', text: 'Send the talk recording', due: undefined }),
    ]);
    const outcome = await importRecap(back, 'p-ana', jordan, now);
    expect(outcome).toMatchObject({ added: 0, alreadyThere: 2 });
    expect(await jordan.actionItems.count()).toBe(2);
  });

  it('keeps the focus waiting when no next session exists yet, and places it once one appears', async () => {
    const ana = database();
    await ana.pairings.put(aPairing({ id: 'p-jordan', myRole: 'mentee', participants: [{ email: JORDAN, name: 'Jordan Lee' }] }));
    const outcome = await importRecap(await jordansRecap(), 'p-jordan', ana, now);
    expect(outcome).toMatchObject({ sessionFound: false, focus: { state: 'waiting' } });
    expect(await placeWaitingRecapFocus(ana, now)).toBe(0);
    await ana.sessions.put(aSession({ id: 'later', pairingId: 'p-jordan', start: '2026-05-20T09:00:00.000Z', end: '2026-05-20T10:00:00.000Z' }));
    expect(await placeWaitingRecapFocus(ana, now)).toBe(1);
    expect((await ana.sessions.get('later'))?.agenda.map((item) => item.text)).toEqual(['Agreed focus: Handling pushback in the Q&A']);
    expect(await placeWaitingRecapFocus(ana, now)).toBe(0);
  });

  it('offers to create an unknown pairing from the recap, seen from my side', async () => {
    const ana = database();
    const recap = await jordansRecap();
    expect(await matchRecapPairing(recap, ANA, ana)).toEqual({ kind: 'unknown' });
    const pairing = await createPairingFromRecap(recap, ANA, ana, now);
    expect(pairing).toMatchObject({ title: 'Mentoring with Jordan Lee', type: 'one-on-one', myRole: 'mentee', participants: [{ email: JORDAN, name: 'Jordan Lee' }], cadenceDays: 14, seriesIds: ['series-ana'] });
    expect(await ana.goals.where('pairingId').equals(pairing.id).toArray()).toEqual([
      expect.objectContaining({ title: 'Run calmer all-hands meetings', owner: 'me', progress: 40, milestones: [expect.objectContaining({ title: 'Draft a narrative', done: true })] }),
    ]);
    expect(await matchRecapPairing(recap, ANA, ana)).toMatchObject({ kind: 'matched', pairing: { id: pairing.id } });
    expect((await importRecap(recap, pairing.id, ana, now)).added).toBe(2);
  });

  it('asks which pairing when two know the sender equally well, and prefers the one whose people match', async () => {
    const ana = database();
    const jordan = { email: JORDAN, name: 'Jordan Lee' };
    await ana.pairings.bulkPut([
      aPairing({ id: 'p-1', participants: [jordan] }),
      aPairing({ id: 'p-2', participants: [jordan] }),
      aPairing({ id: 'p-circle', type: 'group', participants: [jordan, { email: 'lin.wei@corp.example', name: 'Lin Wei' }] }),
    ]);
    const recap = await jordansRecap();
    expect(await matchRecapPairing(recap, ANA, ana)).toMatchObject({ kind: 'ambiguous', candidates: [{ id: 'p-1' }, { id: 'p-2' }] });
    await ana.pairings.update('p-2', { status: 'closed' });
    expect(await matchRecapPairing(recap, ANA, ana)).toMatchObject({ kind: 'matched', pairing: { id: 'p-1' } });
  });

  it('in a circle, keeps which member owns each item: mine only when it names me', async () => {
    const LIN = { email: 'lin.wei@corp.example', name: 'Lin Wei' };
    const LENA = { email: 'lena.hoffmann@corp.example', name: 'Lena Hoffmann' };
    const jordan = database();
    await jordan.pairings.put(aPairing({ id: 'p-circle', type: 'group', participants: [LIN, LENA] }));
    await jordan.sessions.put(aSession({ pairingId: 'p-circle', status: 'held' }));
    await jordan.actionItems.bulkPut([
      anActionItem({ id: 'a-lin', pairingId: 'p-circle', owner: 'them', ownerEmail: LIN.email, text: 'Lin drafts the plan' }),
      anActionItem({ id: 'a-jordan', pairingId: 'p-circle', owner: 'me', text: 'Jordan books the room' }),
    ]);
    const recap = toRecapFile(await buildRecap('s-1', jordan), JORDAN, now);
    expect(Object.fromEntries(recap.actionItems.map((item) => [item.text, item.ownerEmail]))).toEqual({ 'Lin drafts the plan': LIN.email, 'Jordan books the room': undefined });

    const imported = async (self: typeof LIN, others: (typeof LIN)[]) => {
      const db = database();
      await db.settings.put({ key: 'app', value: { ...defaultSettings, selfEmail: self.email } });
      await db.pairings.put(aPairing({ id: 'p-circle', type: 'group', myRole: 'mentee', participants: [{ email: JORDAN, name: 'Jordan Lee' }, ...others] }));
      await importRecap(recap, 'p-circle', db, now);
      return (await db.actionItems.toArray()).map(({ text, owner, ownerEmail }) => ({ text, owner, ownerEmail })).sort((a, b) => a.text.localeCompare(b.text));
    };
    expect(await imported(LIN, [LENA])).toEqual([
      { text: 'Jordan books the room', owner: 'them', ownerEmail: JORDAN },
      { text: 'Lin drafts the plan', owner: 'me', ownerEmail: undefined },
    ]);
    expect(await imported(LENA, [LIN])).toEqual([
      { text: 'Jordan books the room', owner: 'them', ownerEmail: JORDAN },
      { text: 'Lin drafts the plan', owner: 'them', ownerEmail: LIN.email },
    ]);
  });

  it('refuses files that are not recaps, naming what is wrong', async () => {
    expect(parseRecapText('nope')).toMatchObject({ ok: false, problems: [expect.stringMatching(/not valid JSON/)] });
    expect(parseRecapText('{"format":"mentoring-companion/backup"}')).toMatchObject({ ok: false, problems: [expect.stringMatching(/backup, not a recap/)] });
    expect(parseRecapText('{"format":"mentoring-companion/recap","version":9}')).toMatchObject({ ok: false, problems: [expect.stringMatching(/newer version/)] });
    const recap = JSON.parse(recapFileJson(await jordansRecap())) as Record<string, never> & { actionItems: { owner: string }[] };
    recap.actionItems[0]!.owner = 'both';
    const { from: _from, ...noSender } = recap;
    expect(parseRecapText(JSON.stringify(recap))).toEqual({ ok: false, problems: ['actionItems.0.owner must be one of: sender, recipient'] });
    expect(parseRecapText(JSON.stringify(noSender))).toMatchObject({ ok: false, problems: expect.arrayContaining(['from is missing']) });
  });
});

import { expect } from 'vitest';
import type { Goal, Pairing, Session } from '../../../lib/model';
import type { SidePanelPage } from '../pages/side-panel';
import { readTable } from '../support/extension-db';

/**
 * One check for both browsers' suites: the panel, switched to the demo's Ana pairing, shows what
 * IndexedDB holds for it (the session on now or next, the goals still pursued, the last notes).
 * Returns the pairing and the session the panel shows, for checks that go on from there.
 */
export async function expectPanelShowsDemoPairing(panel: SidePanelPage): Promise<{ ana: Pairing; shown: Session }> {
  expect(await panel.isDemo()).toBe(true);
  const pairings = await readTable<Pairing>(panel.page, 'pairings');
  const ana = pairings.find((pairing) => pairing.participants.some((person) => person.name === 'Ana Silva'))!;
  await panel.goto({ pairing: ana.id });

  const sessions = (await readTable<Session>(panel.page, 'sessions')).filter((session) => session.pairingId === ana.id);
  const upcoming = sessions
    .filter((session) => Date.parse(session.end) > Date.now() && session.status === 'scheduled')
    .sort((a, b) => a.start.localeCompare(b.start));
  expect(upcoming.length).toBeGreaterThan(0);
  expect(await panel.sessionHeading()).toMatch(/^(Current|Next) session$/);
  expect(await panel.nextSessionTitle()).toBe(upcoming[0]!.calendar?.title);

  const goals = (await readTable<Goal>(panel.page, 'goals')).filter((goal) => goal.pairingId === ana.id && goal.status !== 'dropped');
  expect((await panel.goalTitles()).sort()).toEqual(goals.map((goal) => goal.title).sort());

  const lastHeld = sessions.filter((session) => session.status === 'held').sort((a, b) => b.start.localeCompare(a.start))[0]!;
  expect(await panel.lastNotes()).toBe(lastHeld.notes);
  return { ana, shown: upcoming[0]! };
}

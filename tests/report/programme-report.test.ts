import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { MentoringDatabase } from '../../lib/db/database';
import { buildProgrammeReport, ratingSummary } from '../../lib/report/programme-report';
import { programmeReportCsv, programmeReportJson } from '../../lib/report/report-files';
import { aFeedback, aGoal, anActionItem, aPairing, aSession } from '../support/factories';

let db: MentoringDatabase;
const now = new Date('2026-06-30T12:00:00Z');
const FREE_TEXT = ['SECRET-NOTES', 'SECRET-WENT-WELL', 'SECRET-REFLECTION', 'SECRET-GOAL-TITLE', 'SECRET-GOAL-DESCRIPTION', 'SECRET-ACTION', 'SECRET-AGENDA', 'SECRET-FOCUS'];

async function seeded(): Promise<MentoringDatabase> {
  db = freshDatabase('report');
  await db.pairings.bulkPut([aPairing(), aPairing({ id: 'p-demo', title: 'Sample', isDemo: true })]);
  const day = (n: number) => new Date(Date.parse('2026-04-06T09:00:00Z') + n * 14 * 86_400_000).toISOString();
  const statuses = ['held', 'held', 'missed', 'held', 'cancelled', 'held'] as const;
  await db.sessions.bulkPut(
    statuses.map((status, n) =>
      aSession({ id: `s-${n}`, start: day(n), end: day(n).replace('09:00', '09:45'), status, notes: 'SECRET-NOTES', agenda: [{ id: `ag-${n}`, text: 'SECRET-AGENDA', origin: 'mine', done: true }] }),
    ),
  );
  // Ratings 2, 3, 4, 5 on the held sessions: rising by one per session.
  await db.feedback.bulkPut(
    [0, 1, 3, 5].map((n, index) =>
      aFeedback({ id: `f-${n}`, sessionId: `s-${n}`, rating: index + 2, wentWell: 'SECRET-WENT-WELL', privateReflection: 'SECRET-REFLECTION', nextFocus: 'SECRET-FOCUS' }),
    ),
  );
  await db.goals.bulkPut([
    aGoal({ title: 'SECRET-GOAL-TITLE', description: 'SECRET-GOAL-DESCRIPTION', progress: 40 }),
    aGoal({ id: 'g-2', category: 'communication', progress: 100, status: 'achieved' }),
    aGoal({ id: 'g-3', category: 'delegation', progress: 10 }),
    aGoal({ id: 'g-4', category: 'delegation', progress: 90, status: 'dropped' }),
  ]);
  await db.actionItems.put(anActionItem({ text: 'SECRET-ACTION' }));
  return db;
}

describe('the programme report for coordinators', () => {
  it('is only built with the user’s consent', async () => {
    await expect(buildProgrammeReport({ consent: false, realNames: false, now }, await seeded())).rejects.toThrow(/consent/);
  });

  it('counts sessions, judges cadence, averages ratings with their trend, and sums goals by category', async () => {
    const report = await buildProgrammeReport({ consent: true, realNames: false, now }, await seeded());
    expect(report.pairings).toHaveLength(1);
    expect(report.pairings[0]).toEqual({
      pairing: expect.stringMatching(/^Pairing [0-9A-F]{8}$/),
      type: 'one-on-one',
      myRole: 'mentor',
      status: 'active',
      peopleCount: 1,
      cadenceDays: 14,
      sessions: { held: 4, missed: 1, cancelled: 1, rescheduled: 0, unconfirmed: 0 },
      cadence: { health: 'due', daysSinceLastHeld: 15, averageDaysBetweenHeld: 23.3 },
      rating: { count: 4, average: 3.5, trend: 'rising', changePerSession: 1 },
      goals: [
        { category: 'communication', count: 2, achieved: 1, averageProgress: 70 },
        { category: 'delegation', count: 1, achieved: 0, averageProgress: 10 },
      ],
    });
  });

  it('holds no free text and no names: stable pseudonyms instead, the same in every export', async () => {
    const first = await buildProgrammeReport({ consent: true, realNames: false, now }, await seeded());
    const second = await buildProgrammeReport({ consent: true, realNames: false, now: new Date('2026-07-01T00:00:00Z') }, db);
    expect(second.pairings[0]!.pairing).toBe(first.pairings[0]!.pairing);
    for (const text of [programmeReportJson(first), programmeReportCsv(first)]) {
      for (const secret of [...FREE_TEXT, 'Ana Silva', 'ana.silva', 'Sample']) expect(text).not.toContain(secret);
    }
    expect(programmeReportCsv(first).split('\r\n')[0]).not.toContain('People');
  });

  it('shows pairing titles and names only when the user chooses', async () => {
    const report = await buildProgrammeReport({ consent: true, realNames: true, now }, await seeded());
    expect(report.pseudonymised).toBe(false);
    expect(report.pairings[0]).toMatchObject({ pairing: 'Ana Silva mentoring', people: ['Ana Silva'] });
    expect(programmeReportCsv(report)).toContain('Ana Silva mentoring,Ana Silva,one-on-one');
    for (const secret of FREE_TEXT) expect(programmeReportJson(report)).not.toContain(secret);
  });

  it('limits sessions to the chosen period', async () => {
    const report = await buildProgrammeReport({ consent: true, realNames: false, from: '2026-05-01', to: '2026-05-31', now }, await seeded());
    expect(report.period).toEqual({ from: '2026-05-01', to: '2026-05-31' });
    expect(report.pairings[0]!.sessions).toEqual({ held: 1, missed: 1, cancelled: 0, rescheduled: 0, unconfirmed: 0 });
  });

  it('calls a trend only from three ratings on', () => {
    expect(ratingSummary([])).toEqual({ count: 0, trend: 'not-enough-ratings' });
    expect(ratingSummary([5, 1])).toEqual({ count: 2, average: 3, trend: 'not-enough-ratings' });
    expect(ratingSummary([4, 4, 4])).toMatchObject({ trend: 'steady', changePerSession: 0 });
    expect(ratingSummary([5, 4, 2])).toMatchObject({ trend: 'falling', changePerSession: -1.5 });
  });
});

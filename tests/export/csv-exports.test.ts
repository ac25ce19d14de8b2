import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { MentoringDatabase } from '../../lib/db/database';
import { buildCsvExport } from '../../lib/export/csv-exports';
import { aFeedback, aGoal, anActionItem, aPairing, aSession } from '../support/factories';

let db: MentoringDatabase;

async function seeded(): Promise<MentoringDatabase> {
  db = freshDatabase('csv');
  await db.pairings.bulkPut([aPairing(), aPairing({ id: 'p-demo', title: 'Sample pairing', isDemo: true })]);
  await db.goals.put(aGoal({ title: 'Run calmer all-hands, "really"' }));
  await db.sessions.bulkPut([
    aSession({ status: 'held', notes: '=cmd|" /C calc"!A0\nsecond line', agenda: [{ id: 'ag-1', text: 'Reorg', origin: 'mine', done: true }] }),
    aSession({ id: 's-demo', pairingId: 'p-demo', isDemo: true, notes: 'sample notes' }),
  ]);
  await db.feedback.put(aFeedback({ privateReflection: 'SECRET: I talked too much.' }));
  await db.actionItems.bulkPut([anActionItem(), anActionItem({ id: 'a-2', owner: 'me', text: '@Ana send the deck', due: undefined })]);
  return db;
}

function lines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split('\r\n');
}

describe('CSV exports of sessions, feedback, action items and goals', () => {
  it('sessions: one row per own session (sample data left out), notes quoted and neutralised', async () => {
    const csv = await buildCsvExport('sessions', { includePrivate: false, timeZone: 'UTC' }, await seeded());
    expect(csv.rows).toBe(1);
    expect(csv.fileName).toBe('mentoring-sessions.csv');
    expect(lines(csv.text)[0]).toBe('Pairing,Start,End,Status,Calendar event,Agenda,Notes,My rating');
    expect(csv.text).toContain(`Ana Silva mentoring,2026-05-04 09:00,2026-05-04 09:45,Held,Ana / Jordan,[x] Reorg,"'=cmd|"" /C calc""!A0\nsecond line",4\r\n`);
    expect(csv.text).not.toContain('sample notes');
  });

  it('feedback: leaves the private reflection out unless asked for', async () => {
    const without = await buildCsvExport('feedback', { includePrivate: false, timeZone: 'UTC' }, await seeded());
    expect(without.text).not.toContain('SECRET');
    expect(lines(without.text)[0]).not.toContain('private');
    const withPrivate = await buildCsvExport('feedback', { includePrivate: true, timeZone: 'UTC' }, db);
    expect(lines(withPrivate.text)[0]).toMatch(/,My private reflection$/);
    expect(withPrivate.text).toContain('SECRET: I talked too much.');
    expect(withPrivate.text).toContain('Ana Silva: Share the deck (due 2026-05-10)');
  });

  it('action items: owner by name, formula-like text neutralised', async () => {
    const csv = await buildCsvExport('action-items', { includePrivate: false, timeZone: 'UTC' }, await seeded());
    expect(lines(csv.text).slice(1, 3)).toEqual([
      'Ana Silva mentoring,Share the deck,Ana Silva,2026-05-10,Open,,2026-05-04 09:00',
      "Ana Silva mentoring,'@Ana send the deck,Me,,Open,,2026-05-04 09:00",
    ]);
  });

  it('goals: progress, category and milestones', async () => {
    const csv = await buildCsvExport('goals', { includePrivate: false, timeZone: 'UTC' }, await seeded());
    expect(lines(csv.text)[1]).toBe(
      'Ana Silva mentoring,"Run calmer all-hands, ""really""",Ana Silva,Communication,40,Active,2026-09-30,[x] Draft a narrative (due 2026-06-01),Prepare the narrative and take questions without defensiveness.',
    );
  });
});

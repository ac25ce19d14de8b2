import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { MentoringDatabase } from '../../lib/db/database';
import { escapeMarkdown, pairingHistoryMarkdown } from '../../lib/export/markdown';
import { historyFileName, loadPairingHistory } from '../../lib/export/pairing-history';
import { aFeedback, aFeedbackQuestion, aGoal, anActionItem, aPairing, aSession } from '../support/factories';

let db: MentoringDatabase;

async function history(includePrivate: boolean) {
  db = freshDatabase('md');
  await db.pairings.bulkPut([aPairing(), aPairing({ id: 'p-other', title: 'Someone else' })]);
  await db.goals.bulkPut([aGoal(), aGoal({ id: 'g-other', pairingId: 'p-other', title: 'Not this pairing' })]);
  await db.feedbackQuestions.put(aFeedbackQuestion());
  await db.sessions.bulkPut([
    aSession({ id: 's-2', start: '2026-05-18T09:00:00.000Z', end: '2026-05-18T09:45:00.000Z', status: 'missed' }),
    aSession({ status: 'held', notes: '# Not a heading\n- not a list\n<script>alert(1)</script>', agenda: [{ id: 'ag', text: 'Reorg *news*', origin: 'mine', done: true }] }),
  ]);
  await db.feedback.put(aFeedback({ customAnswers: [{ questionId: 'q-1', answer: 'Patience' }], privateReflection: 'PRIVATE: I talked too much.' }));
  await db.actionItems.bulkPut([anActionItem({ status: 'done' }), anActionItem({ id: 'a-2', owner: 'me', text: 'Book the room', sessionId: undefined, due: undefined })]);
  const loaded = await loadPairingHistory('p-ana', { includePrivate }, db);
  if (!loaded) throw new Error('no history');
  return pairingHistoryMarkdown(loaded, { timeZone: 'UTC', exportedAt: new Date('2026-06-01T10:00:00Z') });
}

describe('one pairing’s history as Markdown', () => {
  it('has the pairing, its goals with progress, each session with notes and feedback, and the action items', async () => {
    const markdown = await history(false);
    expect(markdown).toContain('# Ana Silva mentoring\n\nOne-to-one · I am the mentor · meeting every 2 weeks · Active');
    expect(markdown).toContain('With: Ana Silva (ana.silva@corp.example)');
    expect(markdown).toContain("### Run calmer all-hands meetings\n\nCommunication · Ana Silva’s · 40% · Active · target 2026-09-30");
    expect(markdown).toContain('- [x] Draft a narrative (due 2026-06-01)');
    // Sessions oldest first, with their status.
    expect(markdown.indexOf('### Monday, 4 May 2026, 09:00 · Held')).toBeLessThan(markdown.indexOf('### Monday, 18 May 2026, 09:00 · Missed'));
    expect(markdown).toContain('- [x] Reorg \\*news\\*');
    expect(markdown).toContain('**My feedback** · rated 4/5');
    expect(markdown).toContain('*What went well*\n\n> Clear agenda');
    expect(markdown).toContain('*Progress on “Run calmer all-hands meetings”*: 50%\n\n> Better structure');
    expect(markdown).toContain('*What did you learn?*\n\n> Patience');
    expect(markdown).toContain('**Action items agreed**\n\n- [x] Share the deck — Ana Silva, due 2026-05-10');
    expect(markdown).toContain('## Action items\n\n- [ ] Book the room — Me\n- [x] Share the deck — Ana Silva, due 2026-05-10');
    expect(markdown).not.toContain('Not this pairing');
  });

  it('shows the user’s text as written: no headings, lists or HTML smuggled in', async () => {
    const markdown = await history(false);
    expect(markdown).toContain('> \\# Not a heading\n> \\- not a list\n> \\<script\\>alert(1)\\</script\\>');
  });

  it('leaves the private reflection out unless asked for', async () => {
    expect(await history(false)).not.toContain('PRIVATE');
    expect(await history(true)).toContain('*My private reflection*\n\n> PRIVATE: I talked too much.');
  });

  it('escapes Markdown syntax and line-start markers', () => {
    expect(escapeMarkdown('a_b *c* [link](x) `code` 1. two | ~')).toBe('a\\_b \\*c\\* \\[link\\](x) \\`code\\` 1. two \\| \\~');
    expect(escapeMarkdown('1. first\n+ plus\n= eq')).toBe('1\\. first\n\\+ plus\n\\= eq');
  });

  it('names the file after the pairing', () => {
    expect(historyFileName(aPairing({ title: 'Élodie & Mateo: 1:1' }), 'md')).toBe('pairing-elodie-mateo-1-1.md');
    expect(historyFileName(aPairing({ title: '李' }), 'md')).toBe('pairing-history.md');
  });
});

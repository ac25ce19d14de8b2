import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { MentoringDatabase } from '../../lib/db/database';
import { buildRecap, recapFileJson, recapFileName, toRecapFile } from '../../lib/recap/build-recap';
import { recapMailto, recapMarkdown, recapText } from '../../lib/recap/recap-text';
import { aFeedback, aFeedbackQuestion, aGoal, anActionItem, aPairing, aSession } from '../support/factories';

let db: MentoringDatabase;

/** Words that exist only in private or unshared fields: none may leave in any form of the recap. */
const PRIVATE = {
  notes: 'NOTES-ONLY-FOR-ME',
  reflection: 'REFLECTION-NEVER-SHARED',
  wentWell: 'WENT-WELL-STAYS-HERE',
  wasHard: 'WAS-HARD-STAYS-HERE',
  goalNote: 'GOAL-NOTE-STAYS-HERE',
  answer: 'CUSTOM-ANSWER-STAYS-HERE',
  openAgenda: 'AGENDA-POINT-NOT-COVERED',
  droppedGoal: 'DROPPED-GOAL-TITLE',
  goalDescription: 'GOAL-DESCRIPTION-STAYS-HERE',
};

async function seeded(): Promise<MentoringDatabase> {
  db = freshDatabase('recap');
  await db.pairings.put(aPairing());
  await db.goals.bulkPut([
    aGoal({ description: PRIVATE.goalDescription }),
    aGoal({ id: 'g-2', owner: 'me', title: 'Learn the analytics stack', category: 'technology-fluency', progress: 20, milestones: [] }),
    aGoal({ id: 'g-3', title: PRIVATE.droppedGoal, status: 'dropped' }),
  ]);
  await db.feedbackQuestions.put(aFeedbackQuestion());
  await db.sessions.bulkPut([
    aSession({
      status: 'held',
      notes: PRIVATE.notes,
      agenda: [
        { id: 'ag-1', text: 'How to tell the team', origin: 'mine', done: true },
        { id: 'ag-2', text: PRIVATE.openAgenda, origin: 'mine', done: false },
      ],
    }),
    aSession({ id: 's-other', start: '2026-05-18T09:00:00.000Z', end: '2026-05-18T09:45:00.000Z' }),
  ]);
  await db.feedback.put(
    aFeedback({
      privateReflection: PRIVATE.reflection,
      wentWell: PRIVATE.wentWell,
      wasHard: PRIVATE.wasHard,
      goalProgress: [{ goalId: 'g-1', progress: 50, note: PRIVATE.goalNote, milestonesDone: ['m-1'] }],
      customAnswers: [{ questionId: 'q-1', answer: PRIVATE.answer }],
      nextFocus: 'Handling pushback in the Q&A',
    }),
  );
  await db.actionItems.bulkPut([
    anActionItem(),
    anActionItem({ id: 'a-2', owner: 'me', text: 'Send Ana the talk recording', due: undefined, status: 'done', doneAt: '2026-05-05T10:00:00.000Z' }),
    anActionItem({ id: 'a-other', sessionId: 's-other', text: 'From another session' }),
  ]);
  return db;
}

describe('the recap of a session', () => {
  it('holds the date, agenda points covered, both sides’ action items, the focus and goal progress', async () => {
    const recap = await buildRecap('s-1', await seeded());
    expect(recap.session).toMatchObject({ id: 's-1', start: '2026-05-04T09:00:00.000Z', status: 'held', eventId: 'ev-1', seriesId: 'series-ana' });
    expect(recap.agendaCovered).toEqual(['How to tell the team']);
    expect(recap.actionItems).toEqual([
      { id: 'a-1', text: 'Share the deck', owner: 'recipient', due: '2026-05-10', done: false },
      { id: 'a-2', text: 'Send Ana the talk recording', owner: 'sender', done: true },
    ]);
    expect(recap.nextFocus).toBe('Handling pushback in the Q&A');
    expect(recap.goals).toEqual([
      { title: 'Run calmer all-hands meetings', category: 'communication', owner: 'recipient', progress: 40, status: 'active', milestones: [{ title: 'Draft a narrative', done: true }] },
      { title: 'Learn the analytics stack', category: 'technology-fluency', owner: 'sender', progress: 20, status: 'active', milestones: [] },
    ]);
    expect(recap.pairing).toEqual({ title: 'Ana Silva mentoring', type: 'one-on-one', senderRole: 'mentor', cadenceDays: 14, participants: [{ email: 'ana.silva@corp.example', name: 'Ana Silva' }] });
  });

  it('never contains notes, the private reflection or any other unshared field, in any of its forms', async () => {
    const recap = await buildRecap('s-1', await seeded());
    const file = toRecapFile(recap, 'jordan.lee@corp.example', new Date('2026-05-04T10:00:00Z'));
    const forms = {
      json: recapFileJson(file),
      text: recapText(recap, { timeZone: 'UTC' }),
      markdown: recapMarkdown(recap, { timeZone: 'UTC' }),
      mailto: decodeURIComponent(recapMailto(recap, { timeZone: 'UTC' })),
    };
    for (const [form, content] of Object.entries(forms)) {
      for (const [field, secret] of Object.entries(PRIVATE)) expect(content, `${form} must not contain the ${field}`).not.toContain(secret);
      expect(content, form).toContain('Handling pushback in the Q');
    }
    expect(Object.keys(JSON.parse(forms.json) as object).sort()).toEqual(['actionItems', 'agendaCovered', 'createdAt', 'format', 'from', 'goals', 'nextFocus', 'pairing', 'session', 'version']);
  });

  it('reads as plain text from the sender’s side, and opens an e-mail draft to the other side', async () => {
    const recap = await buildRecap('s-1', await seeded());
    expect(recapText(recap, { timeZone: 'UTC' })).toBe(
      [
        'Recap: Ana Silva mentoring — Monday, 4 May 2026 at 09:00',
        '',
        'Agenda points covered',
        '- How to tell the team',
        '',
        'Action items',
        '- Share the deck — Ana Silva, due 2026-05-10',
        '- (done) Send Ana the talk recording — me',
        '',
        'Focus for next time',
        'Handling pushback in the Q&A',
        '',
        'Goal progress',
        '- Run calmer all-hands meetings (Ana Silva’s): 40%, 1 of 1 milestones',
        '- Learn the analytics stack (mine): 20%',
        '',
      ].join('\n'),
    );
    const mailto = recapMailto(recap, { timeZone: 'UTC' });
    expect(mailto.startsWith('mailto:ana.silva%40corp.example?subject=Recap%3A%20Ana%20Silva%20mentoring')).toBe(true);
    expect(decodeURIComponent(mailto.split('&body=')[1]!)).toBe(recapText(recap, { timeZone: 'UTC' }));
    expect(recapMarkdown(recap, { timeZone: 'UTC' })).toContain('## Focus for next time\n\nHandling pushback in the Q&A');
    expect(recapFileName(recap)).toBe('recap-2026-05-04-ana-silva.json');
  });

  it('works for a session without feedback: no focus, the rest as it stands', async () => {
    const recap = await buildRecap('s-other', await seeded());
    expect(recap.nextFocus).toBe('');
    expect(recap.actionItems.map((item) => item.id)).toEqual(['a-other']);
    expect(recapText(recap)).not.toContain('Focus for next time');
  });

  it('refuses a session that no longer exists', async () => {
    await expect(buildRecap('s-gone', await seeded())).rejects.toThrow('This session no longer exists.');
  });
});

import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { MentoringDatabase } from '../../lib/db/database';
import { buildDemoData } from '../../lib/demo/build-demo-data';
import { loadDemoData, removeDemoData } from '../../lib/demo/demo-store';
import { submitFeedback } from '../../lib/feedback/feedback-actions';
import { initialForm } from '../../lib/feedback/feedback-form';
import { loadFeedbackForm } from '../../lib/feedback/feedback-store';
import { addAgendaPoint } from '../../lib/panel/agenda';
import { saveSessionNotes } from '../../lib/panel/session-notes';
import { aFeedback, anActionItem } from '../support/factories';

let db: MentoringDatabase;

const now = new Date('2026-11-21T10:00:00Z');
const sample = buildDemoData(now);
const sessionsOf = (key: string) => sample.pairings.find((entry) => entry.pairing.id === `demo-pairing-${key}`)!.sessions;
const anasNext = sessionsOf('ana').find((session) => Date.parse(session.end) > now.getTime())!;
const priyasAwaiting = sessionsOf('priya').find((session) => session.feedbackPrompt?.state === 'pending')!;

async function loaded(): Promise<MentoringDatabase> {
  db = freshDatabase('demo-writing');
  await loadDemoData(db, now);
  return db;
}

describe('removing the demo data keeps everything the user wrote', () => {
  it('keeps live notes, agenda points, feedback with its reflection and action items typed on sample sessions', async () => {
    const db = await loaded();
    await saveSessionNotes(anasNext.id, 'Ana wants to rehearse the release handover.', db);
    const point = await addAgendaPoint(anasNext.id, 'Ask about the SRE review', db);
    const context = await loadFeedbackForm(priyasAwaiting.id, db);
    if (context.kind !== 'ready') throw new Error(context.kind);
    const form = {
      ...initialForm(context.context),
      outcome: 'held' as const,
      rating: 4,
      privateReflection: 'I still hesitate to ask basic questions.',
      actionItems: [{ key: 'row-1', text: 'Try the prompt checklist on the Q4 memo', owner: 'me' as const, due: '' }],
    };
    const submitted = await submitFeedback(priyasAwaiting.id, form, db, now);
    expect(submitted.ok).toBe(true);

    await removeDemoData(db, now);

    const ana = await db.sessions.get(anasNext.id);
    expect(ana).toMatchObject({ isDemo: false, notes: 'Ana wants to rehearse the release handover.' });
    expect(ana!.agenda).toEqual([point]);
    const feedback = await db.feedback.toArray();
    expect(feedback.map((row) => [row.sessionId, row.privateReflection, row.isDemo])).toEqual([
      [priyasAwaiting.id, 'I still hesitate to ask basic questions.', false],
    ]);
    expect((await db.actionItems.toArray()).map((item) => [item.text, item.sessionId, item.isDemo])).toEqual([
      ['Try the prompt checklist on the Q4 memo', priyasAwaiting.id, false],
    ]);
    expect(await db.sessions.get(priyasAwaiting.id)).toMatchObject({ isDemo: false, status: 'held' });
    // The two sample pairings are the user's now; the others are gone.
    const pairings = await db.pairings.toArray();
    expect(pairings.map((pairing) => [pairing.id, pairing.isDemo]).sort()).toEqual([
      ['demo-pairing-ana', false],
      ['demo-pairing-priya', false],
    ]);
    expect((await db.sessions.toArray()).map((session) => session.id).sort()).toEqual([anasNext.id, priyasAwaiting.id].sort());
  });

  it('keeps notes the user added to a past sample session, and drops the untouched sample notes', async () => {
    const db = await loaded();
    const [edited, untouched] = sessionsOf('mateo').filter((session) => session.notes !== '');
    await saveSessionNotes(edited!.id, `${edited!.notes}\nMy own follow-up.`, db);
    await removeDemoData(db, now);
    expect((await db.sessions.get(edited!.id))?.notes).toBe(`${edited!.notes}\nMy own follow-up.`);
    expect(await db.sessions.get(untouched!.id)).toBeUndefined();
    expect(await db.pairings.get('demo-pairing-mateo')).toMatchObject({ isDemo: false });
  });

  it('recognises user-written rows that an older version flagged as demo data', async () => {
    const db = await loaded();
    const session = sessionsOf('elodie').find((candidate) => candidate.status === 'held')!;
    const legacyFeedback = aFeedback({ id: crypto.randomUUID(), sessionId: session.id, pairingId: session.pairingId, goalProgress: [], isDemo: true });
    const legacyItem = anActionItem({ id: crypto.randomUUID(), sessionId: session.id, pairingId: session.pairingId, isDemo: true });
    await db.feedback.put(legacyFeedback);
    await db.actionItems.put(legacyItem);
    await removeDemoData(db, now);
    expect(await db.feedback.get(legacyFeedback.id)).toEqual(legacyFeedback);
    expect(await db.actionItems.get(legacyItem.id)).toEqual(legacyItem);
    expect(await db.sessions.get(session.id)).toMatchObject({ isDemo: false, notes: '' });
    expect(await db.pairings.get(session.pairingId)).toMatchObject({ isDemo: false });
  });
});

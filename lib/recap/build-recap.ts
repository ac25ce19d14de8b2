import { getDatabase, type MentoringDatabase } from '../db/database';
import { MAX_RECAP_ACTION_ITEMS, MAX_RECAP_GOALS, RECAP_FORMAT, RECAP_VERSION } from './recap-constants';
import type { RecapContent, RecapFile } from './recap-format';

const side = (owner: 'me' | 'them') => (owner === 'me' ? 'sender' : 'recipient');

/**
 * The recap of one session, from the data here: its date, the agenda points ticked off, the action
 * items agreed in it (both sides', with owners and due dates), the focus for next time from my
 * feedback, and the pairing's goal progress. Built field by field from what may be shared, from rows
 * the database already checked (recap-format.ts holds the schema an import checks it against).
 */
export async function buildRecap(sessionId: string, db: MentoringDatabase = getDatabase()): Promise<RecapContent> {
  return db.transaction('r', [db.sessions, db.pairings, db.feedback, db.actionItems, db.goals], async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new Error('This session no longer exists.');
    const pairing = await db.pairings.get(session.pairingId);
    if (!pairing) throw new Error('The pairing of this session no longer exists.');
    const [feedback, items, goals] = await Promise.all([
      db.feedback.where('[sessionId+author]').equals([session.id, 'me']).first(),
      db.actionItems.where('sessionId').equals(session.id).sortBy('createdAt'),
      db.goals.where('pairingId').equals(pairing.id).sortBy('createdAt'),
    ]);
    const content: RecapContent = {
      pairing: {
        title: pairing.title,
        type: pairing.type,
        senderRole: pairing.myRole,
        cadenceDays: pairing.cadenceDays,
        participants: pairing.participants.map(({ email, name }) => ({ email, name })),
      },
      session: {
        id: session.id,
        start: session.start,
        end: session.end,
        status: session.status,
        title: session.calendar?.title || pairing.title,
        ...(session.calendar ? { eventId: session.calendar.eventId, seriesId: session.calendar.seriesId } : {}),
      },
      agendaCovered: session.agenda.filter((item) => item.done).map((item) => item.text),
      actionItems: items.slice(0, MAX_RECAP_ACTION_ITEMS).map((item) => ({
        id: item.id,
        text: item.text,
        owner: side(item.owner),
        ...(item.owner === 'them' && item.ownerEmail ? { ownerEmail: item.ownerEmail } : {}),
        ...(item.due ? { due: item.due } : {}),
        done: item.status === 'done',
      })),
      nextFocus: feedback?.nextFocus.trim() ?? '',
      goals: goals
        .filter((goal) => goal.status !== 'dropped')
        .slice(0, MAX_RECAP_GOALS)
        .map((goal) => ({
          title: goal.title,
          category: goal.category,
          owner: side(goal.owner),
          progress: goal.progress,
          status: goal.status,
          milestones: goal.milestones.map((milestone) => ({ title: milestone.title, done: milestone.done })),
        })),
    };
    return content;
  });
}

/** The recap as the file the other side imports; it needs my address, by which their pairing knows me. */
export function toRecapFile(content: RecapContent, fromEmail: string, now = new Date()): RecapFile {
  return { format: RECAP_FORMAT, version: RECAP_VERSION, createdAt: now.toISOString(), from: { email: fromEmail }, ...content };
}

export function recapFileJson(file: RecapFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** recap-2026-05-04-ana-silva.json */
export function recapFileName(content: RecapContent): string {
  const who = content.pairing.participants[0]?.name ?? 'pairing';
  const slug = who.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `recap-${content.session.start.slice(0, 10)}${slug ? `-${slug}` : ''}.json`;
}

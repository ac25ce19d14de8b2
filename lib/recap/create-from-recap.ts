import { getDatabase, type MentoringDatabase } from '../db/database';
import { newId, type Goal, type Pairing, type Person } from '../model';
import type { RecapFile } from './recap-format';

/** "jordan.lee@corp.example" → "Jordan Lee": a readable name until the user edits it. */
function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  const words = local.split(/[._+-]+/).filter(Boolean);
  return words.length > 0 ? words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ') : email;
}

/**
 * The pairing a recap describes, seen from my side: the sender and (in a circle) the others are
 * its people, my role is the other one, and the goals come with their progress, owners flipped.
 */
export function pairingFromRecap(recap: RecapFile, selfEmail: string | undefined, now = new Date()): { pairing: Pairing; goals: Goal[] } {
  const at = now.toISOString();
  const sender: Person = { email: recap.from.email, name: recap.from.name || nameFromEmail(recap.from.email) };
  let others: Person[] = [];
  if (recap.pairing.type === 'group') {
    if (!selfEmail) throw new Error('To create a mentoring circle from a recap, first give your own e-mail address (Options → Calendar source), so you are not listed among its people.');
    others = recap.pairing.participants.filter((person) => person.email !== selfEmail && person.email !== sender.email);
  }
  const pairing: Pairing = {
    id: newId(),
    title: recap.pairing.type === 'group' ? recap.pairing.title : `Mentoring with ${sender.name}`,
    type: recap.pairing.type,
    myRole: recap.pairing.senderRole === 'mentor' ? 'mentee' : 'mentor',
    participants: [sender, ...others],
    cadenceDays: recap.pairing.cadenceDays,
    status: 'active',
    seriesIds: recap.session.seriesId ? [recap.session.seriesId] : [],
    keywords: [],
    isDemo: false,
    createdAt: at,
    updatedAt: at,
  };
  const goals: Goal[] = recap.goals.map((goal) => ({
    id: newId(),
    pairingId: pairing.id,
    owner: goal.owner === 'sender' ? 'them' : 'me',
    title: goal.title,
    description: '',
    category: goal.category,
    progress: goal.progress,
    milestones: goal.milestones.map((milestone) => ({ id: newId(), title: milestone.title, done: milestone.done })),
    status: goal.status,
    createdAt: at,
    updatedAt: at,
  }));
  return { pairing, goals };
}

/** Creates the pairing of a recap that matched none of mine (the user agreed to), with its goals. */
export async function createPairingFromRecap(recap: RecapFile, selfEmail: string | undefined, db: MentoringDatabase = getDatabase(), now = new Date()): Promise<Pairing> {
  const { pairing, goals } = pairingFromRecap(recap, selfEmail, now);
  await db.transaction('rw', [db.pairings, db.goals], async () => {
    await db.pairings.add(pairing);
    await db.goals.bulkAdd(goals);
  });
  return pairing;
}

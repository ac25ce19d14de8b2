import { getDatabase, type MentoringDatabase } from '../db/database';
import type { Pairing } from '../model';

export interface SwitcherOption {
  id: string;
  title: string;
  /** The other side's names ("Ana Lima, Ben Okafor"): searchable, and enough to tell pairings apart. */
  people: string;
  status: Pairing['status'];
  isDemo: boolean;
}

const STATUS_ORDER: Record<Pairing['status'], number> = { active: 0, paused: 1, closed: 2 };

/** Every pairing for the panel's switcher: active first, then paused, then closed; by title. */
export async function listPairingsForSwitcher(db: MentoringDatabase = getDatabase()): Promise<SwitcherOption[]> {
  const pairings = await db.pairings.toArray();
  return pairings
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.title.localeCompare(b.title))
    .map((pairing) => ({
      id: pairing.id,
      title: pairing.title,
      people: pairing.participants.map((person) => person.name).join(', '),
      status: pairing.status,
      isDemo: pairing.isDemo,
    }));
}

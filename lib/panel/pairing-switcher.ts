import { getDatabase, type MentoringDatabase } from '../db/database';
import type { Pairing } from '../model';
import { isolate } from '../text/bidi';

export interface SwitcherOption {
  id: string;
  title: string;
  /** "Title — Ana Lima, Ben Okafor (paused)": enough to tell pairings apart in a select. */
  label: string;
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
      label: switcherLabel(pairing),
      status: pairing.status,
      isDemo: pairing.isDemo,
    }));
}

function switcherLabel(pairing: Pairing): string {
  const people = pairing.participants.map((person) => isolate(person.name)).join(', ');
  const status = pairing.status === 'active' ? '' : ` (${pairing.status})`;
  const demo = pairing.isDemo ? ' [demo]' : '';
  return `${isolate(pairing.title)} — ${people}${status}${demo}`;
}

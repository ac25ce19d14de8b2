import { MentoringDatabase } from '../../lib/db/database';
import { loadPanelView, type PanelView } from '../../lib/panel/panel-view';
import { aSession } from '../support/factories';

/** The panel tests' clock and time arithmetic. */
export const NOW = Date.parse('2026-11-21T10:00:00Z');
export const minutes = (n: number) => n * 60_000;
export const hours = (n: number) => n * 3_600_000;
export const days = (n: number) => n * 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A session starting `offsetMs` from NOW, lasting 45 minutes. */
export function sessionAt(id: string, offsetMs: number, overrides: Parameters<typeof aSession>[0] = {}) {
  return aSession({ id, start: iso(NOW + offsetMs), end: iso(NOW + offsetMs + minutes(45)), ...overrides });
}

export async function readyView(db: MentoringDatabase, pairingId?: string, now = NOW): Promise<PanelView> {
  const load = await loadPanelView(pairingId, now, db);
  if (load.kind !== 'ready') throw new Error(`expected a view, got ${load.kind}`);
  return load.view;
}

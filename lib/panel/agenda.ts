import { getDatabase, type MentoringDatabase } from '../db/database';
import { MAX_SHORT_TEXT_LENGTH, newId, nowIso, type ActionItem, type AgendaItem, type Session } from '../model';
import { setActionItemDone } from './action-items';
import { InputError } from '../forms/input-error';

export interface AgendaEntry {
  /** Stable key for rendering: the agenda item's id, or `carried:<actionItemId>` before it is stored. */
  key: string;
  text: string;
  origin: AgendaItem['origin'];
  /** Ticked off during the session ("discussed"). */
  done: boolean;
  /** Set once the entry is stored on the session. */
  agendaItemId?: string;
  actionItemId?: string;
}

/**
 * The session's agenda: its stored points, plus every open action item agreed before this session
 * that is not on it yet (carried over). Carried-over points are stored only when first ticked.
 * A carried-over point is its action item: it shows done exactly when the item is no longer open.
 */
export function buildAgenda(session: Session, openItems: readonly ActionItem[]): AgendaEntry[] {
  const openIds = new Set(openItems.map((item) => item.id));
  const stored: AgendaEntry[] = session.agenda.map((item) => ({
    key: item.id,
    text: item.text,
    origin: item.origin,
    done: item.actionItemId ? !openIds.has(item.actionItemId) : item.done,
    agendaItemId: item.id,
    actionItemId: item.actionItemId,
  }));
  const onAgenda = new Set(session.agenda.map((item) => item.actionItemId).filter(Boolean));
  const carried: AgendaEntry[] = openItems
    .filter((item) => item.sessionId !== session.id && !onAgenda.has(item.id))
    .map((item) => ({
      key: `carried:${item.id}`,
      text: item.text,
      origin: 'carried-over',
      done: false,
      actionItemId: item.id,
    }));
  // Carried-over points first: they are what was promised last time.
  return [...carried, ...stored.filter((e) => e.origin === 'carried-over'), ...stored.filter((e) => e.origin === 'mine')];
}

const MAX_POINT_LENGTH = MAX_SHORT_TEXT_LENGTH;

/** Adds the user's own point to the session's agenda. */
export async function addAgendaPoint(
  sessionId: string,
  text: string,
  db: MentoringDatabase = getDatabase(),
): Promise<AgendaItem> {
  const trimmed = text.trim();
  if (!trimmed) throw new InputError('Agenda point', 'write something first');
  if (trimmed.length > MAX_POINT_LENGTH) {
    throw new InputError('Agenda point', `keep it under ${MAX_POINT_LENGTH} characters`);
  }
  const item: AgendaItem = { id: newId(), text: trimmed, origin: 'mine', done: false };
  await changeAgenda(sessionId, db, (agenda) => [...agenda, item]);
  return item;
}

/**
 * Ticks or unticks an agenda entry. A carried-over entry is its action item: ticking it closes the
 * item everywhere (and stores the entry on the session the first time).
 */
export async function setAgendaEntryDone(
  sessionId: string,
  entry: Pick<AgendaEntry, 'agendaItemId' | 'actionItemId' | 'text'>,
  done: boolean,
  db: MentoringDatabase = getDatabase(),
): Promise<void> {
  if (entry.actionItemId && (await db.actionItems.get(entry.actionItemId))) {
    await setActionItemDone(entry.actionItemId, done, db, { sessionId });
    return;
  }
  await changeAgenda(sessionId, db, (agenda) => {
    const existing = agenda.find(
      (item) => item.id === entry.agendaItemId || (entry.actionItemId && item.actionItemId === entry.actionItemId),
    );
    if (existing) return agenda.map((item) => (item === existing ? { ...item, done } : item));
    if (!entry.actionItemId) throw new Error('This agenda point no longer exists.');
    return [...agenda, { id: newId(), text: entry.text, origin: 'carried-over', actionItemId: entry.actionItemId, done }];
  });
}

/** Removes one of the user's own points (carried-over points follow their action item instead). */
export async function removeAgendaPoint(
  sessionId: string,
  agendaItemId: string,
  db: MentoringDatabase = getDatabase(),
): Promise<void> {
  await changeAgenda(sessionId, db, (agenda) =>
    agenda.filter((item) => !(item.id === agendaItemId && item.origin === 'mine')),
  );
}

async function changeAgenda(
  sessionId: string,
  db: MentoringDatabase,
  change: (agenda: AgendaItem[]) => AgendaItem[],
): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new Error('This session no longer exists.');
    await db.sessions.put({ ...session, agenda: change(session.agenda), updatedAt: nowIso() });
  });
}

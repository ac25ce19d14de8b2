import { getDatabase, type MentoringDatabase } from '../db/database';
import { newId, nowIso, type Goal, type Milestone, type Pairing, type PairingStatus } from '../model';
import type { GoalDraft, ParsedPairingForm } from './pairing-form';

class PairingStoreError extends Error {
  override name = 'PairingStoreError';
}

const statusOrder: Record<PairingStatus, number> = { active: 0, paused: 1, closed: 2 };

/** Active pairings first, then paused, then closed; by title within each. */
export async function listPairings(db: MentoringDatabase = getDatabase()): Promise<Pairing[]> {
  const all = await db.pairings.toArray();
  return all.sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || a.title.localeCompare(b.title));
}

export async function loadPairing(
  id: string,
  db: MentoringDatabase = getDatabase(),
): Promise<{ pairing: Pairing; goals: Goal[] } | undefined> {
  return db.transaction('r', db.pairings, db.goals, async () => {
    const pairing = await db.pairings.get(id);
    if (!pairing) return undefined;
    const goals = await db.goals.where('pairingId').equals(id).sortBy('createdAt');
    return { pairing, goals };
  });
}

/**
 * Creates the pairing (no `id`) or saves the edit of an existing one with its goals, in one transaction.
 * Only what the user changed in the form is written over the stored goals, so progress ticked in the
 * side panel while the form was open is kept; series linked meanwhile are kept too.
 */
export async function savePairing(
  input: ParsedPairingForm,
  id?: string,
  db: MentoringDatabase = getDatabase(),
): Promise<Pairing> {
  return db.transaction('rw', [db.pairings, db.goals, db.detectionDecisions], async () => {
    const now = nowIso();
    let pairing: Pairing;
    if (id === undefined) {
      pairing = { ...input.fields, id: newId(), seriesIds: [], isDemo: false, createdAt: now, updatedAt: now };
      await db.pairings.add(pairing);
    } else {
      const existing = await db.pairings.get(id);
      if (!existing) throw new PairingStoreError('This pairing no longer exists; it may have been deleted in another window.');
      const unlink = new Set(input.unlinkSeriesIds);
      pairing = { ...existing, ...input.fields, seriesIds: existing.seriesIds.filter((s) => !unlink.has(s)), updatedAt: now };
      await db.pairings.put(pairing);
      // An unlinked series is no longer confirmed for this pairing: detection may suggest it again.
      const decisions = await db.detectionDecisions.bulkGet([...unlink]);
      const stale = decisions.filter((decision) => decision?.pairingId === id).map((decision) => decision!.seriesId);
      await db.detectionDecisions.bulkDelete(stale);
      await db.goals.bulkDelete(input.removedGoalIds);
    }
    const current = await db.goals.where('pairingId').equals(pairing.id).toArray();
    const goals = input.goals
      .map((draft) => mergeGoal(draft, current.find((goal) => goal.id === draft.baseline?.id), pairing.id, now))
      .filter((goal): goal is Goal => goal !== undefined);
    await db.goals.bulkPut(goals);
    return pairing;
  });
}

const mergedFields = ['owner', 'title', 'category', 'description', 'progress', 'targetDate', 'status'] as const;

/** The goal to store for `draft`, or undefined when the user changed nothing in it. */
function mergeGoal(draft: GoalDraft, current: Goal | undefined, pairingId: string, now: string): Goal | undefined {
  const baseline = draft.baseline;
  if (!baseline) {
    return {
      id: newId(),
      pairingId,
      ...(draft.templateId ? { templateId: draft.templateId } : {}),
      owner: draft.owner,
      title: draft.title,
      category: draft.category,
      description: draft.description,
      progress: draft.progress,
      milestones: draft.milestoneTitles.map((title) => ({ id: newId(), title, done: false })),
      ...(draft.targetDate ? { targetDate: draft.targetDate } : {}),
      status: draft.status,
      createdAt: now,
      updatedAt: now,
    };
  }
  const stored = current ?? baseline;
  const next: Goal = { ...stored };
  let changed = current === undefined;
  for (const field of mergedFields) {
    if (draft[field] === baseline[field]) continue;
    changed = true;
    if (field === 'targetDate') {
      if (draft.targetDate) next.targetDate = draft.targetDate;
      else delete next.targetDate;
    } else {
      (next as Record<string, unknown>)[field] = draft[field];
    }
  }
  const baselineTitles = baseline.milestones.map((milestone) => milestone.title);
  if (!sameList(draft.milestoneTitles, baselineTitles)) {
    changed = true;
    next.milestones = keepMilestoneState(draft.milestoneTitles, stored.milestones);
  }
  return changed ? { ...next, updatedAt: now } : undefined;
}

/** Milestones rebuilt from edited titles; a title that was there keeps its id, done state and due date. */
function keepMilestoneState(titles: string[], existing: Milestone[]): Milestone[] {
  const unused = [...existing];
  return titles.map((title) => {
    const index = unused.findIndex((milestone) => milestone.title === title);
    if (index < 0) return { id: newId(), title, done: false };
    const [kept] = unused.splice(index, 1);
    return kept!;
  });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

export async function setPairingStatus(
  id: string,
  status: PairingStatus,
  db: MentoringDatabase = getDatabase(),
): Promise<Pairing> {
  return db.transaction('rw', db.pairings, async () => {
    const existing = await db.pairings.get(id);
    if (!existing) throw new PairingStoreError('This pairing no longer exists; it may have been deleted in another window.');
    const updated = { ...existing, status, updatedAt: nowIso() };
    await db.pairings.put(updated);
    return updated;
  });
}

/** What deleting a pairing takes with it, counted so the confirmation can say so. */
export interface PairingDeletion {
  title: string;
  goals: number;
  sessions: number;
  sessionsWithNotes: number;
  feedback: number;
  actionItems: number;
  linkedSeries: number;
}

export async function describePairingDeletion(
  id: string,
  db: MentoringDatabase = getDatabase(),
): Promise<PairingDeletion | undefined> {
  return db.transaction('r', [db.pairings, db.goals, db.sessions, db.feedback, db.actionItems], async () => {
    const pairing = await db.pairings.get(id);
    if (!pairing) return undefined;
    const sessions = await db.sessions.where('pairingId').equals(id).toArray();
    return {
      title: pairing.title,
      goals: await db.goals.where('pairingId').equals(id).count(),
      sessions: sessions.length,
      sessionsWithNotes: sessions.filter((session) => session.notes.trim() !== '' || session.agenda.length > 0).length,
      feedback: await db.feedback.where('pairingId').equals(id).count(),
      actionItems: await db.actionItems.where('pairingId').equals(id).count(),
      linkedSeries: pairing.seriesIds.length,
    };
  });
}

/** "3 goals, 12 sessions (4 with notes), 5 feedback forms and 7 action items". */
export function describeDeletionContents(deletion: PairingDeletion): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const sessions = count(deletion.sessions, 'session', 'sessions') + (deletion.sessionsWithNotes > 0 ? ` (${deletion.sessionsWithNotes} with notes or agenda)` : '');
  const parts = [
    count(deletion.goals, 'goal', 'goals'),
    sessions,
    count(deletion.feedback, 'feedback form', 'feedback forms'),
    count(deletion.actionItems, 'action item', 'action items'),
  ];
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Deletes the pairing with its goals, sessions, feedback and action items in one transaction. Calendar
 * events stay (they are the calendar's); decisions that linked series to it are forgotten.
 */
export async function deletePairing(id: string, db: MentoringDatabase = getDatabase()): Promise<PairingDeletion> {
  return db.transaction(
    'rw',
    [db.pairings, db.goals, db.sessions, db.feedback, db.actionItems, db.detectionDecisions],
    async () => {
      const deletion = await describePairingDeletion(id, db);
      if (!deletion) throw new PairingStoreError('This pairing no longer exists; it may have been deleted in another window.');
      await db.goals.where('pairingId').equals(id).delete();
      await db.sessions.where('pairingId').equals(id).delete();
      await db.feedback.where('pairingId').equals(id).delete();
      await db.actionItems.where('pairingId').equals(id).delete();
      await db.detectionDecisions.filter((decision) => decision.pairingId === id).delete();
      await db.pairings.delete(id);
      return deletion;
    },
  );
}

/** A linked calendar series as the user recognises it: by the title of its events. */
export interface LinkedSeries {
  seriesId: string;
  title: string;
  eventCount: number;
}

export async function describeLinkedSeries(seriesIds: string[], db: MentoringDatabase = getDatabase()): Promise<LinkedSeries[]> {
  if (seriesIds.length === 0) return [];
  // Counted and titled through the series index: one event read per series, however long it runs.
  return db.transaction('r', db.events, db.detectionDecisions, async () => {
    const decisions = await db.detectionDecisions.bulkGet(seriesIds);
    return Promise.all(
      seriesIds.map(async (seriesId, index) => {
        const events = db.events.where('seriesId').equals(seriesId);
        const [eventCount, titled] = await Promise.all([events.count(), events.clone().filter((event) => Boolean(event.event.summary)).first()]);
        const title = titled?.event.summary ?? decisions[index]?.title ?? '';
        return { seriesId, title: title.trim(), eventCount };
      }),
    );
  });
}

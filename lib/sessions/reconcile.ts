import { joinLinkOf } from '../calendar/join-link';
import { getDatabase, type MentoringDatabase } from '../db/database';
import { newId, type CalendarEventCopy, type Pairing, type Session } from '../model';
import type { DetectionResult } from '../detection';
import { packagedVocabulary } from '../detection/packaged';
import { detectStoredEvents } from './detected-events';
import { userDeclined } from './people';
import { saveSuggestions } from './suggestion-store';
import { DAY_MS } from '../time/units';

export interface ReconcileSummary {
  created: number;
  /** Sessions whose time, title, Meet link, pairing or detection changed, or that came back. */
  updated: number;
  /** Sessions newly marked cancelled (event cancelled, declined, gone before it happened, or ruled out). */
  cancelled: number;
  /** Sessions whose event vanished from the calendar; they keep everything the user wrote. */
  detached: number;
  /** Sessions without any user text whose event is no longer a mentoring meeting. */
  removed: number;
}

const MAX_REASONS = 20;
const MAX_REASON_LENGTH = 500;

/**
 * Brings the sessions in line with the stored calendar events and the detector. Idempotent, and
 * never loses user text: a session with notes, agenda, feedback or action items is at most marked
 * cancelled or detached, never deleted. Demo sessions and sessions of closed pairings stay as they are.
 * Runs in one transaction, so a note typed meanwhile in the panel is never overwritten.
 */
export async function reconcileSessions(db: MentoringDatabase = getDatabase(), now = Date.now()): Promise<ReconcileSummary> {
  const tables = [db.sessions, db.events, db.pairings, db.settings, db.detectionDecisions, db.feedback, db.actionItems, db.syncStates, db.pairingSuggestions];
  const vocabulary = await packagedVocabulary();
  return db.transaction('rw', tables, async () => {
    const run = await detectStoredEvents(db, now, vocabulary);
    const sessions = await db.sessions.toArray();
    const withUserData = await sessionIdsWithUserData(db);
    const resyncingCalendars = (await db.syncStates.toArray())
      .filter((state) => state.pageToken !== undefined)
      .map((state) => state.calendarKey);
    const selfEmail = run.settings.selfEmail;
    const stamp = new Date(now).toISOString();
    const summary: ReconcileSummary = { created: 0, updated: 0, cancelled: 0, detached: 0, removed: 0 };
    const byEventKey = new Map(sessions.flatMap((session) => (session.calendar ? [[session.calendar.eventKey, session]] : [])));
    const isFrozen = (session: Session) => session.isDemo || run.pairingsById.get(session.pairingId)?.status === 'closed';
    const hasUserText = (session: Session) =>
      session.notes.trim() !== '' || session.agenda.length > 0 || withUserData.has(session.id);
    const writes: Session[] = [];
    const deletions: string[] = [];

    for (const { copy, result } of run.detected) {
      const session = byEventKey.get(copy.key);
      if (session && isFrozen(session)) continue;
      const notHappening = copy.event.status === 'cancelled' || userDeclined(copy.event, selfEmail);
      const pairing = result.isMentoring && result.pairingId ? run.pairingsById.get(result.pairingId) : undefined;
      if (!session) {
        if (pairing && !notHappening) {
          writes.push(newSession(copy, pairing, result, stamp));
          summary.created++;
        }
        continue;
      }
      if (notHappening) {
        if (session.status === 'scheduled') {
          writes.push({ ...session, status: 'cancelled', calendar: linkOf(copy), updatedAt: stamp });
          summary.cancelled++;
        }
      } else if (pairing) {
        const refreshed = refreshSession(session, copy, result, hasUserText(session) ? session.pairingId : pairing.id);
        if (!sameValue(refreshed, session)) {
          writes.push({ ...refreshed, updatedAt: stamp });
          summary.updated++;
        }
      } else if (!hasUserText(session) && (session.status === 'scheduled' || session.status === 'cancelled')) {
        deletions.push(session.id);
        summary.removed++;
      } else if (session.status === 'scheduled') {
        writes.push({ ...session, status: 'cancelled', updatedAt: stamp });
        summary.cancelled++;
      }
    }

    const seenKeys = new Set(run.detected.map(({ copy }) => copy.key));
    for (const session of sessions) {
      const link = session.calendar;
      if (!link?.present || seenKeys.has(link.eventKey) || isFrozen(session)) continue;
      if (Date.parse(session.end) < run.windowStartMs) continue;
      // Past the window's end the calendar keeps no copies (they are pruned): absence says nothing.
      if (Date.parse(session.start) >= now + run.settings.syncWindow.daysAhead * DAY_MS) continue;
      // Between the pages of a full sync a calendar is half written: absence means nothing yet.
      if (resyncingCalendars.some((calendarKey) => link.eventKey.startsWith(`${calendarKey}|`))) continue;
      const goneBeforeItHappened = session.status === 'scheduled' && Date.parse(session.start) > now;
      writes.push({
        ...session,
        calendar: { ...link, present: false },
        status: goneBeforeItHappened ? 'cancelled' : session.status,
        updatedAt: stamp,
      });
      summary.detached++;
      if (goneBeforeItHappened) summary.cancelled++;
    }

    await db.sessions.bulkPut(writes);
    await db.sessions.bulkDelete(deletions);
    // The same detection run yields the pairing suggestions: the options page reads them stored.
    await saveSuggestions(db, run, now);
    return summary;
  });
}

/** Ids of sessions that feedback (any state, any author) or action items refer to. */
async function sessionIdsWithUserData(db: MentoringDatabase): Promise<Set<string>> {
  const [feedbackSessions, actionItemSessions] = await Promise.all([
    db.feedback.orderBy('sessionId').uniqueKeys(),
    db.actionItems.orderBy('sessionId').uniqueKeys(),
  ]);
  return new Set([...feedbackSessions, ...actionItemSessions].map(String));
}

function newSession(copy: CalendarEventCopy, pairing: Pairing, result: DetectionResult, stamp: string): Session {
  return {
    id: newId(),
    pairingId: pairing.id,
    start: new Date(copy.startMs).toISOString(),
    end: new Date(copy.endMs).toISOString(),
    status: 'scheduled',
    calendar: linkOf(copy),
    agenda: [],
    notes: '',
    detection: detectionOf(result),
    isDemo: copy.source === 'demo',
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** The session following its event: time, title, Meet link and detection; a calendar-cancelled session comes back. */
function refreshSession(session: Session, copy: CalendarEventCopy, result: DetectionResult, pairingId: string): Session {
  const start = new Date(copy.startMs).toISOString();
  const end = new Date(copy.endMs).toISOString();
  const moved = Date.parse(session.start) !== copy.startMs || Date.parse(session.end) !== copy.endMs;
  const refreshed: Session = {
    ...session,
    pairingId,
    start: moved ? start : session.start,
    end: moved ? end : session.end,
    status: session.status === 'cancelled' ? 'scheduled' : session.status,
    calendar: linkOf(copy),
    detection: detectionOf(result),
  };
  // A prompt already shown for the old time says nothing about the new one: ask again after it.
  if (moved && refreshed.feedbackPrompt?.state === 'pending') delete refreshed.feedbackPrompt;
  return refreshed;
}

function linkOf(copy: CalendarEventCopy): NonNullable<Session['calendar']> {
  const joinLink = joinLinkOf(copy.event);
  return {
    eventKey: copy.key,
    eventId: copy.eventId,
    seriesId: copy.seriesId,
    ...(copy.event.hangoutLink ? { meetLink: copy.event.hangoutLink } : {}),
    ...(joinLink ? { joinLink: joinLink.href } : {}),
    title: copy.event.summary ?? '',
    present: true,
  };
}

function detectionOf(result: DetectionResult): Session['detection'] {
  return {
    confidence: Math.min(1, Math.max(0, result.confidence)),
    reasons: result.reasons.slice(0, MAX_REASONS).map((reason) => reason.slice(0, MAX_REASON_LENGTH)),
  };
}

/** Structural equality of stored (JSON-like) values, whatever the order of their keys. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aEntries = Object.entries(a).filter(([, value]) => value !== undefined);
  const bRecord = b as Record<string, unknown>;
  const bSize = Object.values(b).filter((value) => value !== undefined).length;
  return aEntries.length === bSize && aEntries.every(([key, value]) => sameValue(value, bRecord[key]));
}

import { isSampleRow, type Session } from '../model';
import { buildDemoData } from './build-demo-data';

/** The notes each sample session was loaded with (upcoming sample sessions have none). */
export type SampleNotes = ReadonlyMap<string, string>;

export function sampleNotesOf(now: Date): SampleNotes {
  return new Map(buildDemoData(now).pairings.flatMap((entry) => entry.sessions.map((session) => [session.id, session.notes] as const)));
}

function hasUserNotes(session: Session, sampleNotes: SampleNotes): boolean {
  return session.notes.trim() !== (sampleNotes.get(session.id) ?? '').trim() || Boolean(session.notesOverflow);
}

/** A point the user added to the agenda (carried-over points only repeat an action item). */
function isUserPoint(item: Session['agenda'][number]): boolean {
  return item.origin === 'mine' && !isSampleRow({ id: item.id });
}

/** True when the user typed something into this sample session: live notes or an agenda point. */
export function carriesUserWriting(session: Session, sampleNotes: SampleNotes): boolean {
  return hasUserNotes(session, sampleNotes) || session.agenda.some(isUserPoint);
}

/**
 * The session as the user's own once the sample data is gone: the sample's notes and agenda points
 * go with it, and what the user wrote stays word for word.
 */
export function withoutSampleContent(session: Session, sampleNotes: SampleNotes): Session {
  return {
    ...session,
    notes: hasUserNotes(session, sampleNotes) ? session.notes : '',
    agenda: session.agenda.filter((item) => !isSampleRow({ id: item.id }) && !(item.actionItemId && isSampleRow({ id: item.actionItemId }))),
  };
}

import type { Pairing, Session } from '../model';

/** What a session is called wherever it shows (panel, feedback, notifications): its event's title, else the pairing's. */
export function sessionTitle(session: Session, pairing: Pairing): string {
  return session.calendar?.title.trim() || pairing.title;
}

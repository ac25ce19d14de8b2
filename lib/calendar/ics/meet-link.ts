import { MEET_HOST, STANDARD_MEETING_CODE_SOURCE } from '../../model/meeting-code';

/** A Google Meet call address with its meeting code (abc-defg-hij), not followed by more code characters. */
const MEET_LINK = new RegExp(`https://${MEET_HOST.replaceAll('.', '\\.')}/(${STANDARD_MEETING_CODE_SOURCE})(?![a-z0-9-])`, 'i');

/**
 * The first Google Meet link in `texts`, searched in order, normalised to
 * "https://meet.google.com/abc-defg-hij"; ICS files carry it in X-GOOGLE-CONFERENCE, URL, LOCATION
 * or DESCRIPTION (Google's exports put it in the description's "Join with Google Meet" block).
 */
export function findMeetLink(texts: readonly (string | undefined)[]): string | undefined {
  for (const text of texts) {
    const match = text ? MEET_LINK.exec(text) : null;
    if (match) return `https://${MEET_HOST}/${match[1]!.toLowerCase()}`;
  }
  return undefined;
}

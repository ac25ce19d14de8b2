import { MEET_HOST, MEETING_CODE_PATTERN, STANDARD_MEETING_CODE_PATTERN } from '../model/meeting-code';

/**
 * The meeting code of a Google Meet page's address, or undefined on Meet's other pages (home,
 * landing, settings). Calls live at /abc-defg-hij (under /_meet/ in the installed app), older named
 * calls at /lookup/<name>; a query (?authuser=1) changes nothing. Meet redirects the undashed form of
 * a code to the dashed one, so only that is read.
 */
export function meetingCodeOfPage(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.hostname !== MEET_HOST) return undefined;
  const segments = url.pathname.split('/').filter(Boolean).map((segment) => segment.toLowerCase());
  if (segments[0] === '_meet') segments.shift();
  if (segments[0] === 'lookup') return segments.length === 2 && MEETING_CODE_PATTERN.test(segments[1]!) ? segments[1] : undefined;
  if (segments.length !== 1) return undefined;
  return STANDARD_MEETING_CODE_PATTERN.test(segments[0]!) ? segments[0] : undefined;
}

import { MEET_HOST, MEETING_CODE_PATTERN } from '../model/meeting-code';

/** A call's path: its meeting code (abc-defg-hij), or an older /lookup/<name>; either in any case. */
const MEET_PATH_PREFIX = /^\/(?:lookup\/)?/;

/**
 * The link only if it really is a Google Meet call over https; calendar text is untrusted, so
 * anything else (javascript:, look-alike hosts, plain http) is never rendered as a link.
 */
export function safeMeetLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.hostname !== MEET_HOST || url.username || url.password || url.port) return undefined;
  if (!MEETING_CODE_PATTERN.test(codeOfPath(url.pathname))) return undefined;
  return url.href;
}

/** The meeting code of a Meet link (abc-defg-hij), lower-cased, or undefined. */
export function meetCodeOf(link: string | undefined): string | undefined {
  const safe = safeMeetLink(link);
  if (!safe) return undefined;
  return codeOfPath(new URL(safe).pathname);
}

function codeOfPath(pathname: string): string {
  return pathname.replace(MEET_PATH_PREFIX, '').toLowerCase();
}

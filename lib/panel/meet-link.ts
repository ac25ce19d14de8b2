const MEET_HOST = 'meet.google.com';
/** Meeting codes look like abc-defg-hij; older and lookup links use other word-ish paths. */
const MEET_PATH = /^\/(?:lookup\/)?[a-z0-9][a-z0-9-]{2,60}$/i;

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
  if (!MEET_PATH.test(url.pathname)) return undefined;
  return url.href;
}

/** The meeting code of a Meet link (abc-defg-hij), lower-cased, or undefined. */
export function meetCodeOf(link: string | undefined): string | undefined {
  const safe = safeMeetLink(link);
  if (!safe) return undefined;
  return new URL(safe).pathname.replace(/^\/(?:lookup\/)?/, '').toLowerCase();
}

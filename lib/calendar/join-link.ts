import { MAX_LINK_LENGTH, type GoogleEvent } from '../model';

/** A link to join a call, safe to render: https only, and the host to show beside it. */
export interface JoinLink {
  href: string;
  /** The host as the browser will contact it (punycode for look-alike letters), shown to the user. */
  host: string;
}

/**
 * The link to join an event's call: the video entry point of its conference (Zoom, Teams, Meet...
 * as the Calendar API describes it in `conferenceData`), else Google's `hangoutLink`. Calendar text
 * is untrusted, so anything but a plain https address is no link at all.
 */
export function joinLinkOf(event: Pick<GoogleEvent, 'conferenceData' | 'hangoutLink'>): JoinLink | undefined {
  const video = event.conferenceData?.entryPoints?.find((entry) => entry.entryPointType === 'video' && safeJoinLink(entry.uri));
  return safeJoinLink(video?.uri) ?? safeJoinLink(event.hangoutLink);
}

/** The link if it is a plain https address (no credentials, no other scheme), with its host. */
export function safeJoinLink(link: string | undefined): JoinLink | undefined {
  if (!link || link.length > MAX_LINK_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return undefined;
  return { href: url.href, host: url.host };
}

import { browser } from 'wxt/browser';
import { icsOriginPattern, normalizeIcsUrl } from './ics-url';

/**
 * Asks the user to let the extension read this calendar address's site, and no other. Call it
 * straight from the click handler, before any await: browsers only show the prompt during a user
 * gesture. Resolves to the normalised address when granted, or undefined when the user declined.
 * Throws IcsUrlError for an address that cannot be a calendar.
 */
export async function requestIcsOriginPermission(input: string): Promise<string | undefined> {
  const url = normalizeIcsUrl(input);
  const granted = await browser.permissions.request({ origins: [icsOriginPattern(url)] });
  return granted ? url : undefined;
}

/** Whether the extension may read this address (its origin was granted, now or earlier). */
export async function hasIcsOriginPermission(url: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [icsOriginPattern(url)] });
}

/**
 * Gives back the permission for this address's origin, once no calendar there is polled. Never
 * throws: an origin the manifest requires (or one the user already revoked) simply stays as it is.
 */
export async function removeIcsOriginPermission(url: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: [icsOriginPattern(url)] });
  } catch (error) {
    console.warn('Mentoring Companion: could not give back the permission for a calendar address', error);
  }
}

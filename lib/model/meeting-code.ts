/** Google Meet's host: a call's address is https://meet.google.com/<meeting code>. */
export const MEET_HOST = 'meet.google.com';

/** Today's meeting codes: three, four and three lower-case letters (abc-defg-hij). */
export const STANDARD_MEETING_CODE_SOURCE = '[a-z]{3}-[a-z]{4}-[a-z]{3}';
export const STANDARD_MEETING_CODE_PATTERN = new RegExp(`^${STANDARD_MEETING_CODE_SOURCE}$`);

/**
 * A Google Meet meeting code as the extension stores and passes it: abc-defg-hij, or an older
 * lookup name. Kept apart from zod so the Meet page's small script can use it too.
 */
export const MEETING_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{2,60}$/;

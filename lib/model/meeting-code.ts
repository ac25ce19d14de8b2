/**
 * A Google Meet meeting code as the extension stores and passes it: abc-defg-hij, or an older
 * lookup name. Kept apart from zod so the Meet page's small script can use it too.
 */
export const MEETING_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{2,60}$/;

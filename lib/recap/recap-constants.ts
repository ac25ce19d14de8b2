// Kept apart from the schemas (recap-format.ts): the side panel shares recaps without the import's zod schemas.
export const RECAP_FORMAT = 'mentoring-companion/recap';
export const RECAP_VERSION = 1;
export const MAX_RECAP_GOALS = 50;
/** A recap is a few kilobytes; anything much larger is not one. */
export const MAX_RECAP_FILE_CHARS = 1_000_000;
/** Action items one recap can bring; a session rarely agrees more than a handful. */
export const MAX_RECAP_ACTION_ITEMS = 50;

/**
 * What the ICS code reports, kept free of ical.js: the background (which must not bundle ical.js)
 * recognises a parser's format error and turns it into the user's message.
 */

/** The file as a whole cannot be used: nothing from it may be stored. */
export class IcsFormatError extends Error {
  override name = 'IcsFormatError';
}

/** Something left out of an import, with the reason the user is shown. */
export interface IcsSkip {
  eventId: string;
  reason: string;
}

// zod/mini is the tree-shakable form of zod: the classic API alone would cost the background ~27 KB
// gzipped of its 50 KB budget. Extension code imports zod from here or from 'zod/mini', never 'zod'.
import * as z from 'zod/mini';

export { z };

/** Stable identifiers are opaque non-empty strings (uuids for our own objects, Google's ids for events). */
export const idSchema = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(1024));

/** Dates are stored as ISO-8601 strings with an offset, so they sort and survive JSON round trips. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true, message: 'must be a date and time (ISO 8601)' });

/**
 * An instant, accepted with any offset and stored in UTC (`toISOString()`), so that an index over it
 * sorts by time: the side panel walks sessions by their start instead of reading them all.
 */
export const utcDateTimeSchema = z.pipe(
  isoDateTimeSchema,
  z.transform((value: string) => new Date(value).toISOString()),
);

/** A calendar day without time (YYYY-MM-DD), used for due and target dates. */
export const isoDateSchema = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });

export const emailSchema = z.pipe(
  z.string().check(z.trim(), z.toLowerCase()),
  z.email({ message: 'must be an e-mail address' }),
);

/** The most characters of free text the user writes in one field (notes, reflections, descriptions). */
export const MAX_USER_TEXT_LENGTH = 20_000;
/** The most characters of a short single-line text (a title, a name, an action item, a keyword). */
export const MAX_SHORT_TEXT_LENGTH = 300;

/** Free text written by the user; bounded so one runaway paste cannot fill the database. */
export const userTextSchema = z.string().check(z.maxLength(MAX_USER_TEXT_LENGTH));

/** A short single-line text that must say something (a title, a name, a keyword, an action item). */
export const shortTextSchema = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(MAX_SHORT_TEXT_LENGTH));

/** Inclusive bounds of a whole number the model accepts; forms show and check the same ones. */
export interface Bounds {
  readonly min: number;
  readonly max: number;
}

export function integer({ min, max }: Bounds) {
  return z.number().check(z.int(), z.minimum(min), z.maximum(max));
}

/** Whose goal, action item or feedback: the user's own side of the pairing, or the other side. */
export const sides = ['me', 'them'] as const;
export const sideSchema = z.enum(sides);
export type Side = z.infer<typeof sideSchema>;

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

// zod/mini is the tree-shakable form of zod: the classic API alone would cost the background ~27 KB
// gzipped of its 50 KB budget. Extension code imports zod from here or from 'zod/mini', never 'zod'.
import * as z from 'zod/mini';

export { z };

/** Stable identifiers are opaque non-empty strings (uuids for our own objects, Google's ids for events). */
export const idSchema = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(1024));

/** Dates are stored as ISO-8601 strings with an offset, so they sort and survive JSON round trips. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true, message: 'must be a date and time (ISO 8601)' });

/** A calendar day without time (YYYY-MM-DD), used for due and target dates. */
export const isoDateSchema = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });

export const emailSchema = z.pipe(
  z.string().check(z.trim(), z.toLowerCase()),
  z.email({ message: 'must be an e-mail address' }),
);

/** Bounds of user-written text: forms show and check these, the database enforces them. */
export const MAX_USER_TEXT_LENGTH = 20_000;
export const MAX_SHORT_TEXT_LENGTH = 300;

/** Free text written by the user; bounded so one runaway paste cannot fill the database. */
export const userTextSchema = z.string().check(z.maxLength(MAX_USER_TEXT_LENGTH));

/** A short single-line text (a title, a name). */
export function shortText(options: { required?: boolean } = {}) {
  return options.required
    ? z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(MAX_SHORT_TEXT_LENGTH))
    : z.string().check(z.trim(), z.maxLength(MAX_SHORT_TEXT_LENGTH));
}

export function integer(min: number, max: number) {
  return z.number().check(z.int(), z.minimum(min), z.maximum(max));
}

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

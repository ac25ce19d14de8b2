import { z } from 'zod';

/** Stable identifiers are opaque non-empty strings (uuids for our own objects, Google's ids for events). */
export const idSchema = z.string().trim().min(1, 'must not be empty').max(1024);

/** Dates are stored as ISO-8601 strings with an offset, so they sort and survive JSON round trips. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** A calendar day without time (YYYY-MM-DD), used for due and target dates. */
export const isoDateSchema = z.iso.date();

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be an e-mail address' }));

/** Free text written by the user; bounded so one runaway paste cannot fill the database. */
export const userTextSchema = z.string().max(20_000);

export const shortTextSchema = z.string().trim().max(300);

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

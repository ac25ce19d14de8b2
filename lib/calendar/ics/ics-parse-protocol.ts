import { formatIssues } from '../../model/validation';
import { calendarEventCopySchema, idSchema, settingsSchema, z } from '../../model';
import { IcsFormatError } from './ics-errors';
import { MAX_ICS_CHARS } from './ics-fetch';

/**
 * The boundary between the code that stores ICS calendars and the code that parses them (ical.js).
 * In Chrome the parser runs in a Web Worker of an offscreen document, so requests and replies
 * cross runtime messaging as plain JSON; everything that comes back is validated here.
 */

export const icsParseRequestSchema = z.object({
  text: z.string().check(z.maxLength(MAX_ICS_CHARS, 'is too large (over 20 MB)')),
  calendarKey: idSchema,
  options: z.object({
    source: z.enum(['ics-file', 'ics-url']),
    now: z.number().check(z.int()),
    syncWindow: settingsSchema.shape.syncWindow,
    selfEmail: settingsSchema.shape.selfEmail,
    userTimeZone: z.optional(z.string().check(z.maxLength(100))),
  }),
});

const skipSchema = z.object({
  eventId: z.string().check(z.maxLength(1_024)),
  reason: z.string().check(z.maxLength(500)),
});

export const icsConversionSchema = z.object({
  name: z.optional(z.string().check(z.maxLength(10_000))),
  copies: z.array(calendarEventCopySchema),
  skipped: z.array(skipSchema),
  notices: z.array(skipSchema),
});

/** `format`: the calendar itself is unusable (stored data stays as it was); `failed`: the parser broke. */
export const icsParseFailureSchema = z.object({
  kind: z.enum(['format', 'failed']),
  message: z.string().check(z.minLength(1), z.maxLength(2_000)),
});

/**
 * A conversion too large for one runtime message (Chrome's limit is 64 MiB) comes in parts: the
 * first reply carries the first copies and says how many parts follow, each fetched on its own.
 */
const MAX_REPLY_PARTS = 1_000;
const continuationSchema = z.object({
  resultId: z.string().check(z.minLength(1), z.maxLength(100)),
  parts: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_REPLY_PARTS)),
});

const failureReplySchema = z.object({ ok: z.literal(false), error: icsParseFailureSchema });

export const icsParseReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), conversion: icsConversionSchema, more: z.optional(continuationSchema) }),
  failureReplySchema,
]);

const icsPartReplySchema = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), copies: z.array(calendarEventCopySchema) }), failureReplySchema]);

export type IcsParseRequest = z.infer<typeof icsParseRequestSchema>;
export type IcsConversionResult = z.infer<typeof icsConversionSchema>;
export type IcsParseFailure = z.infer<typeof icsParseFailureSchema>;
export type IcsParseReply = z.infer<typeof icsParseReplySchema>;
export type IcsReplyContinuation = z.infer<typeof continuationSchema>;

/** Turns calendar text into validated event copies; where and how is up to the implementation. */
export interface IcsParser {
  parse(request: IcsParseRequest): Promise<IcsConversionResult>;
  /** Frees what the parser holds (in Chrome: closes its offscreen document) once nothing waits for it. */
  release?(): Promise<void>;
}

/** A parser reply failed validation: something other than our parser answered, or it is broken. */
export class IcsParserError extends Error {
  override name = 'IcsParserError';
}

/**
 * The conversion in a reply from the parser, validated against the model's schemas, with the parts
 * still to fetch when it came in several. A `format` failure becomes an IcsFormatError (the callers
 * name the file or address); anything else an IcsParserError with a message the user can read.
 */
export function conversionFromReply(reply: unknown): IcsConversionResult & { more?: IcsReplyContinuation } {
  const parsed = validReply(icsParseReplySchema, reply);
  if (parsed.ok) return parsed.more ? { ...parsed.conversion, more: parsed.more } : parsed.conversion;
  return failed(parsed.error);
}

/** The copies of one further part of a conversion. */
export function copiesFromPart(reply: unknown): IcsConversionResult['copies'] {
  const parsed = validReply(icsPartReplySchema, reply);
  return parsed.ok ? parsed.copies : failed(parsed.error);
}

function validReply<S extends z.ZodMiniType>(schema: S, reply: unknown): z.infer<S> {
  if (reply === undefined || reply === null) throw new IcsParserError('The calendar reader did not answer; nothing was changed.');
  const parsed = schema.safeParse(reply);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error)
      .slice(0, 3)
      .map((issue) => `${issue.path || 'reply'}: ${issue.message}`)
      .join('; ');
    throw new IcsParserError(`The calendar reader sent an invalid answer (${issues}); nothing was changed.`);
  }
  return parsed.data;
}

function failed({ kind, message }: IcsParseFailure): never {
  if (kind === 'format') throw new IcsFormatError(message);
  throw new IcsParserError(`The calendar reader failed: ${message}`);
}

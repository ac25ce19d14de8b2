import type { IcsParseFailure, IcsParseRequest } from './ics-parse-protocol';

/**
 * The envelope of a parse request on runtime messaging, free of zod: the offscreen document only
 * routes requests to its worker and replies, so it loads nothing heavier than this.
 */

export const ICS_PARSER_TARGET = 'ics-parser';

/** A calendar to read, or a further part of the last reply (see MAX_REPLY_PARTS). */
export type IcsParserMessage =
  | { target: typeof ICS_PARSER_TARGET; request: IcsParseRequest }
  | { target: typeof ICS_PARSER_TARGET; take: { resultId: string; part: number } };

/** True for messages addressed to the parser document; @webext-core/messaging's own lack `target`. */
export function isIcsParserMessage(message: unknown): message is IcsParserMessage {
  return typeof message === 'object' && message !== null && (message as { target?: unknown }).target === ICS_PARSER_TARGET;
}

export function parseFailure(kind: IcsParseFailure['kind'], message: string): { ok: false; error: IcsParseFailure } {
  return { ok: false, error: { kind, message: message.slice(0, 2_000) || 'unknown error' } };
}

import { formatIssues } from '../../model/validation';
import { emailSchema } from '../../model';
import { convertIcsCalendar } from './ics-convert';
import { IcsFormatError } from './ics-errors';
import { messageOf } from '../../text/error-message';
import { icsParseRequestSchema, type IcsConversionResult, type IcsParser, type IcsParseReply, type IcsParseRequest } from './ics-parse-protocol';
import { parseFailure } from './ics-parser-message';
import { readIcs } from './ics-reader';

/**
 * The parser side of the boundary, where ical.js lives: the parse worker (started by Chrome's
 * offscreen document or Firefox's background page) and Node tests. Never imported by a background.
 */

/**
 * Reads and converts a calendar. The user's address comes from the settings or, when they have
 * none, from a calendar named after its owner (Google names secret addresses so), as the import
 * then learns it. Throws IcsFormatError when the file as a whole is unusable.
 */
export function parseIcs(request: IcsParseRequest): IcsConversionResult {
  const calendar = readIcs(request.text);
  const selfEmail = request.options.selfEmail ?? emailFromName(calendar.name);
  return convertIcsCalendar(calendar, request.calendarKey, { ...request.options, selfEmail });
}

/** The same for a request that arrived as a message: never throws, every failure is a reply. */
export function parseIcsRequest(raw: unknown): IcsParseReply {
  const request = icsParseRequestSchema.safeParse(raw);
  if (!request.success) {
    const issue = formatIssues(request.error)[0];
    return parseFailure('failed', `it was asked to read an invalid request (${issue ? `${issue.path}: ${issue.message}` : 'unknown'})`);
  }
  try {
    return { ok: true, conversion: parseIcs(request.data) };
  } catch (error) {
    return parseFailure(error instanceof IcsFormatError ? 'format' : 'failed', messageOf(error));
  }
}

/** Parses in the calling context: for tests (the extension always parses in a worker). */
export const inProcessIcsParser: IcsParser = {
  parse: async (request) => parseIcs(request),
};

/** A parse worker's whole life: one request in, one plain reply out (see entrypoints/ics-parse-worker.ts). */
export function serveParseRequests(scope: { addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void; postMessage(message: unknown): void }): void {
  scope.addEventListener('message', (event) => scope.postMessage(parseIcsRequest(event.data)));
}

function emailFromName(name: string | undefined): string | undefined {
  const email = emailSchema.safeParse(name ?? '');
  return email.success ? email.data : undefined;
}

import { messageOf } from './error-message';

export type JsonParse = { ok: true; data: unknown } | { ok: false; message: string };

/** A file's text read as JSON, or why it cannot be, in the words every import shows. */
export function parseJsonText(text: string): JsonParse {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `The file is not valid JSON (${messageOf(error)}).` };
  }
}

import { humanIssueMessage } from '../forms/field-errors';
import { MAX_RECAP_FILE_CHARS, RECAP_FORMAT, RECAP_VERSION, recapFileSchema, type RecapFile } from './recap-format';
import { parseJsonText } from '../text/json-text';

export type RecapParse = { ok: true; recap: RecapFile } | { ok: false; problems: string[] };

/** Reads a recap file; a wrong one is refused with every problem named (field by field). */
export function parseRecapText(text: string): RecapParse {
  const fail = (message: string): RecapParse => ({ ok: false, problems: [message] });
  if (text.length > MAX_RECAP_FILE_CHARS) return fail('The file is too large to be a recap (at most 1 MB).');
  const json = parseJsonText(text);
  if (!json.ok) return fail(json.message);
  const data = json.data;
  const envelope = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  if (envelope.format === 'mentoring-companion/backup') return fail('This is a backup, not a recap: restore it under “Backup and restore”.');
  if (envelope.format !== RECAP_FORMAT) return fail(`The file is not a session recap: its "format" should be "${RECAP_FORMAT}".`);
  if (typeof envelope.version === 'number' && envelope.version > RECAP_VERSION) {
    return fail(`The recap was made by a newer version of Mentoring Companion (recap version ${envelope.version}). Update the extension to import it.`);
  }
  const result = recapFileSchema.safeParse(data);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'The recap'} ${humanIssueMessage(issue, data)}`) };
  }
  return { ok: true, recap: result.data };
}

import { LEXICON_LANGUAGES, lexiconPath } from './languages';
import { lexiconSchema, type Lexicon } from './format';
import { messageOf } from '../../text/error-message';

/** Reads one packaged file (path from the extension's root) as parsed JSON. */
export type PackagedFileReader = (path: string) => Promise<unknown>;

export class LexiconLoadError extends Error {
  override name = 'LexiconLoadError';
}

interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  expected?: unknown;
  keys?: readonly string[];
}

/** zod/mini carries no message catalogue: its generic "Invalid input" is said in words here. */
function describeIssue(issue: Issue): string {
  const where = issue.path.map(String).join('.') || '(file)';
  if (issue.code === 'unrecognized_keys') return `${where}: unknown ${issue.keys?.map((key) => `"${key}"`).join(', ') ?? 'keys'}`;
  if (issue.code === 'invalid_type') {
    const expected = issue.path.length === 0 ? 'JSON object' : String(issue.expected);
    return `${where}: must be ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`;
  }
  return `${where}: ${issue.message}`;
}

function describeIssues(error: { issues: readonly Issue[] }): string {
  return error.issues.slice(0, 3).map(describeIssue).join('; ');
}

async function loadOne(read: PackagedFileReader, language: string): Promise<Lexicon> {
  const path = lexiconPath(language);
  let data: unknown;
  try {
    data = await read(path);
  } catch (error) {
    throw new LexiconLoadError(`lexicon ${path} could not be read: ${messageOf(error)}`);
  }
  const parsed = lexiconSchema.safeParse(data);
  if (!parsed.success) throw new LexiconLoadError(`lexicon ${path} is malformed: ${describeIssues(parsed.error)}`);
  if (parsed.data.language !== language) {
    throw new LexiconLoadError(`lexicon ${path} says it is "${parsed.data.language}", not "${language}"`);
  }
  return parsed.data;
}

/**
 * Every language's lexicon, or an error naming the first file that is missing or malformed: the
 * detector never runs with some of its words missing.
 */
export async function loadLexicons(read: PackagedFileReader, languages: readonly string[] = LEXICON_LANGUAGES): Promise<Lexicon[]> {
  const results = await Promise.allSettled(languages.map((language) => loadOne(read, language)));
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
  return results.map((result) => (result as PromiseFulfilledResult<Lexicon>).value);
}

import type { z } from 'zod/mini';

/** One problem with one form field: `field` is the form's key for it, `label` what the user sees. */
export interface FieldError {
  field: string;
  label: string;
  message: string;
}

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** "Name must not be empty": the sentence shown to the user. */
export function describeFieldError(error: FieldError): string {
  return `${error.label} ${error.message}`;
}

/**
 * zod's default messages ("Too big: expected string to have <=300 characters") read like a
 * developer's; custom messages written in the schemas ("must not be empty") are kept as they are.
 */
export function humanIssueMessage(issue: z.core.$ZodIssue, input?: unknown): string {
  const isDefault = /^(Too (big|small)|Invalid)\b/.test(issue.message);
  if (!isDefault) return issue.message;
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && input !== undefined && valueAt(input, issue.path) === undefined) {
    return 'is missing';
  }
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `is too long (at most ${String(issue.maximum)} characters)`;
      if (issue.origin === 'array') return `has too many entries (at most ${String(issue.maximum)})`;
      return `must be at most ${String(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `is too short (at least ${String(issue.minimum)} characters)`;
      if (issue.origin === 'array') return Number(issue.minimum) <= 1 ? 'needs at least one entry' : `needs at least ${String(issue.minimum)} entries`;
      return `must be at least ${String(issue.minimum)}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'date') return 'must be a date (YYYY-MM-DD)';
      if (issue.format === 'email') return 'must be an e-mail address';
      if (issue.format === 'datetime') return 'must be a date and time (ISO 8601 with offset)';
      return `is not in the expected format (${issue.format})`;
    case 'invalid_type':
      return `must be ${article(issue.expected)}`;
    default:
      return issue.message;
  }
}

/** The value an issue is about, found by its path in the parsed input. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'an object';
  if (expected === 'int') return 'a whole number';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** Splits a one-entry-per-line textarea into trimmed, non-empty lines. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Keywords may be separated by commas or new lines; duplicates (ignoring case) are dropped. */
export function keywordsOf(text: string): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const word of text.split(/[,\n]/).map((part) => part.trim())) {
    if (!word || seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    keywords.push(word);
  }
  return keywords;
}

import type { z } from '../model';

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

export type ModelIssue = z.core.$ZodIssue;

/** Where a problem shows in a form: the form's key for the field, the label the user reads, and optionally the words. */
export interface FieldPlace {
  field: string;
  label: string;
  /** Says what to do instead of the schema's own wording ("enter a whole number from 0 to 100"). */
  message?: string;
}

/** Finds the field an issue's path (in the parsed input) belongs to. */
export type LocateIssue = (path: readonly PropertyKey[]) => FieldPlace;

/**
 * The one mapping of a model schema's issues to labelled field errors, in the order zod found them,
 * each (field, label, message) once. `words` puts the schema's complaint into the form's style.
 */
export function issuesToFieldErrors(
  issues: readonly ModelIssue[],
  input: unknown,
  locate: LocateIssue,
  words: (issue: ModelIssue, input: unknown) => string = humanIssueMessage,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const { message, ...place } = locate(issue.path);
    const error = { ...place, message: message ?? words(issue, input) };
    if (!errors.some((known) => known.field === error.field && known.label === error.label && known.message === error.message)) {
      errors.push(error);
    }
  }
  return errors;
}

/** Field key → message naming the field ("Rating: choose 1 to 5"), as the feedback form shows them. */
export type FieldErrors = Record<string, string>;

/** Where an issue shows in a keyed form (the feedback form): the field's key and label, and optionally the wording. */
export interface FieldTarget {
  key: string;
  label: string;
  problem?: string;
}

/**
 * The same mapping for forms keyed by field: the first issue of each field wins, worded as an
 * instruction after the label. Issues no field claims belong to the whole form under `formKey`.
 */
export function fieldErrorsFromIssues(
  issues: readonly ModelIssue[],
  locate: (path: readonly PropertyKey[]) => FieldTarget | undefined,
  formKey = 'form',
): FieldErrors {
  const errors: FieldErrors = {};
  const place = (path: readonly PropertyKey[]): FieldPlace => {
    const target = locate(path);
    if (!target) return { field: formKey, label: '' };
    return { field: target.key, label: target.label, ...(target.problem ? { message: target.problem } : {}) };
  };
  for (const error of issuesToFieldErrors(issues, undefined, place, describeIssue)) {
    errors[error.field] ??= error.label ? `${error.label}: ${error.message}` : error.message;
  }
  return errors;
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

/** The schema's complaint in words a user can act on. */
function describeIssue(issue: ModelIssue): string {
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return `keep it under ${Number(issue.maximum).toLocaleString('en')} characters`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1) return 'must not be empty';
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'array') {
    return issue.code === 'too_big' ? `at most ${String(issue.maximum)}` : `at least ${String(issue.minimum)}`;
  }
  if (issue.code === 'too_big') return `at most ${String(issue.maximum)}`;
  if (issue.code === 'too_small') return `at least ${String(issue.minimum)}`;
  if (issue.code === 'invalid_format' && issue.format === 'date') return 'use a date like 2026-12-01';
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'must be an e-mail address';
  // Custom checks of the model carry their own wording ("say whether the session happened").
  return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
}

import type { z } from '../model';

/** Field key → message naming the field ("Rating: choose 1 to 5"), shown next to that field and in the summary. */
export type FieldErrors = Record<string, string>;

/** Where an issue of the model's schema shows in a form: the field's key and label, and optionally the wording. */
export interface FieldTarget {
  key: string;
  label: string;
  /** Says what to do instead of the schema's own wording ("enter a whole number from 0 to 100"). */
  problem?: string;
}

export type ModelIssue = z.core.$ZodIssue;

/**
 * Maps the issues of parsing form input through a model schema to labelled field errors: the first
 * issue of each field wins. Issues no field claims belong to the whole form under `formKey`.
 */
export function fieldErrorsFromIssues(
  issues: readonly ModelIssue[],
  locate: (path: readonly PropertyKey[]) => FieldTarget | undefined,
  formKey = 'form',
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const target = locate(issue.path);
    const key = target?.key ?? formKey;
    if (errors[key]) continue;
    errors[key] = target ? `${target.label}: ${target.problem ?? describeIssue(issue)}` : describeIssue(issue);
  }
  return errors;
}

/** The schema's complaint in words a user can act on. */
export function describeIssue(issue: ModelIssue): string {
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

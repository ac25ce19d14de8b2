import type { z } from 'zod/mini';

/** A write that did not pass its schema. The message names the table and every offending field. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    readonly what: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(`Invalid ${what}: ${issues.map((issue) => `${issue.path || '(the object)'} ${issue.message}`).join('; ')}`);
  }
}

/** Anything zod (classic or mini) produced as a parse error. */
interface IssueList {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

export function formatIssues(error: IssueList): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Parses `value` with `schema`, throwing a ValidationError that names `what` and each bad field. */
export function validate<S extends z.ZodMiniType>(schema: S, what: string, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(what, formatIssues(result.error));
  return result.data;
}

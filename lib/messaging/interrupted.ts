import { messageOf } from '../text/error-message';
/**
 * What Chrome (and Firefox) say when the background stopped, or restarted, before it answered a
 * page: the worker was ended mid-task, the extension was reloaded, or nothing was listening yet.
 */
const INTERRUPTED = /message channel closed|message port closed|receiving end does not exist|extension context invalidated|could not establish connection/i;

export function isInterrupted(error: unknown): boolean {
  return INTERRUPTED.test(messageOf(error));
}

/**
 * The user's words for a request the background never finished: what happened, that nothing was
 * changed (the work writes in one transaction, so it stored all or nothing: `changed` tells which),
 * and what to do. Any other error passes through unchanged.
 */
export function explainInterrupted(error: unknown, what: { task: string; retry: string; changed?: boolean }): Error {
  if (!isInterrupted(error)) return error instanceof Error ? error : new Error(String(error));
  const outcome = what.changed
    ? 'It had finished storing the calendar just before that, so the calendar is up to date.'
    : 'Nothing was changed.';
  return new Error(`The extension’s background stopped before ${what.task} finished. ${outcome} ${what.changed ? '' : what.retry}`.trim());
}

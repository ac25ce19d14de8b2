/**
 * The message of anything thrown, in words for the user or a report: an Error's message, else the
 * thrown value as text. Never empty, so "Not saved: …" always says something.
 */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : error === undefined || error === null ? '' : String(error);
  return text.trim() === '' ? 'unknown error' : text;
}

/**
 * Untrusted text (a name, a title, an address) put into a sentence or a label where no element can
 * wrap it (a select's option, a status message): first-strong isolate ... pop directional isolate, so
 * a right-to-left override inside it cannot reorder the text around it. In markup, use <bdi>.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** The same text without the isolation marks, for comparing what a person reads. */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}

/** Characters Markdown would read as formatting (or HTML) inside the user's text. */
const INLINE_SYNTAX = /([\\`*_{}[\]<>#|~!])/g;

/**
 * The user's text shown as written: formatting characters escaped, list and heading markers at line
 * starts too. (Its own module: the side panel's recap needs it without the whole history export.)
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SYNTAX, '\\$1')
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

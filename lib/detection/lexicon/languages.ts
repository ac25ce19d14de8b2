/**
 * The languages with a lexicon in public/lexicons/ (one `<code>.json` each). Every title is read with
 * all of them: a title's language is not known, and people mix languages in one title.
 */
export const LEXICON_LANGUAGES = [
  'en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'sv', 'da', 'no', 'fi', 'pl', 'cs', 'ro', 'hu', 'tr', 'id', 'ms', 'fil', 'vi',
  'ru', 'uk', 'el', 'ar', 'fa', 'ur', 'he', 'hi', 'bn', 'th', 'zh', 'ja', 'ko', 'sk', 'hr', 'sr', 'bg', 'ca', 'lt',
] as const;

/** Where a language's lexicon lives, relative to the extension's root (the build copies public/ there). */
export function lexiconPath(language: string): string {
  return `/lexicons/${language}.json`;
}

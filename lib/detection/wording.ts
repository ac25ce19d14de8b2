import type { CompiledContext } from './context';
import { quote, type PreparedText } from './title';
import type { TermMatch } from './vocabulary';

/** Where the mentoring wording was found, and how to say so. */
export interface Wording {
  match: { start: number; end: number };
  text: PreparedText;
  place: 'title' | 'description';
  /** The user's own keyword ("Leadership Lab"), when that is what matched. */
  keyword: string | null;
}

export function wordingReason(wording: Wording): string {
  const said = quote(wording.text, wording.match);
  return wording.keyword === null ? `${wording.place} says "${said}"` : `${wording.place} uses the keyword "${wording.keyword}"`;
}

/** Built-in mentoring wording, else a pairing's keyword, else the user's extra keyword. */
export function findWording(context: CompiledContext, text: PreparedText, place: Wording['place'], builtIn: TermMatch | null): Wording | null {
  if (builtIn !== null) return { match: builtIn, text, place, keyword: null };
  const match = context.pairingKeywords?.first(text.view) ?? context.extraKeywords?.first(text.view) ?? null;
  return match === null ? null : { match, text, place, keyword: match.tag.text };
}

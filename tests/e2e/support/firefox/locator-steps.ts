/** A serialisable locator: the steps a Playwright-style locator chain takes, evaluated by ./query-engine.ts in the page. */
export type TextMatch = string | { source: string; flags: string };

export type Step =
  | { kind: 'css'; selector: string }
  | { kind: 'role'; role: string; name?: TextMatch; exact?: boolean; level?: number }
  | { kind: 'label'; text: TextMatch; exact?: boolean }
  | { kind: 'testid'; id: string }
  | { kind: 'text'; text: TextMatch; exact?: boolean }
  | { kind: 'filter'; has?: Step[]; hasNot?: Step[]; hasText?: TextMatch; hasNotText?: TextMatch }
  | { kind: 'or'; left: Step[]; right: Step[] }
  | { kind: 'nth'; index: number };

export function textMatch(value: string | RegExp): TextMatch {
  return typeof value === 'string' ? value : { source: value.source, flags: value.flags };
}

import { googleErrors } from './errors';

/**
 * Google's partial-response `fields` parameter (`items(id,summary),nextPageToken,nextSyncToken`).
 * Applied for real, because a client that forgets `nextSyncToken` in its field mask never gets a
 * sync token from Google either, and the emulator must not hide that bug.
 */

type Selection = Map<string, Selection | true>;

function parseSelection(text: string, position: { index: number }, nested: boolean): Selection {
  const selection: Selection = new Map();
  while (position.index < text.length) {
    const nameMatch = /^[A-Za-z0-9_*@$.-]+(?:\/[A-Za-z0-9_*@$.-]+)*/.exec(text.slice(position.index));
    if (!nameMatch) throw googleErrors.invalidParameter('fields', `Invalid field selection ${text}`);
    position.index += nameMatch[0].length;
    let leaf: Selection | true = true;
    if (text[position.index] === '(') {
      position.index += 1;
      leaf = parseSelection(text, position, true);
      if (text[position.index] !== ')') throw googleErrors.invalidParameter('fields', `Invalid field selection ${text}`);
      position.index += 1;
    }
    const path = nameMatch[0].split('/');
    insertPath(selection, path, leaf);
    if (text[position.index] === ',') {
      position.index += 1;
      continue;
    }
    if (nested && text[position.index] === ')') return selection;
    if (position.index < text.length) throw googleErrors.invalidParameter('fields', `Invalid field selection ${text}`);
  }
  if (nested) throw googleErrors.invalidParameter('fields', `Invalid field selection ${text}`);
  return selection;
}

function insertPath(selection: Selection, path: string[], leaf: Selection | true): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    const existing = selection.get(head);
    if (existing === true || leaf === true) selection.set(head, true);
    else selection.set(head, existing ? mergeSelections(existing, leaf) : leaf);
    return;
  }
  const existing = selection.get(head);
  if (existing === true) return;
  const child = existing ?? new Map();
  selection.set(head, child);
  insertPath(child, rest, leaf);
}

function mergeSelections(a: Selection, b: Selection): Selection {
  const merged: Selection = new Map(a);
  for (const [key, value] of b) insertPath(merged, [key], value);
  return merged;
}

function project(value: unknown, selection: Selection): unknown {
  if (Array.isArray(value)) return value.map((item) => project(item, selection));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const wildcard = selection.get('*');
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(source)) {
    const chosen = selection.get(key) ?? wildcard;
    if (chosen === undefined) continue;
    result[key] = chosen === true ? child : project(child, chosen);
  }
  return result;
}

/** Applies a `fields` mask to a response body; no mask returns the body unchanged. */
export function applyFieldMask<T>(body: T, fields: string | null): T | Record<string, unknown> {
  if (fields === null || fields.trim() === '') return body;
  const selection = parseSelection(fields.replace(/\s+/g, ''), { index: 0 }, false);
  return project(body, selection) as Record<string, unknown>;
}

import { googleErrors } from './errors';
import { parseRfc3339 } from './time';

/**
 * Reading of Google's standard query parameters, with Google's answers to bad values. Kept apart
 * from the methods so events.list and calendarList.list reject the same things the same way.
 */

/** Parameters every Google API accepts and that never change what a list returns. */
const SYSTEM_PARAMETERS = new Set([
  'fields',
  'prettyPrint',
  'alt',
  'key',
  'quotaUser',
  'userIp',
  'access_token',
  'oauth_token',
  'callback',
  '$.xgafv',
  'upload_protocol',
  'uploadType',
]);

export function readBoolean(params: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = params.get(name);
  if (value === null) return fallback;
  const normalized = value.toLowerCase();
  if (normalized === 'true') return true;
  if (normalized === 'false') return false;
  throw googleErrors.invalidParameter(name, `Invalid value '${value}'. Values must be true or false.`);
}

/** Page sizes: Google silently caps a larger value at the method's maximum. */
export function readPageSize(params: URLSearchParams, fallback: number, maximum: number): number {
  const value = params.get('maxResults');
  if (value === null) return fallback;
  if (!/^-?\d+$/.test(value.trim())) throw googleErrors.invalidParameter('maxResults', `Invalid value '${value}'. Values must be integers.`);
  const size = Number(value);
  if (size < 1) throw googleErrors.invalidParameter('maxResults', `Invalid value '${value}'. Values must be within the range: [1, ${maximum}]`);
  return Math.min(size, maximum);
}

export function readNonNegativeInteger(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  if (!/^\d+$/.test(value.trim())) throw googleErrors.invalidParameter(name);
  return Number(value);
}

/** timeMin/timeMax/updatedMin: RFC 3339 with a mandatory offset, else Google's bare 400. */
export function readTimestamp(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  const ms = parseRfc3339(value);
  if (ms === undefined) throw googleErrors.badRequest();
  return ms;
}

/** The query minus paging and system parameters, canonicalised: what a page token is bound to. */
export function querySignature(params: URLSearchParams, alsoIgnored: string[]): string {
  const ignored = new Set([...SYSTEM_PARAMETERS, 'pageToken', 'maxResults', ...alsoIgnored]);
  return [...params.entries()]
    .filter(([name]) => !ignored.has(name))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .sort()
    .join('&');
}

/** Lexicographic comparison of paging keys. */
export function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Google list etags look like `"p33nv5euikqioo0o"`: quoted, opaque, changing with the content. */
export function listEtag(...parts: (string | number)[]): string {
  let hash = 2166136261;
  for (const character of parts.join('|')) {
    hash = Math.imul(hash ^ character.charCodeAt(0), 16777619) >>> 0;
  }
  const tail = (hash.toString(32) + parts.join('').length.toString(32)).padEnd(14, '0').slice(0, 14);
  return `"p3${tail}"`;
}

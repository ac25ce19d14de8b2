/**
 * Every row of the built-in sample data has an id starting with this; the user's own rows get
 * uuids, which never do. Goals carry no isDemo flag, so a sample goal is known by its id alone.
 */
export const DEMO_ID_PREFIX = 'demo-';

/**
 * True for a row the sample data wrote. The flag alone is not enough: feedback and action items the
 * user wrote on a sample session used to inherit the session's flag, and some databases still hold them.
 */
export function isSampleRow(row: { id: string; isDemo?: boolean }): boolean {
  return row.isDemo !== false && row.id.startsWith(DEMO_ID_PREFIX);
}

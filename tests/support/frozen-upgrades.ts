/**
 * How a row frozen by an older database version must look once the current version holds it, written
 * out by hand from each version's documented change (lib/db/migrations.ts), not computed by it:
 * version 4 splits the `ics` source into files and addresses, version 6 stores session times in UTC.
 */
export function asUpgradedFrom(version: number, table: string, row: Record<string, unknown>): Record<string, unknown> {
  let upgraded = row;
  if (version < 4 && (table === 'syncStates' || table === 'events') && upgraded.source === 'ics') {
    const id = table === 'syncStates' ? String(upgraded.calendarId) : String(upgraded.calendarKey).slice('ics:'.length);
    upgraded = { ...upgraded, source: id.startsWith('https://') || id.startsWith('http://') ? 'ics-url' : 'ics-file' };
  }
  if (version < 6 && table === 'sessions') {
    upgraded = { ...upgraded, start: new Date(String(upgraded.start)).toISOString(), end: new Date(String(upgraded.end)).toISOString() };
  }
  return upgraded;
}

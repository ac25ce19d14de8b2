import type { Transaction } from 'dexie';
import { nowIso, type EventSource, type SyncState } from '../model';

/**
 * What each database version does to the rows an older one stored (versions without an entry only
 * add tables or indexes). Each upgrade runs once, inside Dexie's upgrade transaction; the migration
 * tests replay it on rows frozen as that older version wrote them. The rules on single rows are
 * exported: a backup written by an older version goes through the same ones (lib/backup).
 */
export const upgrades: Partial<Record<number, (transaction: Transaction) => Promise<void>>> = {
  4: splitIcsKinds,
  6: sessionTimesInUtc,
};

/**
 * Version 4: which ICS kind a calendar of the old `ics` source is. Versions before 4 only told a
 * file and an address apart by the look of the calendar id (addresses start with http(s)://).
 */
export function icsKindOf(calendarId: string): EventSource {
  return /^https?:\/\//i.test(calendarId) ? 'ics-url' : 'ics-file';
}

/** Version 4: the settings' first source, `ics`, becomes the kind the stored calendars have. */
export function icsCalendarSourceOf(anyAddress: boolean): EventSource {
  return anyAddress ? 'ics-url' : 'ics-file';
}

/**
 * Version 4: copies that a sign-out "kept" without any sync state get a stopped one, so the
 * options page can list them and delete them. Undefined for a key no source of that time wrote.
 */
export function stoppedStateFor(calendarKey: string, stoppedAt: string): SyncState | undefined {
  const [prefix, ...rest] = calendarKey.split(':');
  const calendarId = rest.join(':');
  if ((prefix !== 'google' && prefix !== 'ics') || !calendarId) return undefined;
  const source = prefix === 'google' ? 'google' : icsKindOf(calendarId);
  const label = source === 'ics-url' ? hostLabel(calendarId) : calendarId;
  return { calendarKey, source, calendarId: calendarId.slice(0, 2_000), label: label.slice(0, 300), skipped: [], stoppedAt };
}

/**
 * Version 4. An ICS calendar was `source: "ics"`, whether a file or an address: it becomes
 * `ics-file` or `ics-url`. Keys stay `ics:…`, since sessions refer to their events by key.
 */
async function splitIcsKinds(transaction: Transaction): Promise<void> {
  const states = transaction.table<SyncState, string>('syncStates');
  await states.filter((state) => (state.source as string) === 'ics').modify((state) => {
    state.source = icsKindOf(state.calendarId);
  });
  const kinds = new Map((await states.toArray()).map((state) => [state.calendarKey, state.source]));

  const events = transaction.table('events');
  await events
    .where('calendarKey')
    .startsWith('ics:')
    .filter((copy: { source: string }) => copy.source === 'ics')
    .modify((copy: { source: string; calendarKey: string }) => {
      copy.source = kinds.get(copy.calendarKey) ?? icsKindOf(copy.calendarKey.slice('ics:'.length));
    });

  const orphans = (await events.orderBy('calendarKey').uniqueKeys()).map(String).filter((key) => !kinds.has(key));
  const stoppedAt = nowIso();
  for (const calendarKey of orphans) {
    const state = stoppedStateFor(calendarKey, stoppedAt);
    if (state) await states.add(state);
  }

  const settings = transaction.table('settings');
  const anyAddress = [...kinds.values()].includes('ics-url');
  await settings
    .filter((record: { value?: { calendarSource?: string } }) => record.value?.calendarSource === 'ics')
    .modify((record: { value: { calendarSource: string } }) => {
      record.value.calendarSource = icsCalendarSourceOf(anyAddress);
    });
}

/** A secret address is never shown: its host names it. */
function hostLabel(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'iCal address';
  }
}

/**
 * Version 6. Session times were stored with whatever offset they arrived with, so string order was
 * not time order; in UTC, the indexes over start sort by time.
 */
async function sessionTimesInUtc(transaction: Transaction): Promise<void> {
  await transaction
    .table('sessions')
    .toCollection()
    .modify((session: { start: string; end: string }) => {
      session.start = toUtc(session.start);
      session.end = toUtc(session.end);
    });
}

/** Version 6: one time, in UTC (a value that is no time is left for the schema to refuse). */
export function toUtc(value: string): string {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

import type { Transaction } from 'dexie';

/** What each schema version does to the rows already stored, by version number. */
export const upgrades: Partial<Record<number, (transaction: Transaction) => Promise<unknown>>> = {
  // Session times were stored with whatever offset they arrived with; string order was not time order.
  4: (transaction) =>
    transaction
      .table('sessions')
      .toCollection()
      .modify((session: { start: string; end: string }) => {
        session.start = toUtc(session.start);
        session.end = toUtc(session.end);
      }),
};

function toUtc(value: string): string {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

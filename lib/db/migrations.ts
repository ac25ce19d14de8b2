import type { Transaction } from 'dexie';
import { DEMO_ID_PREFIX } from '../model';

/**
 * Upgrades of stored rows, by the schema version that introduced them (see schema-versions.ts).
 * An upgrade never drops a row: one it cannot fix is left as it was, and the database still opens.
 */
export const upgrades: Partial<Record<number, (tx: Transaction) => Promise<void>>> = {
  // Feedback and action items the user wrote on a sample session inherited the session's isDemo
  // flag, so removing the demo data deleted them. The sample data's own rows have demo- ids.
  3: async (tx) => {
    for (const table of ['feedback', 'actionItems']) {
      const rows: { id: string; isDemo?: boolean }[] = await tx.table(table).toArray();
      for (const row of rows) {
        if (row.isDemo !== true || row.id.startsWith(DEMO_ID_PREFIX)) continue;
        await tx
          .table(table)
          .put({ ...row, isDemo: false })
          .catch((error: unknown) => console.warn(`Mentoring Companion: ${table} ${row.id} kept as it was`, error));
      }
    }
  },
};

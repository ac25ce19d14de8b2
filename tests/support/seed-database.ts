import { markValidated, MentoringDatabase } from '../../lib/db/database';
import { buildHeavyUser, heavyUserTables, type HeavyUserData } from './heavy-user';

/**
 * A database holding the heavy user's data at `scale` (see heavy-user.ts). The rows are written
 * without a second validation (their validity is tested once, in tests/support/heavy-user.test.ts).
 */
export async function seedHeavyUser(scale: number, now: number): Promise<{ db: MentoringDatabase; data: HeavyUserData }> {
  const data = buildHeavyUser({ scale, now });
  const db = new MentoringDatabase(`heavy-${scale}-${crypto.randomUUID()}`);
  for (const [table, rows] of heavyUserTables(data)) await db.table(table).bulkPut(markValidated(rows));
  return { db, data };
}

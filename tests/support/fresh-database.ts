import { afterAll, afterEach } from 'vitest';
import { MentoringDatabase } from '../../lib/db/database';

const opened: MentoringDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/**
 * A new, empty database of the current version under a name no other test uses, deleted after the
 * test that opened it. `label` only makes a leftover database recognisable.
 */
export function freshDatabase(label = 'test'): MentoringDatabase {
  const db = new MentoringDatabase(`${label}-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

/** Like `freshDatabase`, for the tests of one `describe` block together: deleted after the last of them. */
export function suiteDatabase(label = 'suite'): MentoringDatabase {
  const db = new MentoringDatabase(`${label}-${crypto.randomUUID()}`);
  afterAll(() => db.delete());
  return db;
}

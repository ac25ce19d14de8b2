import { getDatabase } from '../../lib/db/database';

/** Component tests share the extension's one database (fake-indexeddb): each test starts from empty tables. */
export async function emptyDatabase(): Promise<void> {
  const db = getDatabase();
  await Promise.all(db.tables.map((table) => table.clear()));
}

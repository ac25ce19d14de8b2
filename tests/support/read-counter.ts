import type { DBCoreCursor, DBCoreTable } from 'dexie';
import type { MentoringDatabase } from '../../lib/db/database';

/** One request to a table, with how many rows (or keys) it handed back. */
export interface TableRead {
  table: string;
  kind: 'get' | 'getMany' | 'getAll' | 'cursor';
  /** The index read through ('' for the primary key), for the message when a bound is broken. */
  index: string;
  rows: number;
}

export interface ReadCounter {
  reads: TableRead[];
  /** Every request on `table` that handed back more than `limit` rows. */
  over(table: string, limit: number): TableRead[];
  /** The rows handed back by every request on `table`, in all. */
  total(table: string): number;
  reset(): void;
}

/**
 * Counts what each request reads, at Dexie's lowest layer: the rows a getAll returns, the steps a
 * cursor takes (filters and `until` included), the rows get and getMany find. Counts are not
 * timings: a test can say "the panel reads at most 40 sessions" on a database of any size.
 */
export function countReads(db: MentoringDatabase): ReadCounter {
  const reads: TableRead[] = [];
  db.use({
    stack: 'dbcore',
    name: 'read-counter',
    create: (down) => ({
      ...down,
      table: (name) =>
        countingTable(down.table(name), (kind, index, rows) => {
          const read = { table: name, kind, index, rows };
          reads.push(read);
          return read;
        }),
    }),
  });
  return {
    reads,
    over: (table, limit) => reads.filter((read) => read.table === table && read.rows > limit),
    total: (table) => reads.filter((read) => read.table === table).reduce((sum, read) => sum + read.rows, 0),
    reset: () => void reads.splice(0),
  };
}

type Record = (kind: TableRead['kind'], index: string, rows: number) => TableRead;

function countingTable(table: DBCoreTable, record: Record): DBCoreTable {
  return {
    ...table,
    get: async (request) => {
      const row = await table.get(request);
      record('get', '', row === undefined ? 0 : 1);
      return row;
    },
    getMany: async (request) => {
      const rows = await table.getMany(request);
      record('getMany', '', rows.filter((row) => row !== undefined).length);
      return rows;
    },
    query: async (request) => {
      const response = await table.query(request);
      record('getAll', request.query.index.name ?? '', response.result.length);
      return response;
    },
    openCursor: async (request) => {
      const cursor = await table.openCursor(request);
      const read = record('cursor', request.query.index.name ?? '', 0);
      if (cursor) countSteps(cursor, () => (read.rows += 1));
      return cursor;
    },
  };
}

/** Every call of the cursor's step callback is one row (or key) read. */
function countSteps(cursor: DBCoreCursor, step: () => void): void {
  const start = cursor.start.bind(cursor);
  cursor.start = (onNext) => start(() => {
    step();
    onNext();
  });
}

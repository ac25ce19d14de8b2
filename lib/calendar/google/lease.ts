import { readValid, syncLeaseSchema, type StoredValue, type SyncLeaseRecord } from '../../storage/storage-items';
import { SyncAbortedError } from './errors';
import { MINUTE_MS } from '../../time/units';

export const ANOTHER_SYNC_RUNNING = 'Another window is already syncing the calendar; try again in a minute.';

/** Another context holds the lease: this one stops before writing anything. */
export class SyncLeaseTakenError extends SyncAbortedError {
  override name = 'SyncLeaseTakenError';
  override message = ANOTHER_SYNC_RUNNING;
}

/**
 * Who may sync right now, across the extension's contexts (the worker, a page, an old and a new
 * worker during an update). A lease record in extension storage names the holder and its expiry,
 * renewed before every request. Where the browser has Web Locks (Chrome, Firefox), the holder also
 * holds a lock for as long as it syncs: the browser releases it when its context dies, so a worker
 * MV3 stopped mid-sync does not block the next one until the record expires.
 */
export interface SyncLease {
  /** True when this context now holds the lease. */
  tryAcquire(): Promise<boolean>;
  /** False when the lease was lost (expired and taken by another context): the holder must stop. */
  renew(): Promise<boolean>;
  release(): Promise<void>;
}

export interface LockManagerLike {
  request(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<void>): Promise<unknown>;
}

export interface LeaseOptions {
  /** The lease record (`storageItems.syncLease` in the extension). */
  record: StoredValue<SyncLeaseRecord>;
  /** The Web Lock's name (and the serial chain's). */
  name?: string;
  /** Longer than one request (25 s) plus one backoff pause (8 s), the most time between two renewals. */
  ttlMs?: number;
  owner?: string;
  now?: () => number;
  /** Web Locks; `null` to use the storage record alone. Defaults to `navigator.locks` where it exists. */
  locks?: LockManagerLike | null;
}

export function createSyncLease(options: LeaseOptions): SyncLease {
  const key = options.name ?? 'calendarSync.lease';
  const ttlMs = options.ttlMs ?? MINUTE_MS;
  const owner = options.owner ?? crypto.randomUUID();
  const now = options.now ?? Date.now;
  const locks = options.locks === undefined ? webLocks() : options.locks;
  let releaseLock: (() => void) | undefined;
  /** When this context last wrote its record: nobody may take it before that plus the TTL. */
  let writtenAt: number | undefined;
  let lockReleased: Promise<unknown> = Promise.resolve();

  const read = () => readValid(options.record, syncLeaseSchema);

  async function write(): Promise<void> {
    const at = now();
    await options.record.setValue({ owner, expiresAt: at + ttlMs });
    writtenAt = at;
  }

  /** Renewing costs a storage write: only once half the lease has run out. */
  const freshEnough = () => writtenAt !== undefined && now() - writtenAt < ttlMs / 2;

  /** Read, check and write as one step within this realm (storage has no compare-and-set). */
  const serial = serialRunner(key);
  const takeRecordIfFree = () =>
    serial(async () => {
      const current = await read();
      if (current && current.owner !== owner && current.expiresAt > now()) return false;
      await write();
      return true;
    });

  async function takeLock(): Promise<boolean> {
    if (!locks) return true;
    if (releaseLock) return true;
    return new Promise<boolean>((acquired) => {
      lockReleased = locks.request(key, { ifAvailable: true }, async (lock) => {
        if (!lock) return acquired(false);
        await new Promise<void>((release) => {
          releaseLock = release;
          acquired(true);
        });
      });
    });
  }

  return {
    async tryAcquire() {
      if (!(await takeLock())) return false;
      // With the lock held nobody alive is syncing: a record left by a stopped worker is stale.
      if (locks) {
        await write();
        return true;
      }
      return takeRecordIfFree();
    },
    async renew() {
      if (locks && !releaseLock) return false;
      if (freshEnough()) return true;
      if (locks) {
        await write();
        return true;
      }
      return takeRecordIfFree();
    },
    async release() {
      writtenAt = undefined;
      await serial(async () => {
        if ((await read())?.owner === owner) await options.record.removeValue();
      });
      releaseLock?.();
      releaseLock = undefined;
      // The browser frees the lock a moment later; a caller that releases and retries must find it free.
      await lockReleased;
    },
  };
}

function webLocks(): LockManagerLike | null {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks && typeof locks.request === 'function' ? locks : null;
}

const chains = new Map<string, Promise<unknown>>();

function serialRunner(name: string) {
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = (chains.get(name) ?? Promise.resolve()).then(work, work);
    chains.set(name, next.catch(() => undefined));
    return next;
  };
}

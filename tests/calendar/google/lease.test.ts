import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSyncLease, type LockManagerLike } from '../../../lib/calendar/google/lease';
import { storageItems } from '../../../lib/storage/storage-items';

/** Web Locks as the browser runs them, with a way to kill a holder as MV3 kills a worker. */
class FakeLocks implements LockManagerLike {
  private readonly held = new Map<string, () => void>();
  async request(name: string, _options: { ifAvailable: true }, callback: (lock: unknown) => Promise<void>) {
    if (this.held.has(name)) return callback(null);
    let die: () => void = () => undefined;
    const died = new Promise<void>((resolve) => (die = resolve));
    this.held.set(name, die);
    await Promise.race([callback({ name }), died]);
    this.held.delete(name);
  }
  /** The context holding `name` stopped: the browser frees its locks, its storage record stays. */
  kill(name: string) {
    this.held.get(name)?.();
  }
}

let clock = 1_000_000;
const now = () => clock;
beforeEach(() => {
  fakeBrowser.reset();
  clock = 1_000_000;
});

describe('lease on storage alone', () => {
  const lease = (owner: string) => createSyncLease({ record: storageItems.syncLease, owner, now, locks: null, ttlMs: 60_000 });

  it('lets one context hold it until released', async () => {
    const [worker, page] = [lease('worker'), lease('page')];
    expect(await worker.tryAcquire()).toBe(true);
    expect(await page.tryAcquire()).toBe(false);
    await worker.release();
    expect(await page.tryAcquire()).toBe(true);
  });

  it('expires when its holder stops renewing, and the old holder learns it lost it', async () => {
    const [stopped, next] = [lease('stopped-worker'), lease('new-worker')];
    await stopped.tryAcquire();
    clock += 30_000;
    expect(await next.tryAcquire()).toBe(false);
    clock += 31_000;
    expect(await next.tryAcquire()).toBe(true);
    expect(await stopped.renew()).toBe(false);
  });

  it('stays with a holder that keeps renewing', async () => {
    const [holder, other] = [lease('holder'), lease('other')];
    await holder.tryAcquire();
    for (let step = 0; step < 5; step++) {
      clock += 40_000;
      expect(await holder.renew()).toBe(true);
      expect(await other.tryAcquire()).toBe(false);
    }
  });
});

describe('lease with Web Locks', () => {
  it('refuses a second context while the first holds the lock', async () => {
    const locks = new FakeLocks();
    const first = createSyncLease({ record: storageItems.syncLease, owner: 'first', now, locks });
    const second = createSyncLease({ record: storageItems.syncLease, owner: 'second', now, locks });
    expect(await first.tryAcquire()).toBe(true);
    clock += 10 * 60_000;
    expect(await second.tryAcquire()).toBe(false);
    await first.release();
    expect(await second.tryAcquire()).toBe(true);
    expect(await first.renew()).toBe(false);
  });

  it('is free at once when its holder died mid-sync, though the record has not expired', async () => {
    const locks = new FakeLocks();
    const dead = createSyncLease({ record: storageItems.syncLease, owner: 'dead', now, locks });
    const next = createSyncLease({ record: storageItems.syncLease, owner: 'next', now, locks });
    await dead.tryAcquire();
    locks.kill('calendarSync.lease');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await next.tryAcquire()).toBe(true);
    expect((await fakeBrowser.storage.local.get('calendarSync.lease'))['calendarSync.lease']).toMatchObject({ owner: 'next' });
  });
});

import { describe, expect, it } from 'vitest';
import { createDataWorkerClient } from '../../lib/backup/data-worker-client';
import { createDataWorkerHost } from '../../lib/backup/data-worker-host';
import type { DataWorkerReply, DataWorkerRequest } from '../../lib/backup/data-worker-protocol';
import type { MentoringDatabase } from '../../lib/db/database';
import { currentSchemaVersion } from '../../lib/db/schema-versions';
import { aPairing, aSession } from '../support/factories';
import { dump, fixtureText, seed } from './support';
import { freshDatabase } from '../support/fresh-database';

/** The page's client talking to the worker's host through an in-memory channel, as a Worker would. */
function connected(db: MentoringDatabase) {
  const listeners: ((event: MessageEvent<DataWorkerReply>) => void)[] = [];
  const host = createDataWorkerHost((reply) => queueMicrotask(() => listeners.forEach((listener) => listener({ data: reply } as MessageEvent<DataWorkerReply>))), db);
  return createDataWorkerClient(() => ({
    postMessage: (request: DataWorkerRequest) => void host(structuredClone(request)),
    addEventListener: (type: string, listener: unknown) => {
      if (type === 'message') listeners.push(listener as (event: MessageEvent<DataWorkerReply>) => void);
    },
    terminate: () => undefined,
  }));
}

describe('backup and restore through the data worker', () => {
  it('backs up to a JSON file, then checks and restores it, with progress', async () => {
    const source = freshDatabase();
    await seed(source, { pairings: [aPairing()], sessions: [aSession({ notes: 'kept' })] });
    const progress: string[] = [];
    const ready = await connected(source).backup('1.2.3', (p) => progress.push(p.phase));
    expect(ready.header).toMatchObject({ schemaVersion: currentSchemaVersion, appVersion: '1.2.3' });
    expect(ready.file.type).toBe('application/json');
    expect(progress).toContain('reading');

    const target = freshDatabase();
    const client = connected(target);
    const check = await client.check(ready.file, () => undefined);
    expect(check).toMatchObject({ ok: true, localRows: 0, counts: { pairings: 1, sessions: 1 } });
    const restored = await client.restore('replace', () => undefined);
    expect(restored).toMatchObject({ ok: true, outcome: { mode: 'replace', written: 2 } });
    expect((await target.sessions.get('s-1'))?.notes).toBe('kept');
  });

  it('says how much is here already, so the page can ask: replace or merge', async () => {
    const db = freshDatabase();
    await seed(db, { pairings: [aPairing({ id: 'p-here' })] });
    const check = await connected(db).check(new Blob([fixtureText(currentSchemaVersion)]), () => undefined);
    expect(check).toMatchObject({ ok: true, localRows: 1 });
  });

  it('refuses a bad file and then has nothing to restore: nothing is written', async () => {
    const db = freshDatabase();
    await seed(db, { pairings: [aPairing()] });
    const before = await dump(db);
    const client = connected(db);
    expect(await client.check(new Blob(['{"format":"mentoring-companion/backup"']), () => undefined)).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/not valid JSON/) }] });
    await expect(client.restore('replace', () => undefined)).rejects.toThrow(/Choose the backup file again/);
    expect(await dump(db)).toEqual(before);
  });
});

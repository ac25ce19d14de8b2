import type { BackupReady, CheckReply, DataWorkerReply, DataWorkerRequest, RestoreReply } from './data-worker-protocol';
import type { OnProgress } from './progress';
import type { RestoreMode } from './restore-backup';

export interface DataWorkerClient {
  backup(appVersion: string, onProgress: OnProgress): Promise<BackupReady>;
  check(file: Blob, onProgress: OnProgress): Promise<CheckReply>;
  restore(mode: RestoreMode, onProgress: OnProgress): Promise<RestoreReply>;
  dispose(): void;
}

interface WorkerLike {
  postMessage(message: DataWorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DataWorkerReply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** The page's side of the data worker: one request at a time, as a promise with progress on the way. */
export function createDataWorkerClient(spawn: () => WorkerLike): DataWorkerClient {
  let worker: WorkerLike | undefined;
  let pending: { onProgress: OnProgress; settle: (reply: DataWorkerReply) => void; fail: (error: Error) => void } | undefined;

  function started(): WorkerLike {
    if (worker) return worker;
    const spawned = spawn();
    spawned.addEventListener('message', (event) => {
      const reply = event.data;
      if (reply.kind === 'progress') pending?.onProgress(reply.progress);
      else pending?.settle(reply);
    });
    spawned.addEventListener('error', (event) => {
      pending?.fail(new Error(`The data worker stopped (${event.message || 'unknown error'}).`));
      worker = undefined;
    });
    worker = spawned;
    return spawned;
  }

  function send<K extends DataWorkerReply['kind']>(request: DataWorkerRequest, expected: K, onProgress: OnProgress) {
    if (pending) return Promise.reject(new Error('Another backup or restore is still running.'));
    return new Promise<Extract<DataWorkerReply, { kind: K }>>((resolve, reject) => {
      const done = () => (pending = undefined);
      pending = {
        onProgress,
        settle: (reply) => {
          done();
          if (reply.kind === expected) resolve(reply as Extract<DataWorkerReply, { kind: K }>);
          else reject(new Error(reply.kind === 'failed' ? reply.message : `unexpected answer "${reply.kind}"`));
        },
        fail: (error) => {
          done();
          reject(error);
        },
      };
      started().postMessage(request);
    });
  }

  return {
    backup: async (appVersion, onProgress) => (await send({ kind: 'backup', appVersion }, 'backup-ready', onProgress)).result,
    check: async (file, onProgress) => (await send({ kind: 'check', file }, 'checked', onProgress)).result,
    restore: async (mode, onProgress) => (await send({ kind: 'restore', mode }, 'restored', onProgress)).result,
    dispose() {
      worker?.terminate();
      worker = undefined;
      pending?.fail(new Error('The page closed the data worker.'));
    },
  };
}

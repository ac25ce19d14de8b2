import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { createDataWorkerClient, type DataWorkerClient } from '../../../lib/backup/data-worker-client';

/** How the options page starts its data worker; the entry point provides it (a bundled Vite worker). */
export const DataWorkerFactory = createContext<(() => Worker) | undefined>(undefined);

/** The page's data worker, started on first use and stopped when the section goes away. */
export function useDataWorker(): DataWorkerClient {
  const spawn = useContext(DataWorkerFactory);
  const client = useRef<DataWorkerClient | undefined>(undefined);
  client.current ??= createDataWorkerClient(() => {
    if (!spawn) throw new Error('This page cannot start the backup worker.');
    return spawn();
  });
  useEffect(() => () => client.current?.dispose(), []);
  return client.current;
}

import { createDataWorkerHost } from '../../lib/backup/data-worker-host';
import type { DataWorkerRequest } from '../../lib/backup/data-worker-protocol';

// The options page's data worker: backup and restore run here, so the page never freezes.
const handle = createDataWorkerHost((reply) => globalThis.postMessage(reply));
globalThis.addEventListener('message', (event: MessageEvent<DataWorkerRequest>) => void handle(event.data));

import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { EmulatorControl, EmulatorState } from './control';
import { readDataFile } from './data-file';
import { createRequestHandler } from './server';
import type { SeriesCancellationForm } from './store';

export { EmulatorControl } from './control';
export type { ListStoredEventsOptions, IssuedTokenResponse } from './control';
export type { FaultSpec, FaultKind, RequestLogEntry } from './faults';
export type { AuthorizeRequestRecord, AuthorizeOutcome } from './oauth';
export type { EmulatorData, CalendarDefinition, ApiEvent } from './types';
export type { SeriesCancellationForm } from './store';
export { CALENDAR_SCOPE } from './oauth';

export interface EmulatorOptions {
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** 0 (default) picks a free port. */
  httpPort?: number;
  /** 0 (default) picks a free port; `false` runs without HTTPS (no certificate is generated). */
  httpsPort?: number | false;
  /** Initial data, in the data-file format. */
  data?: unknown;
  /** Or a data file to read. */
  dataFile?: string;
  /** "Now" for relative times in the data (`@+3d 10:00`). Default: the clock. */
  now?: string | number;
  /** The emulator's clock (token expiry, `updated`, series horizon). Default Date.now. */
  clock?: () => number;
  /** Reuse a key and certificate instead of generating one (saves ~50 ms per start). */
  tls?: { key: string; cert: string };
  /** How far ahead unbounded series are expanded. Default 730 days. */
  expansionHorizonDays?: number;
  maxInstancesPerSeries?: number;
  /** How a deleted series reaches singleEvents=true sync clients; default `series` (see store.ts). */
  seriesCancellation?: SeriesCancellationForm;
}

export interface RunningEmulator {
  httpPort: number;
  /** null when started with `httpsPort: false`. */
  httpsPort: number | null;
  /** `http://127.0.0.1:<httpPort>` (the listening host). */
  url: string;
  /** `https://127.0.0.1:<httpsPort>`: the certificate names 127.0.0.1 and localhost, so clients can verify it. */
  httpsUrl: string | null;
  /** PEM of the self-signed certificate, for an https.Agent `ca` that trusts this emulator only. */
  certificatePem: string | null;
  /** PEM key and certificate, to start further emulators without generating again. */
  tls: { key: string; cert: string } | null;
  control: EmulatorControl;
  close(): Promise<void>;
}

/** A certificate valid for every host the extension talks to, so host-resolver rules suffice. */
export async function generateCertificate(): Promise<{ key: string; cert: string }> {
  const notBeforeDate = new Date(Date.now() - 24 * 3_600_000);
  const pems = await generate([{ name: 'commonName', value: 'www.googleapis.com' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + 365 * 24 * 3_600_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'www.googleapis.com' },
          { type: 2, value: 'accounts.google.com' },
          { type: 2, value: 'oauth2.googleapis.com' },
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive connections (browsers, fetch) would otherwise hold close() open indefinitely.
    server.closeAllConnections();
  });
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const clock = options.clock ?? Date.now;
  const state = new EmulatorState(clock, {
    expansionHorizonDays: options.expansionHorizonDays ?? 730,
    maxInstancesPerSeries: options.maxInstancesPerSeries ?? 1000,
    seriesCancellation: options.seriesCancellation,
  });
  const control = new EmulatorControl(state);
  const data = options.dataFile !== undefined ? await readDataFile(options.dataFile) : options.data;
  if (data !== undefined) control.load(data, { now: options.now });

  let httpPort = 0;
  let httpsPort: number | null = null;
  const handler = createRequestHandler({ state, control, ports: () => ({ httpPort, httpsPort }) });
  const servers: Server[] = [];
  const tls = options.httpsPort === false ? null : (options.tls ?? (await generateCertificate()));
  try {
    const httpServer = createHttpServer(handler);
    servers.push(httpServer);
    httpPort = await listen(httpServer, options.httpPort ?? 0, host);
    if (tls) {
      const httpsServer = createHttpsServer({ key: tls.key, cert: tls.cert }, handler);
      servers.push(httpsServer);
      httpsPort = await listen(httpsServer, options.httpsPort === false ? 0 : (options.httpsPort ?? 0), host);
    }
  } catch (error) {
    await Promise.all(servers.map(closeServer));
    throw error;
  }

  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return {
    httpPort,
    httpsPort,
    url: `http://${urlHost}:${httpPort}`,
    httpsUrl: httpsPort === null ? null : `https://${urlHost}:${httpsPort}`,
    certificatePem: tls?.cert ?? null,
    tls,
    control,
    close: async () => {
      await Promise.all(servers.map(closeServer));
    },
  };
}

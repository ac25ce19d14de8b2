import { parseArgs } from 'node:util';
import { startEmulator } from './index';

/**
 * npx tsx tools/calendar-emulator/cli.ts --data FILE --port 0 --https-port 0 [--host 127.0.0.1] [--now ISO] [--no-https]
 *
 * Prints exactly one line to stdout once both listeners are up, `{"httpPort":…,"httpsPort":…}`,
 * so a parent process can read the ports; everything else goes to stderr.
 */
const usage = 'Usage: tsx tools/calendar-emulator/cli.ts [--data FILE] [--port N] [--https-port N | --no-https] [--host HOST] [--now ISO]';

function portOption(value: string | undefined, name: string): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`${name} must be a port number (0 picks a free one)`);
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      'https-port': { type: 'string' },
      'no-https': { type: 'boolean', default: false },
      host: { type: 'string' },
      now: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stderr.write(`${usage}\n`);
    return;
  }
  const emulator = await startEmulator({
    dataFile: values.data,
    httpPort: portOption(values.port, '--port'),
    httpsPort: values['no-https'] ? false : portOption(values['https-port'], '--https-port'),
    host: values.host,
    now: values.now,
  });
  process.stdout.write(`${JSON.stringify({ httpPort: emulator.httpPort, httpsPort: emulator.httpsPort })}\n`);
  process.stderr.write(`calendar emulator: ${emulator.url}${emulator.httpsUrl ? ` and ${emulator.httpsUrl}` : ''} (control API under /__control)\n`);

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`calendar emulator failed to start: ${(error as Error).message}\n${usage}\n`);
  process.exit(1);
});

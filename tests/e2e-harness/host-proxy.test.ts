import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostProxy, type HostProxy } from '../e2e/support/host-proxy';

/** Sends raw bytes to the proxy and returns everything it answers until it closes (or `until` shows up). */
function exchange(port: number, request: string, until?: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
      if (until?.test(received)) {
        socket.destroy();
        resolve(received);
      }
    });
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
  });
}

let fixture: Server;
let proxy: HostProxy;
beforeAll(async () => {
  fixture = createServer((request, response) => response.end(`fixture saw ${request.headers.host}${request.url}`));
  await new Promise<void>((resolve) => fixture.listen(0, '127.0.0.1', resolve));
  proxy = await startHostProxy({ 'calendar.google.com': (fixture.address() as AddressInfo).port });
});
afterAll(async () => {
  await proxy.close();
  await new Promise((resolve) => fixture.close(resolve));
});

describe('the Firefox host proxy', () => {
  it('tunnels a mapped host to its fixture port, keeping the real host name in the request', async () => {
    const answer = await exchange(
      proxy.port,
      'CONNECT calendar.google.com:443 HTTP/1.1\r\nHost: calendar.google.com:443\r\n\r\nGET /calendar/r HTTP/1.1\r\nHost: calendar.google.com\r\nConnection: close\r\n\r\n',
      /fixture saw/,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 200 Connection Established\r\n\r\n/);
    expect(answer).toContain('fixture saw calendar.google.com/calendar/r');
  });

  it('refuses hosts that are not mapped, so a test never reaches the network', async () => {
    const answer = await exchange(proxy.port, 'CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 403/);
    const plain = await exchange(proxy.port, 'GET http://calendar.google.com/ HTTP/1.1\r\nHost: calendar.google.com\r\nConnection: close\r\n\r\n');
    expect(plain).toMatch(/^HTTP\/1\.1 403/);
    expect(proxy.requested).toEqual(expect.arrayContaining(['calendar.google.com:443', 'example.org:443']));
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';

/**
 * Firefox's twin of Chromium's `--host-resolver-rules="MAP host 127.0.0.1:PORT"`: a proxy on
 * loopback that Firefox is told to use (network.proxy.* prefs), which tunnels each mapped host to
 * its fixture server's port and refuses every other host. Firefox keeps asking for the real name
 * (`CONNECT calendar.google.com:443`), so TLS, cookies and origins see Google's host names, and no
 * test address is ever compiled into the extension. Firefox's own update and telemetry calls are
 * refused here too, so a test run never reaches the network.
 */
export interface HostProxy {
  port: number;
  /** Every `host:port` Firefox asked for, mapped or not (for diagnosing a test). */
  requested: string[];
  close(): Promise<void>;
}

export async function startHostProxy(mapHosts: Record<string, number>): Promise<HostProxy> {
  const requested: string[] = [];
  // Tunnels outlive HTTP's bookkeeping, so closing destroys every socket the proxy ever opened.
  const sockets = new Set<{ destroy(): void }>();
  const target = (authority: string): number | undefined => mapHosts[authority.replace(/:\d+$/, '').toLowerCase()];

  const server: Server = createServer((request, response) => {
    // Plain http://host/… requests arrive with an absolute URL; fixtures speak HTTPS, so refuse.
    requested.push(request.headers.host ?? request.url ?? '');
    response.writeHead(403, { 'content-type': 'text/plain' }).end('not a mapped host');
  });
  server.on('connect', (request, client, head) => {
    const authority = request.url ?? '';
    requested.push(authority);
    const port = target(authority);
    if (port === undefined) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Firefox prefs that send every https:// and http:// request (except to loopback) through the proxy. */
export function proxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.share_proxy_settings': false,
    // Fixture servers that tests reach directly (an ICS address on 127.0.0.1) stay direct.
    'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
  };
}

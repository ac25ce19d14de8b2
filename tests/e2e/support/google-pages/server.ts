import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { generateCertificate } from '../../../../tools/calendar-emulator';
import { calendarPageHtml, type CalendarPageOptions, type FixtureEvent } from './calendar-page-html';

export type { FixtureEvent };

/** The hosts the fixture pages answer for; map them to `port` with the browser's host-resolver rules. */
const GOOGLE_PAGE_HOSTS = ['calendar.google.com', 'meet.google.com'] as const;

export interface GooglePagesFixture {
  port: number;
  /** What the Calendar page shows from now on (the page reads it when it loads). */
  setCalendar(options: Partial<Omit<CalendarPageOptions, 'markup' | 'dialogEventId' | 'theme'>>): void;
  /** Requests served, newest last, as "host path" (for tests that check what a page asked for). */
  requests(): string[];
  close(): Promise<void>;
}

const SCRIPTS: Record<string, string> = {
  '/__fixture/calendar-app.js': 'calendar-app.js',
  '/__fixture/meet-app.js': 'meet-app.js',
};

/**
 * Serves stand-ins for Google Calendar and Google Meet over HTTPS on loopback, routed by the Host
 * header, so a browser reaches them under their real names (--host-resolver-rules plus
 * --ignore-certificate-errors in Chromium; the same server suits Firefox). Query options of the
 * Calendar page: `markup=unknown`, `dialog=own|none`, `theme=dark`; of a Meet call: `leave=icon-only`.
 */
export async function startGooglePagesFixture(): Promise<GooglePagesFixture> {
  const tls = await generateCertificate();
  let calendar: Omit<CalendarPageOptions, 'markup' | 'dialogEventId' | 'theme'> = { events: [], today: new Date().toISOString() };
  const log: string[] = [];
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(request.url ?? '/', `https://${host}`);
    log.push(`${host} ${url.pathname}`);
    const script = SCRIPTS[url.pathname];
    if (script) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      response.end(readFileSync(fileURLToPath(new URL(script, import.meta.url))));
      return;
    }
    const html = (body: string) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(body);
    };
    if (host === 'calendar.google.com' && url.pathname.startsWith('/calendar')) {
      const params = url.searchParams;
      return html(
        calendarPageHtml({
          ...calendar,
          markup: params.get('markup') === 'unknown' ? 'unknown' : 'known',
          dialogEventId: params.get('dialog') === 'own' ? 'own' : 'none',
          theme: params.get('theme') === 'dark' ? 'dark' : 'light',
        }),
      );
    }
    if (host === 'meet.google.com') return html(meetPageHtml(url.searchParams.get('leave') === 'icon-only' ? 'icon-only' : 'labelled'));
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    setCalendar(options) {
      calendar = { ...calendar, ...options };
    },
    requests: () => [...log],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function meetPageHtml(leaveControl: 'labelled' | 'icon-only'): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Meet</title>
<style>body{margin:0;background:#202124;color:#e8eaed;font:14px Roboto,Arial,sans-serif}#yDmH0d{padding:24px}button{margin:4px}</style>
</head><body><div id="yDmH0d" class="MCcOAc"></div>
<script type="application/json" id="fixture-config">${JSON.stringify({ leaveControl })}</script>
<script src="/__fixture/meet-app.js"></script></body></html>`;
}

/** The host-resolver mapping for a browser: both Google page hosts to the fixture's port. */
export function googlePagesHostMap(port: number): Record<string, number> {
  return Object.fromEntries(GOOGLE_PAGE_HOSTS.map((host) => [host, port]));
}

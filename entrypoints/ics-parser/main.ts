import { browser } from 'wxt/browser';
import { createIcsParserHost, serveIcsParser } from '../../lib/calendar/ics/ics-parser-host';
// Vite's `?worker` import bundles the worker with ical.js. (The `new Worker(new URL(…, import.meta.url))`
// form is not bundled under WXT, which defines import.meta.url as self.location.href: wxt-dev/wxt#2032.)
import ParseWorker from './parse-worker.ts?worker';

// The offscreen document (Chrome) that reads ICS calendars for the background: ical.js runs in a
// dedicated worker per calendar, so a huge or hostile one can be stopped without blocking anything.
const host = createIcsParserHost({ spawnWorker: () => new ParseWorker({ name: 'ics-parser' }) });
serveIcsParser(browser.runtime.onMessage, host);

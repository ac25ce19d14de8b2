import { browser } from 'wxt/browser';
import { createIcsParserHost, serveIcsParser } from '../../lib/calendar/ics/ics-parser-host';
import { spawnParseWorker } from '../../lib/calendar/ics/ics-worker-parser';

// The offscreen document (Chrome) that reads ICS calendars for the background: ical.js runs in a
// dedicated worker per calendar, so a huge or hostile one can be stopped without blocking anything.
serveIcsParser(browser.runtime.onMessage, createIcsParserHost({ spawnWorker: spawnParseWorker }));

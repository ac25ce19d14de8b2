import { browser } from 'wxt/browser';
import type { OffscreenPort } from './ics-parser-client';

/** The page entrypoint `entrypoints/ics-parser/index.html`. */
const ICS_PARSER_DOCUMENT = '/ics-parser.html';

/**
 * Chrome's offscreen API for the ICS parser document. The reason is WORKERS, and truthfully so:
 * the document exists to run ical.js in a dedicated Web Worker, which a service worker cannot
 * spawn, so a huge or hostile calendar blocks neither the background nor the document and can be
 * stopped. Chrome allows one offscreen document per extension: only ours is closed here.
 */
export function chromeOffscreenPort(): OffscreenPort {
  const documentUrl = browser.runtime.getURL(ICS_PARSER_DOCUMENT);
  return {
    async isOpen() {
      const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [documentUrl] });
      return contexts.length > 0;
    },
    open: () =>
      browser.offscreen.createDocument({
        url: ICS_PARSER_DOCUMENT,
        reasons: ['WORKERS'],
        justification: 'Reads iCalendar files and feeds in a Web Worker, so a large calendar never blocks the extension.',
      }),
    close: () => browser.offscreen.closeDocument(),
    send: (message) => browser.runtime.sendMessage(message),
    keepAlive: () => void browser.runtime.getPlatformInfo(),
  };
}

import { parseIcsRequest } from '../../lib/calendar/ics/ics-parse';

// The dedicated worker of the ICS parser document: one request in, one plain-JSON reply out.
globalThis.addEventListener('message', (event: MessageEvent<unknown>) => {
  globalThis.postMessage(parseIcsRequest(event.data));
});

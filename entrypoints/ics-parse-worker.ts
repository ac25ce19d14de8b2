import { serveParseRequests } from '../lib/calendar/ics/ics-parse';

// The dedicated worker that reads one ICS calendar: Chrome's offscreen document and Firefox's
// background page both spawn it (lib/calendar/ics/ics-worker-parser.ts), so both browsers read
// calendars off their main thread, within the same step and time bounds.
export default defineUnlistedScript(() => serveParseRequests(globalThis));

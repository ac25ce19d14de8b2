import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { MentoringDatabase } from '../../db/database';
import type { MessageData, MessageResults, SyncSummary } from '../../messaging/protocol';
import { registerMessageHandlers } from '../../messaging/register';
import { getSettings } from '../../settings/settings-store';
import { chromeOffscreenPort } from './ics-offscreen-port';
import type { IcsParser } from './ics-parse-protocol';
import { createIcsParserClient } from './ics-parser-client';
import { hasIcsOriginPermission } from './ics-permission';
import { addIcsAddress, importIcsText, listIcsAddresses, pollIcsAddresses, type IcsSyncDeps } from './ics-sync';
import { normalizeIcsUrl } from './ics-url';

/** The browser edge of ICS calendars: message handlers, the polling alarm, and permission checks. */

export const ICS_POLL_ALARM = 'ics-poll';

/** Everything can be replaced in tests; the permission check and the parser default to the browser's. */
export type IcsSourceDeps = Partial<IcsSyncDeps>;

let browserParser: IcsParser | undefined;

/**
 * Where calendar text is parsed. Chrome's service worker must not carry ical.js (its size budget)
 * and can neither import() nor spawn workers: an offscreen document parses there. Firefox's MV2
 * background page can load the parser itself. `import.meta.env.FIREFOX` is a build-time constant,
 * so the Chrome bundle keeps no trace of the import() below.
 */
function defaultParser(): IcsParser {
  browserParser ??= import.meta.env.FIREFOX
    ? { parse: async (request) => (await import('./ics-parse')).parseIcs(request) }
    : createIcsParserClient(chromeOffscreenPort());
  return browserParser;
}

function withDefaults(deps: IcsSourceDeps): IcsSyncDeps {
  return { hasPermission: hasIcsOriginPermission, ...deps, parser: deps.parser ?? defaultParser() };
}

/** Handler of `importIcsFile`: the options page read the file; the background parses and stores it. */
export async function handleImportIcsFile(
  data: MessageData<'importIcsFile'>,
  deps: IcsSourceDeps = {},
): Promise<MessageResults['importIcsFile']> {
  return importIcsText(data.fileName, data.text, withDefaults(deps));
}

/**
 * Handler of `addIcsUrl`. The options page has already asked for the address's origin
 * (`requestIcsOriginPermission`, in the click); here the grant is verified, never requested.
 */
export async function handleAddIcsUrl(
  data: MessageData<'addIcsUrl'>,
  deps: IcsSourceDeps = {},
): Promise<MessageResults['addIcsUrl']> {
  const result = await addIcsAddress(normalizeIcsUrl(data.url), withDefaults(deps));
  await ensureIcsPollAlarm(deps.db);
  return result;
}

let polling: Promise<SyncSummary> | undefined;

/** Polls every added address once; calls arriving meanwhile share the running poll. Never rejects. */
export function pollIcsCalendars(deps: IcsSourceDeps = {}): Promise<SyncSummary> {
  polling ??= pollIcsAddresses(withDefaults(deps))
    .catch((error: unknown): SyncSummary => ({
      calendars: 0,
      added: 0,
      updated: 0,
      removed: 0,
      skipped: 0,
      errors: [error instanceof Error ? error.message : String(error)],
    }))
    .finally(() => {
      polling = undefined;
    });
  return polling;
}

/**
 * Keeps the polling alarm in step with the data: present with the user's sync interval while any
 * address is added, absent otherwise (so a removed calendar stops waking the worker).
 */
export async function ensureIcsPollAlarm(db?: MentoringDatabase): Promise<void> {
  if ((await listIcsAddresses(db)).length === 0) {
    await browser.alarms.clear(ICS_POLL_ALARM);
    return;
  }
  const { syncIntervalMinutes } = await getSettings(db);
  const alarm = await browser.alarms.get(ICS_POLL_ALARM);
  // Re-creating an unchanged alarm would restart its period: leave it alone.
  if (alarm?.periodInMinutes === syncIntervalMinutes) return;
  await browser.alarms.create(ICS_POLL_ALARM, { delayInMinutes: syncIntervalMinutes, periodInMinutes: syncIntervalMinutes });
}

/** Starts ICS calendars in the background: the two message handlers and the polling alarm. */
export function startIcsSync(deps: IcsSourceDeps = {}): void {
  registerMessageHandlers({
    importIcsFile: (data) => handleImportIcsFile(data, deps),
    addIcsUrl: (data) => handleAddIcsUrl(data, deps),
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ICS_POLL_ALARM) return;
    // Each calendar's error is in its sync state for the user to see; the console helps debugging.
    void pollIcsCalendars(deps).then((summary) => {
      if (summary.errors.length > 0) console.warn('Mentoring Companion: ICS polling finished with errors', summary.errors);
    });
  });
  // Follows the interval setting and the list of addresses while the worker lives (the first value arrives at once).
  liveQuery(async () => `${(await getSettings()).syncIntervalMinutes}|${(await listIcsAddresses()).length}`).subscribe({
    next: () => void ensureIcsPollAlarm().catch((error: unknown) => console.error('Mentoring Companion: ICS alarm setup failed', error)),
    error: (error: unknown) => console.error('Mentoring Companion: cannot watch the ICS calendars', error),
  });
}

import { getDatabase } from '../../db/database';
import { singleFlight } from '../single-flight';
import { emptySummary, type CalendarSource } from '../source';
import { defaultIcsParser } from './ics-default-parser';
import { hasIcsOriginPermission, removeIcsOriginPermission } from './ics-permission';
import { removeIcsCalendar } from './ics-remove';
import { addIcsAddress, listPolledAddresses, pollIcsAddresses, type IcsSyncDeps } from './ics-sync';
import { icsOriginPattern, normalizeIcsUrl } from './ics-url';
import { messageOf } from '../../text/error-message';

export interface IcsUrlDeps extends IcsSyncDeps {
  /** Gives back the host permission of an address's origin (in the extension: browser.permissions.remove). */
  releasePermission: (url: string) => Promise<void>;
}

/**
 * Calendars' secret iCal addresses (Google, Outlook, Apple), polled at every sync. The options page
 * asks for the address's origin when the user adds it; the background only verifies the grant, and
 * gives it back once no polled calendar is left on that origin.
 */
export function createIcsUrlSource(overrides: Partial<IcsUrlDeps> = {}) {
  const deps = (): IcsUrlDeps => ({
    hasPermission: hasIcsOriginPermission,
    releasePermission: removeIcsOriginPermission,
    ...overrides,
    parser: overrides.parser ?? defaultIcsParser(),
  });
  const db = () => overrides.db ?? getDatabase();
  // Polls arriving meanwhile (the alarm, "Sync now") share the running one.
  const poll = singleFlight(() => pollIcsAddresses(deps()).catch((error: unknown) => ({ ...emptySummary(), errors: [messageOf(error)] })));
  return {
    kind: 'ics-url' as const,
    handlers: {
      addIcsUrl: ({ url }: { url: string }) => addIcsAddress(normalizeIcsUrl(url), deps()),
    },
    syncAll: poll,
    async remove(calendarKey, keepData) {
      // A poll under way would write the calendar back right after it went.
      await poll.running();
      const url = await removeIcsCalendar('ics-url', calendarKey, keepData, db());
      const origin = icsOriginPattern(url);
      const stillPolled = (await listPolledAddresses(db())).some((state) => icsOriginPattern(state.calendarId) === origin);
      if (!stillPolled) await deps().releasePermission(url);
    },
  } satisfies CalendarSource;
}

import { getDatabase } from '../../db/database';
import { getSettings } from '../../settings/settings-store';
import { emptySummary, type CalendarSource } from '../source';
import { listSyncStates, pruneCalendar } from '../sync/event-store';
import { windowAround } from '../sync/sync-window';
import { defaultIcsParser } from './ics-default-parser';
import { removeIcsCalendar } from './ics-remove';
import { importIcsText, type IcsFileDeps } from './ics-sync';
import { messageOf } from '../../text/error-message';

/**
 * Calendar files (.ics) the user imports on the options page. A file is a copy made once: nothing
 * fetches it again, so a sync only prunes what fell out of the window. Importing the file again
 * updates it.
 */
export function createIcsFileSource(overrides: Partial<IcsFileDeps> = {}) {
  const deps = (): IcsFileDeps => ({ ...overrides, parser: overrides.parser ?? defaultIcsParser() });
  const db = () => overrides.db ?? getDatabase();
  return {
    kind: 'ics-file' as const,
    handlers: {
      importIcsFile: ({ fileName, text }: { fileName: string; text: string }) => importIcsText(fileName, text, deps()),
    },
    async syncAll() {
      const summary = emptySummary();
      try {
        const window = windowAround(overrides.now?.() ?? Date.now(), (await getSettings(db())).syncWindow);
        for (const state of await listSyncStates('ics-file', db())) if (!state.stoppedAt) await pruneCalendar(state.calendarKey, window, db());
      } catch (error) {
        summary.errors.push(messageOf(error));
      }
      return summary;
    },
    async remove(calendarKey, keepData) {
      await removeIcsCalendar('ics-file', calendarKey, keepData, db());
    },
  } satisfies CalendarSource;
}

import { startCalendarPage } from '../components/calendar-page/calendar-page';
import { clearPageDiagnostic, recordPageDiagnostic } from '../lib/google-pages/page-diagnostics';
import { sendMessage } from '../lib/messaging/api';

// Badges on mentoring events and actions in their dialogs, on Google Calendar.
export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const quietly = (work: Promise<unknown>) => void work.catch(() => undefined);
    const stop = startCalendarPage({
      fetchMarks: async (events) => (await sendMessage('calendarMarks', { events })).marks,
      openNotes: (sessionId) => sendMessage('openPanel', { sessionId }),
      notMentoring: (seriesId) => sendMessage('decideDetection', { seriesId, verdict: 'not-mentoring' }),
      diagnose: (problem) => quietly(recordPageDiagnostic('calendar', problem)),
      working: () => quietly(clearPageDiagnostic('calendar')),
      fail: (error) => {
        stop();
        // After an update of the extension this page's script is orphaned: that is no problem of the page.
        if (!ctx.isInvalid) quietly(recordPageDiagnostic('calendar', `The Calendar page script stopped: ${String(error)}`));
      },
    });
    ctx.onInvalidated(() => stop());
  },
});

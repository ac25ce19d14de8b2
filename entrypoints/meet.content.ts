import { startMeetPage } from '../components/meet-page/meet-page';
import { recordPageDiagnostic } from '../lib/google-pages/page-diagnostics';
import { sendMessage } from '../lib/messaging/api';

// Follows the Google Meet call in this tab: the side panel's session, the real end of the call.
export default defineContentScript({
  matches: ['https://meet.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const stop = startMeetPage({
      report: (code, state, openedAt) => sendMessage('meetCall', { code, state, openedAt }),
      openPanel: (meetCode) => sendMessage('openPanel', { meetCode }),
      link: (code, pairingId) => sendMessage('linkMeetCall', { code, pairingId }),
      fail: (error) => {
        // After an update of the extension this page's script is orphaned: that is no problem of the page.
        if (!ctx.isInvalid) void recordPageDiagnostic('meet', `The Meet page script stopped: ${String(error)}`).catch(() => undefined);
      },
    });
    ctx.onInvalidated(() => stop());
  },
});

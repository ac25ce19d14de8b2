import { getDatabase } from '../db/database';
import { registerMessageHandlers, type MessageHandlers } from '../messaging/register';
import { openSidePanel } from '../panel/side-panel-behavior';
import { findCalendarMarks } from '../google-pages/calendar-marks';
import { findSessionForCall } from '../panel/meet-session';
import { linkMeetCall } from '../google-pages/meet-calls';
import { leaveCallsOfClosedTabs, reportTabCall } from '../google-pages/meet-tabs';
import { setPanelFocus } from '../google-pages/panel-focus';

/** The messages of the Calendar and Meet pages (registered by startGooglePages). */
const googlePagesHandlers = {
  calendarMarks: async ({ events }) => ({ marks: await findCalendarMarks(events) }),
  // Not async before the panel opens: sidePanel.open must run inside the click that sent this.
  openPanel: ({ sessionId, meetCode }, sender) => {
    const opening = openSidePanel(sender?.tab?.windowId);
    return Promise.all([opening, focusOn(sessionId, meetCode)]).then(() => undefined);
  },
  meetCall: (report, sender) => reportTabCall(report, sender?.tab?.id),
  linkMeetCall: (link) => linkMeetCall(link),
} satisfies Partial<MessageHandlers>;

async function focusOn(sessionId: string | undefined, meetCode: string | undefined): Promise<void> {
  const now = Date.now();
  const session = sessionId ? await getDatabase().sessions.get(sessionId) : meetCode ? await findSessionForCall(meetCode, now) : undefined;
  if (sessionId && !session) throw new Error(`There is no session with id "${sessionId}"`);
  if (session) await setPanelFocus({ pairingId: session.pairingId, sessionId: session.id, source: meetCode ? 'meet' : 'calendar', ...(meetCode ? { meetCode } : {}), at: now });
}

/** The background's side of the Google Calendar and Google Meet pages. */
export function startGooglePages(): void {
  registerMessageHandlers(googlePagesHandlers);
  leaveCallsOfClosedTabs();
}

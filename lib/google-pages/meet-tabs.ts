import { browser } from 'wxt/browser';
import { getDatabase, type MentoringDatabase } from '../db/database';
import { reportMeetCall, type MeetCallAnswer, type MeetCallReport } from './meet-calls';

/** Each tab's call that has not been left, by its last report (for as long as this background runs). */
const openCalls = new Map<number, MeetCallReport>();

/**
 * A Meet page's report, remembered by its tab: closing the tab is leaving the call, and the page's
 * own last word (its pagehide report) does not always arrive; Firefox drops a closing tab's messages.
 */
export function reportTabCall(report: MeetCallReport, tabId: number | undefined, db: MentoringDatabase = getDatabase(), now = Date.now()): Promise<MeetCallAnswer> {
  if (tabId !== undefined) {
    if (report.state === 'left') openCalls.delete(tabId);
    else openCalls.set(tabId, report);
  }
  return reportMeetCall(report, db, now);
}

/** Reports the call of a tab that closes without having said it left. */
export function leaveCallsOfClosedTabs(db?: MentoringDatabase): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    const report = openCalls.get(tabId);
    if (!report) return;
    openCalls.delete(tabId);
    reportMeetCall({ ...report, state: 'left' }, db).catch((error: unknown) => console.warn('Mentoring Companion: could not record leaving the call', error));
  });
}

import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging/api';

function feedbackPageUrl(sessionId: string): string {
  return `${browser.runtime.getURL('/feedback.html')}?session=${encodeURIComponent(sessionId)}`;
}

/**
 * Asks the background to open the feedback window (it sizes and reuses it); if the background
 * cannot be reached, the panel opens the page itself so the user is never stuck.
 */
export async function openFeedbackPopup(sessionId: string): Promise<void> {
  try {
    await sendMessage('openFeedback', { sessionId });
  } catch {
    window.open(feedbackPageUrl(sessionId), `feedback-${sessionId}`, 'popup,width=460,height=760');
  }
}

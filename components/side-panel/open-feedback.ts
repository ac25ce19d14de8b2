import { sendMessage } from '../../lib/messaging/api';
import { FEEDBACK_WINDOW, feedbackPageUrl } from '../../lib/prompts/open';

/**
 * Asks the background to open the feedback window (it sizes and reuses it); if the background
 * cannot be reached, the panel opens the page itself so the user is never stuck.
 */
export async function openFeedbackPopup(sessionId: string): Promise<void> {
  try {
    await sendMessage('openFeedback', { sessionId });
  } catch {
    window.open(feedbackPageUrl(sessionId), `feedback-${sessionId}`, `popup,width=${FEEDBACK_WINDOW.width},height=${FEEDBACK_WINDOW.height}`);
  }
}

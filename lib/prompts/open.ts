import { browser } from 'wxt/browser';

/** The feedback form's window, the same whether the background or the side panel opens it. */
export const FEEDBACK_WINDOW = { width: 420, height: 720 } as const;

/** The feedback form of one session (an unlisted page of the extension). */
export function feedbackPageUrl(sessionId: string): string {
  return browser.runtime.getURL(`/feedback.html?session=${encodeURIComponent(sessionId)}`);
}

/** The feedback form of one session, in its own small window. */
export async function openFeedbackWindow(sessionId: string): Promise<void> {
  await browser.windows.create({ url: feedbackPageUrl(sessionId), type: 'popup', ...FEEDBACK_WINDOW });
}

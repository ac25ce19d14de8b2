import { useEffect, useMemo, useState } from 'preact/hooks';
import { saveFeedbackDraft } from '../../lib/feedback/feedback-actions';
import type { FeedbackForm } from '../../lib/feedback/feedback-form';
import { createDebouncedSaver, type SaveStatus } from '../../lib/panel/debounced-saver';

/** Saves the form as a draft shortly after each change, and at once when the window is hidden or closed. */
export function useDraftAutosave(sessionId: string) {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const saver = useMemo(
    () =>
      createDebouncedSaver(
        async (form: FeedbackForm) => {
          await saveFeedbackDraft(sessionId, form);
        },
        { delayMs: 600, onStatus: (next) => setStatus(next) },
      ),
    [sessionId],
  );
  useEffect(() => {
    const flush = () => void saver.flush();
    const flushWhenHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
      flush();
    };
  }, [saver]);
  return { status, saver };
}

import { useEffect, useMemo, useState } from 'preact/hooks';
import { saveFeedbackDraft } from '../../lib/feedback/feedback-actions';
import type { FeedbackForm } from '../../lib/feedback/feedback-form';
import { createDebouncedSaver, type SaveStatus } from '../../lib/forms/debounced-saver';
import { flushWhenLeaving } from '../shared/flush-when-leaving';

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
  useEffect(() => flushWhenLeaving(() => void saver.flush()), [saver]);
  return { status, saver };
}

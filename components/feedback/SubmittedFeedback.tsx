import type { Feedback } from '../../lib/model';
import type { FeedbackContext } from '../../lib/feedback/feedback-store';
import { Button } from '../shared/Button';
import { formatDateTime } from '../shared/format';
import { SessionHeader } from './SessionHeader';

const outcomeLabels = { held: 'Held', rescheduled: 'Rescheduled', missed: 'Missed' } as const;

/** Shown when feedback for the session is already in: it is not submitted twice. */
export function SubmittedFeedback({ context, feedback }: { context: FeedbackContext; feedback: Feedback }) {
  return (
    <div class="page">
      <SessionHeader context={context} />
      <div class="notice" role="status">
        <p>
          <strong>You already gave feedback on this session</strong>
          {feedback.submittedAt && <> on {formatDateTime(feedback.submittedAt)}</>}.
        </p>
      </div>
      <dl class="feedback-summary">
        <dt>Did it happen</dt>
        <dd>{feedback.outcome ? outcomeLabels[feedback.outcome] : '—'}</dd>
        {feedback.rating !== undefined && (
          <>
            <dt>Rating</dt>
            <dd>{feedback.rating} / 5</dd>
          </>
        )}
        {feedback.nextFocus && (
          <>
            <dt>Focus for next time</dt>
            <dd class="pre-wrap" dir="auto">
              {feedback.nextFocus}
            </dd>
          </>
        )}
      </dl>
      <Button onClick={() => window.close()}>Close</Button>
    </div>
  );
}

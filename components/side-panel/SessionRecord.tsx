import { useState } from 'preact/hooks';
import type { SessionEntry } from '../../lib/panel/panel-view';
import { Button } from '../shared/Button';
import { ErrorText } from '../shared/Field';
import { messageOf } from '../../lib/text/error-message';
import { openFeedbackPopup } from './open-feedback';

/** A past session's notes and my feedback summary (never the private reflection), plus "Give feedback". */
export function SessionRecord({ entry, showFeedbackButton = true }: { entry: SessionEntry; showFeedbackButton?: boolean }) {
  const { session, feedback } = entry;
  return (
    <div class="session-record">
      {feedback && (
        <dl class="feedback-summary">
          {feedback.rating !== undefined && (
            <>
              <dt>Rating</dt>
              <dd>{feedback.rating} / 5</dd>
            </>
          )}
          {feedback.wentWell && (
            <>
              <dt>What went well</dt>
              <dd class="pre-wrap" dir="auto">
                {feedback.wentWell}
              </dd>
            </>
          )}
          {feedback.wasHard && (
            <>
              <dt>What was hard</dt>
              <dd class="pre-wrap" dir="auto">
                {feedback.wasHard}
              </dd>
            </>
          )}
          {feedback.nextFocus && (
            <>
              <dt>Focus for next time</dt>
              <dd class="pre-wrap" data-testid="next-focus" dir="auto">
                {feedback.nextFocus}
              </dd>
            </>
          )}
        </dl>
      )}
      <h3>Notes</h3>
      {session.notes.trim() ? (
        <p class="pre-wrap notes" data-testid="session-notes" dir="auto">
          {session.notes}
        </p>
      ) : (
        <p class="muted">No notes were taken.</p>
      )}
      {showFeedbackButton && entry.needsFeedback && <GiveFeedbackButton sessionId={session.id} />}
    </div>
  );
}

export function GiveFeedbackButton({ sessionId, label = 'Give feedback' }: { sessionId: string; label?: string }) {
  const [error, setError] = useState<string>();
  return (
    <div>
      <Button
        variant="primary"
        onClick={() => {
          setError(undefined);
          openFeedbackPopup(sessionId).catch((failure: unknown) => setError(messageOf(failure)));
        }}
      >
        {label}
      </Button>
      {error && <ErrorText>{error}</ErrorText>}
    </div>
  );
}

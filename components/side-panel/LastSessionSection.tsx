import type { SessionEntry } from '../../lib/panel/panel-view';
import { formatSessionTime } from '../shared/format';
import { GiveFeedbackButton, SessionRecord } from './SessionRecord';

interface Props {
  entry: SessionEntry | undefined;
  awaitingFeedback: SessionEntry[];
}

/** Sessions waiting for feedback first, then the last held session's notes and feedback. */
export function LastSessionSection({ entry, awaitingFeedback }: Props) {
  return (
    <section class="card" aria-labelledby="last-heading">
      <h2 id="last-heading">Last session</h2>
      {awaitingFeedback.length > 0 && (
        <ul class="awaiting" aria-label="Waiting for your feedback">
          {awaitingFeedback.map((waiting) => (
            <li key={waiting.session.id} data-testid="awaiting-feedback">
              <p>
                <strong>How did it go?</strong> <bdi>{waiting.title}</bdi> ·{' '}
                <time dateTime={waiting.session.start}>{formatSessionTime(waiting.session.start, waiting.session.end)}</time>
              </p>
              <GiveFeedbackButton sessionId={waiting.session.id} />
            </li>
          ))}
        </ul>
      )}
      {entry ? (
        <div data-testid="last-held">
          <p>
            <bdi>{entry.title}</bdi> · <time dateTime={entry.session.start}>{formatSessionTime(entry.session.start, entry.session.end)}</time>
          </p>
          <SessionRecord entry={entry} showFeedbackButton={false} />
        </div>
      ) : (
        <p class="muted">No session has been held yet.</p>
      )}
    </section>
  );
}

import type { SessionEntry } from '../../lib/panel/panel-view';
import { formatSessionTime } from '../shared/format';
import { MetaLine } from '../shared/MetaLine';
import { GiveFeedbackButton, SessionRecord } from './SessionRecord';
import { sessionStateLabel } from './session-state';

interface Props {
  /** The last session, as in the summary (undefined when it is the session shown at the top). */
  entry: SessionEntry | undefined;
  /** Other ended sessions still waiting for my feedback. */
  awaitingFeedback: SessionEntry[];
  now: number;
}

/** The last session's notes and feedback, and the other sessions still waiting for feedback. */
export function LastSessionSection({ entry, awaitingFeedback, now }: Props) {
  const others = awaitingFeedback.filter((waiting) => waiting.session.id !== entry?.session.id);
  if (!entry && others.length === 0) return null;
  return (
    <section class="card" aria-labelledby="last-heading">
      <h2 id="last-heading">Last session</h2>
      {entry && (
        <div data-testid="last-session">
          <p class="session-title" dir="auto">
            {entry.title}
          </p>
          <MetaLine
            items={[
              <time dateTime={entry.session.start}>{formatSessionTime(entry.session.start, entry.session.end)}</time>,
              sessionStateLabel(entry.session, now, entry.needsFeedback),
            ]}
          />
          <SessionRecord entry={entry} />
        </div>
      )}
      {others.length > 0 && (
        <>
          <h3>Also waiting for your feedback</h3>
          <ul class="awaiting">
            {others.map((waiting) => (
              <li key={waiting.session.id} data-testid="awaiting-feedback">
                <p>
                  <bdi>{waiting.title}</bdi>{' '}
                  <span class="meta">
                    <time dateTime={waiting.session.start}>{formatSessionTime(waiting.session.start, waiting.session.end)}</time>
                  </span>
                </p>
                <GiveFeedbackButton sessionId={waiting.session.id} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

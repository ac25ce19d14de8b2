import { useState } from 'preact/hooks';
import type { SessionEntry } from '../../lib/panel/panel-view';
import { Button } from '../shared/Button';
import { formatDayOf } from '../shared/format';
import { SessionRecord } from './SessionRecord';
import { sessionStateLabel } from './session-state';

const PAGE = 10;

/** The pairing's running history: each past session expands to its notes and feedback. */
export function HistorySection({ entries, now }: { entries: SessionEntry[]; now: number }) {
  const [shown, setShown] = useState(PAGE);
  return (
    <section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {entries.length === 0 ? (
        <p class="muted">No past sessions yet.</p>
      ) : (
        <ul class="history">
          {entries.slice(0, shown).map((entry) => (
            <li key={entry.session.id} data-testid="history-entry">
              <details>
                <summary>
                  <time dateTime={entry.session.start}>{formatDayOf(entry.session.start)}</time>
                  {'\u00a0· '}
                  {sessionStateLabel(entry.session, now, entry.needsFeedback)}
                  {entry.feedback?.rating !== undefined && `\u00a0· rated ${entry.feedback.rating}/5`}
                </summary>
                <p class="muted" dir="auto">
                  {entry.title}
                </p>
                <SessionRecord entry={entry} />
              </details>
            </li>
          ))}
        </ul>
      )}
      {entries.length > shown && (
        <Button variant="quiet" onClick={() => setShown(shown + PAGE)}>
          Show older sessions ({entries.length - shown} more)
        </Button>
      )}
    </section>
  );
}

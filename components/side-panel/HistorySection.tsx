import { useState } from 'preact/hooks';
import type { Pairing } from '../../lib/model';
import { loadOlderHistory, type SessionEntry } from '../../lib/panel/panel-view';
import { Button } from '../shared/Button';
import { ErrorMessage } from '../shared/ErrorMessage';
import { messageOf } from '../../lib/text/error-message';
import { formatDayOf } from '../shared/format';
import { ShareRecap } from '../recap/ShareRecap';
import { SessionRecord } from './SessionRecord';
import { sessionStateLabel } from './session-state';

interface HistorySectionProps {
  pairing: Pairing;
  /** The newest past sessions; older ones are read a page at a time when asked for. */
  firstPage: SessionEntry[];
  total: number;
  now: number;
}

/** The pairing's running history: each past session expands to its notes and feedback. */
export function HistorySection({ pairing, firstPage, total, now }: HistorySectionProps) {
  const [older, setOlder] = useState<SessionEntry[]>([]);
  const [loading, setLoading] = useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const firstIds = new Set(firstPage.map((entry) => entry.session.id));
  const entries = [...firstPage, ...older.filter((entry) => !firstIds.has(entry.session.id))];
  const more = Math.max(0, total - entries.length);

  function showOlder() {
    setLoading({ busy: true });
    loadOlderHistory(pairing, entries, now)
      .then((page) => {
        setOlder((shown) => [...shown, ...page]);
        setLoading({ busy: false });
      })
      .catch((error: unknown) => setLoading({ busy: false, error }));
  }

  return (
    <section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {entries.length === 0 ? (
        <p class="muted">No past sessions yet.</p>
      ) : (
        <ul class="history">
          {entries.map((entry) => (
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
                <ShareRecap sessionId={entry.session.id} />
              </details>
            </li>
          ))}
        </ul>
      )}
      {loading.error !== undefined && <ErrorMessage title="Older sessions could not be read.">{messageOf(loading.error)}</ErrorMessage>}
      {more > 0 && (
        <Button variant="quiet" onClick={showOlder} disabled={loading.busy}>
          Show older sessions ({more} more)
        </Button>
      )}
    </section>
  );
}

import { useRef, useState } from 'preact/hooks';
import { getDatabase } from '../../../lib/db/database';
import { sendMessage } from '../../../lib/messaging/api';
import type { SyncSummary } from '../../../lib/messaging/protocol';
import { calendarSourceNames, type SyncState } from '../../../lib/model';
import { Button } from '../../shared/Button';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { messageOf } from '../../../lib/text/error-message';
import { formatDateTime, plural } from '../../shared/format';
import { useLiveQuery } from '../../shared/use-live-query';
import { StatusLine, useAction } from '../ui';

function sourceLabel(state: SyncState): string {
  return state.source === 'demo' ? 'Sample calendar' : calendarSourceNames[state.source];
}

function describeSummary(summary: SyncSummary): string {
  if (summary.calendars === 0) return 'No calendar needed syncing.';
  return `Synced ${plural(summary.calendars, 'calendar')}: ${summary.added} added, ${summary.updated} updated, ${summary.removed} removed, ${summary.skipped} skipped.`;
}

/** Every calendar's last sync, its last error and the events it skipped (with why); plus "Sync now". */
export function SyncStatusList() {
  const states = useLiveQuery(() => getDatabase().syncStates.orderBy('calendarKey').toArray(), []);
  const [summary, setSummaryState] = useState<SyncSummary & { run: number }>();
  const runs = useRef(0);
  const setSummary = (result: SyncSummary | undefined) => {
    runs.current += 1;
    setSummaryState(result ? { ...result, run: runs.current } : undefined);
  };
  const sync = useAction();

  const syncNow = () =>
    sync.run(async () => {
      setSummary(undefined);
      const result = await sendMessage('syncNow', undefined);
      setSummary(result);
      return undefined;
    });

  return (
    <div class="source-block" role="group" aria-labelledby="sync-status-heading">
      <div class="row spread">
        <h3 id="sync-status-heading">Sync status</h3>
        <Button onClick={() => void syncNow()} disabled={sync.busy}>
          {sync.busy ? 'Syncing…' : 'Sync now'}
        </Button>
      </div>
      <StatusLine messageKey={summary?.run}>{summary ? describeSummary(summary) : undefined}</StatusLine>
      {summary && summary.errors.length > 0 && (
        <ErrorMessage key={summary.run} title="Some calendars could not be synced:">
          <ul class="bullets">
            {summary.errors.map((error, index) => (
              <li key={index} dir="auto">{error}</li>
            ))}
          </ul>
        </ErrorMessage>
      )}
      {sync.status.state === 'failed' && <ErrorMessage title="Sync failed.">{sync.status.message}</ErrorMessage>}
      {states.status === 'error' && <ErrorMessage title="The sync status could not be read.">{messageOf(states.error)}</ErrorMessage>}
      {states.status === 'ready' && states.value.length === 0 && <p class="muted">No calendar connected yet.</p>}
      {states.status === 'ready' && states.value.length > 0 && (
        <ul class="item-list" aria-label="Calendars">
          {states.value.map((state) => (
            <CalendarStatus key={state.calendarKey} state={state} />
          ))}
        </ul>
      )}
    </div>
  );
}

function CalendarStatus({ state }: { state: SyncState }) {
  const [removing, setRemoving] = useState(false);
  const [keepData, setKeepData] = useState(true);
  const action = useAction();
  const label = state.label || state.calendarId;
  const remove = () =>
    action.run(async () => {
      await sendMessage('removeCalendar', { calendarKey: state.calendarKey, keepData });
      return undefined;
    });
  const removeKept = () =>
    action.run(async () => {
      await sendMessage('removeCalendar', { calendarKey: state.calendarKey, keepData: false });
      return undefined;
    });
  return (
    <li class="list-item calendar-status">
      <div class="item-title">
        {/* Calendar names come from the calendar: text only. */}
        <h4 class="calendar-label" dir="auto">{label}</h4>
        <p class="muted">
          {sourceLabel(state)}
          {'\u00a0· '}
          {state.lastSyncAt ? `last synced ${formatDateTime(state.lastSyncAt)}` : 'not synced yet'}
          {state.lastFullSyncAt && state.lastFullSyncAt !== state.lastSyncAt ? ` · last full sync ${formatDateTime(state.lastFullSyncAt)}` : ''}
        </p>
      </div>
      {state.stoppedAt && (
        <p class="calendar-stopped">No longer synced since {formatDateTime(state.stoppedAt)}; its events were kept on this computer.</p>
      )}
      {state.lastError && (
        <p class="error-text">
          Last error ({formatDateTime(state.lastError.at)}): <bdi>{state.lastError.message}</bdi>
        </p>
      )}
      {state.skipped.length > 0 && (
        <details class="skipped">
          <summary>{plural(state.skipped.length, 'event was', 'events were')} skipped: why</summary>
          <ul class="bullets">
            {state.skipped.map((skip, index) => (
              <li key={index}>
                <bdi class="muted">{skip.eventId || 'event without id'}</bdi>: <bdi>{skip.reason}</bdi>
              </li>
            ))}
          </ul>
        </details>
      )}
      {state.notices && state.notices.length > 0 && (
        <details class="skipped notices">
          <summary>{plural(state.notices.length, 'note')} on what was kept</summary>
          <ul class="bullets">
            {state.notices.map((notice, index) => (
              <li key={index}>{notice.reason}</li>
            ))}
          </ul>
        </details>
      )}
      {state.source !== 'demo' && !removing && (
        <Button variant="quiet" onClick={() => setRemoving(true)}>
          {state.stoppedAt ? 'Delete its events…' : 'Remove calendar…'}
          <span class="sr-only"> “<bdi>{label}</bdi>”</span>
        </Button>
      )}
      {state.source === 'demo' && <p class="hint">Remove it with “Remove demo data” above.</p>}
      {removing && state.stoppedAt && (
        <fieldset class="confirm">
          <legend>Delete the kept events of “<bdi>{label}</bdi>”</legend>
          <p class="hint">Your pairings, goals, notes and feedback are kept.</p>
          <div class="row">
            <Button variant="danger" onClick={() => void removeKept()} disabled={action.busy}>
              Delete its events
            </Button>
            <Button onClick={() => setRemoving(false)}>Cancel</Button>
          </div>
        </fieldset>
      )}
      {removing && !state.stoppedAt && (
        <fieldset class="confirm">
          <legend>Stop syncing “<bdi>{label}</bdi>”</legend>
          <label class="radio">
            <input type="radio" name={`remove-${state.calendarKey}`} checked={keepData} onChange={() => setKeepData(true)} />
            Keep its events on this computer
          </label>
          <label class="radio">
            <input type="radio" name={`remove-${state.calendarKey}`} checked={!keepData} onChange={() => setKeepData(false)} />
            Delete its events
          </label>
          <p class="hint">Your pairings, goals, notes and feedback are kept either way.</p>
          <div class="row">
            <Button variant="danger" onClick={() => void remove()} disabled={action.busy}>
              Remove calendar
            </Button>
            <Button onClick={() => setRemoving(false)}>Cancel</Button>
          </div>
        </fieldset>
      )}
      {action.status.state === 'failed' && <ErrorMessage title="The calendar was not removed.">{action.status.message}</ErrorMessage>}
    </li>
  );
}

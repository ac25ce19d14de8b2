import { useState } from 'preact/hooks';
import { describeBackupProblem, type BackupProblem } from '../../../lib/backup/check-backup';
import type { CheckReply } from '../../../lib/backup/data-worker-protocol';
import type { Progress } from '../../../lib/backup/progress';
import type { RestoreMode, RestoreOutcome } from '../../../lib/backup/restore-backup';
import { sendMessage } from '../../../lib/messaging/api';
import { Button } from '../../shared/Button';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { messageOf } from '../../../lib/text/error-message';
import { formatDateTime, plural } from '../../shared/format';
import { StatusLine } from '../ui';
import { TaskProgress } from './TaskProgress';
import { useDataWorker } from './data-worker';

type Step =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string; progress?: Progress }
  | { step: 'refused'; fileName: string; problems: BackupProblem[]; more: number; title: string }
  | { step: 'ready'; fileName: string; check: CheckReply & { ok: true } }
  | { step: 'restoring'; fileName: string; progress?: Progress }
  | { step: 'done'; outcome: RestoreOutcome }
  | { step: 'failed'; message: string };

/** Restore: the whole file is checked first; with data already here the user chooses replace or merge. */
export function RestorePanel() {
  const worker = useDataWorker();
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [mode, setMode] = useState<RestoreMode>('merge');
  const busy = state.step === 'checking' || state.step === 'restoring';
  // Each result is a new element, so the same message twice is announced twice.
  const [run, setRun] = useState(0);

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setRun((n) => n + 1);
    setState({ step: 'checking', fileName: file.name });
    try {
      const check = await worker.check(file, (progress) => setState({ step: 'checking', fileName: file.name, progress }));
      setState(check.ok ? { step: 'ready', fileName: file.name, check } : { step: 'refused', fileName: file.name, problems: check.problems, more: check.more, title: `Nothing was restored: “${file.name}” is not a backup this version can restore.` });
    } catch (error) {
      setState({ step: 'failed', message: messageOf(error) });
    }
  }

  async function restore(fileName: string, chosen: RestoreMode) {
    setRun((n) => n + 1);
    setState({ step: 'restoring', fileName });
    try {
      const result = await worker.restore(chosen, (progress) => setState({ step: 'restoring', fileName, progress }));
      if (!result.ok) {
        setState({ step: 'refused', fileName, problems: result.problems, more: result.more, title: `Nothing was restored: merging “${fileName}” would lose text.` });
        return;
      }
      // Prompts and the badge follow the restored sessions; the background may be asleep, so best effort.
      await sendMessage('replanPrompts', undefined).catch(() => undefined);
      setState({ step: 'done', outcome: result.outcome });
    } catch (error) {
      setState({ step: 'failed', message: messageOf(error) });
    }
  }

  return (
    <div class="source-block" role="group" aria-labelledby="restore-heading">
      <h3 id="restore-heading">Restore from a backup</h3>
      <div class="field file-field">
        <label for="restore-file">Choose a backup file</label>
        <span id="restore-hint" class="hint">
          The whole file is checked before anything is written; a file with any problem changes nothing.
        </span>
        <input id="restore-file" type="file" accept=".json,application/json" aria-describedby="restore-hint" disabled={busy} onChange={(e) => void choose(e.currentTarget)} />
      </div>
      {state.step === 'checking' && <TaskProgress progress={state.progress} label={`Checking “${state.fileName}”`} />}
      {state.step === 'restoring' && <TaskProgress progress={state.progress} label={`Restoring “${state.fileName}”`} />}
      {state.step === 'refused' && <Problems key={run} title={state.title} problems={state.problems} more={state.more} />}
      {state.step === 'failed' && (
        <ErrorMessage key={run} title="Nothing was restored.">
          {state.message}
        </ErrorMessage>
      )}
      {state.step === 'done' && <StatusLine messageKey={run}>{describeOutcome(state.outcome)}</StatusLine>}
      {state.step === 'ready' && (
        <RestoreChoice fileName={state.fileName} check={state.check} mode={mode} onMode={setMode} onRestore={(chosen) => void restore(state.fileName, chosen)} onCancel={() => setState({ step: 'idle' })} />
      )}
    </div>
  );
}

function RestoreChoice(props: { fileName: string; check: CheckReply & { ok: true }; mode: RestoreMode; onMode: (mode: RestoreMode) => void; onRestore: (mode: RestoreMode) => void; onCancel: () => void }) {
  const { check } = props;
  const rows = Object.values(check.counts).reduce((sum, count) => sum + count, 0);
  const empty = check.localRows === 0;
  return (
    <div class="confirm" role="group" aria-label="Restore this backup">
      <p>
        “{props.fileName}” is a valid backup of {formatDateTime(check.header.createdAt)} (Mentoring Companion {check.header.appVersion}): {plural(check.counts.pairings, 'pairing')},{' '}
        {plural(check.counts.sessions, 'session')}, {plural(rows, 'row')} in all.
      </p>
      {empty ? (
        <p>This browser holds no data of its own yet: the backup is restored as it is.</p>
      ) : (
        <fieldset>
          <legend>This browser already holds data ({plural(check.localRows, 'row')}). How should the backup be restored?</legend>
          <label class="radio">
            <input type="radio" name="restore-mode" checked={props.mode === 'merge'} onChange={() => props.onMode('merge')} />
            <span>
              <strong>Merge</strong>: add what is only in the backup; where both have something, the version changed last wins, and no text you wrote is dropped (both versions are kept).
            </span>
          </label>
          <label class="radio">
            <input type="radio" name="restore-mode" checked={props.mode === 'replace'} onChange={() => props.onMode('replace')} />
            <span>
              <strong>Replace everything</strong>: delete what is here and restore the backup exactly.
            </span>
          </label>
        </fieldset>
      )}
      <div class="row">
        <Button variant={!empty && props.mode === 'replace' ? 'danger' : 'primary'} onClick={() => props.onRestore(empty ? 'replace' : props.mode)}>
          {empty ? 'Restore' : props.mode === 'replace' ? 'Replace everything with the backup' : 'Merge the backup'}
        </Button>
        <Button variant="quiet" onClick={props.onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

function Problems({ title, problems, more }: { title: string; problems: BackupProblem[]; more: number }) {
  return (
    <ErrorMessage title={title}>
      <ul class="bullets restore-problems">
        {problems.map((problem, index) => (
          <li key={index}>{describeBackupProblem(problem)}</li>
        ))}
        {more > 0 && <li>…and {plural(more, 'more problem')}.</li>}
      </ul>
    </ErrorMessage>
  );
}

function describeOutcome(outcome: RestoreOutcome): string {
  if (!outcome.merge) return `Restored: ${plural(outcome.written, 'row')} written. Everything is as in the backup.`;
  const { added, updated, keptBoth, unchanged } = outcome.merge;
  return `Merged: ${added} added, ${updated} updated from the backup, ${keptBoth} kept in both versions, ${unchanged} unchanged.`;
}

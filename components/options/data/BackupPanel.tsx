import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import { backupFileName } from '../../../lib/backup/backup-file';
import type { Progress } from '../../../lib/backup/progress';
import { recordBackup, setBackupReminders } from '../../../lib/backup/reminder';
import { Button } from '../../shared/Button';
import { downloadBlob } from '../../shared/download';
import { formatDateTime, plural } from '../../shared/format';
import { useSettings } from '../use-settings';
import { ActionOutcome, Checkbox, useAction } from '../ui';
import { TaskProgress } from './TaskProgress';
import { useDataWorker } from './data-worker';

/** "Back up now": every table into one JSON file, read and written in the data worker. */
export function BackupPanel() {
  const worker = useDataWorker();
  const settings = useSettings();
  const action = useAction();
  const [progress, setProgress] = useState<Progress>();
  const reminder = settings.status === 'ready' ? settings.value.backup : undefined;

  const backUp = () =>
    action.run(async () => {
      setProgress(undefined);
      try {
        const ready = await worker.backup(browser.runtime.getManifest().version, setProgress);
        const fileName = backupFileName(new Date(ready.header.createdAt));
        downloadBlob(fileName, ready.file);
        await recordBackup(ready.header.createdAt);
        const rows = Object.values(ready.counts).reduce((sum, count) => sum + count, 0);
        return `Backed up ${plural(rows, 'row')} to ${fileName}. Keep the file somewhere safe: it holds your notes and reflections.`;
      } finally {
        setProgress(undefined);
      }
    });

  return (
    <div class="source-block" role="group" aria-labelledby="backup-heading">
      <h3 id="backup-heading">Back up</h3>
      <p class="muted">
        One JSON file with everything: pairings, goals, templates, sessions with notes, feedback (private reflections included), action items, calendar copies and
        settings. Google tokens are never in it.
        {reminder?.lastBackupAt ? ` Last backup: ${formatDateTime(reminder.lastBackupAt)}.` : ' No backup made yet.'}
      </p>
      <Button variant="primary" onClick={() => void backUp()} disabled={action.busy}>
        Back up now
      </Button>
      {action.busy && <TaskProgress progress={progress} label="Backing up" />}
      <ActionOutcome status={action.status} failedTitle="The backup was not made." />
      <Checkbox
        id="backup-remind"
        label="Remind me monthly when I have not backed up for 30 days"
        checked={reminder?.remind ?? true}
        onChange={(remind) => void setBackupReminders(remind)}
      />
    </div>
  );
}

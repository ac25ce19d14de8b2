import { useState } from 'preact/hooks';
import { BACKUP_REMINDER_DAYS, loadBackupReminderDue, setBackupReminders, snoozeBackupReminder } from '../../lib/backup/reminder';
import { Button } from './Button';
import { messageOf } from '../../lib/text/error-message';
import { ErrorText } from './Field';
import { useLiveQuery } from './use-live-query';

/**
 * "No backup for 30 days": shown on the options page and in the side panel until the user backs up,
 * asks again in a month, or turns reminders off (one click).
 */
export function BackupReminderBanner({ backUpHref, onBackUp }: { backUpHref: string; onBackUp?: () => void }) {
  const due = useLiveQuery(() => loadBackupReminderDue(), []);
  const [error, setError] = useState<string>();
  if (due.status !== 'ready' || !due.value) return null;
  const act = (work: () => Promise<unknown>) => work().catch((failure: unknown) => setError(messageOf(failure)));
  return (
    <div class="backup-reminder" role="region" aria-label="Backup reminder">
      <p>You have not backed up your mentoring data for {BACKUP_REMINDER_DAYS} days. A cleared browser profile would lose it.</p>
      <div class="row">
        <a class="btn btn-primary" href={backUpHref} onClick={onBackUp} target={backUpHref.startsWith('#') ? undefined : '_blank'} rel="noreferrer">
          Back up now
        </a>
        <Button variant="quiet" onClick={() => void act(() => snoozeBackupReminder())}>
          Remind me in a month
        </Button>
        <Button variant="quiet" onClick={() => void act(() => setBackupReminders(false))}>
          Turn off backup reminders
        </Button>
      </div>
      {error && <ErrorText>{error}</ErrorText>}
    </div>
  );
}

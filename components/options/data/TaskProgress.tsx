import { describeProgress, type Progress } from '../../../lib/backup/progress';
import { ProgressBar } from '../../shared/ProgressBar';

/** Where a long backup or restore stands, as a bar and in words (announced politely). */
export function TaskProgress({ progress, label }: { progress?: Progress; label: string }) {
  if (!progress) {
    return (
      <p class="muted" role="status">
        {label}…
      </p>
    );
  }
  const percent = progress.total === 0 ? 100 : (progress.done / progress.total) * 100;
  return (
    <div class="task-progress">
      <ProgressBar value={percent} label={label} />
      <p class="muted" role="status" aria-live="polite">
        {describeProgress(progress)}
      </p>
    </div>
  );
}

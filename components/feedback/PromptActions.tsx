import { minutesUntilTomorrowMorning } from '../../lib/feedback/feedback-actions';
import { Button } from '../shared/Button';

interface Props {
  disabled: boolean;
  onSnooze(minutes: number): void;
  onDismiss(): void;
}

/** "Not now": ask again later, or stop asking for this session. */
export function PromptActions({ disabled, onSnooze, onDismiss }: Props) {
  return (
    <fieldset class="prompt-actions">
      <legend>Not now?</legend>
      <div class="row">
        <Button disabled={disabled} onClick={() => onSnooze(15)}>
          Snooze 15 min
        </Button>
        <Button disabled={disabled} onClick={() => onSnooze(60)}>
          Snooze 1 hour
        </Button>
        <Button disabled={disabled} onClick={() => onSnooze(minutesUntilTomorrowMorning(new Date()))}>
          Tomorrow morning
        </Button>
        <Button variant="danger" disabled={disabled} onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
      <p class="hint">Your draft is kept either way; you can also give feedback later from the side panel.</p>
    </fieldset>
  );
}

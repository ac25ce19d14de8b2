import { useState } from 'preact/hooks';
import type { Settings } from '../../../lib/model';
import { updateSettings } from '../../../lib/settings/settings-store';
import type { FieldError } from '../../../lib/templates/library-field-errors';
import { Button } from '../../shared/Button';
import { Field } from '../../shared/Field';
import { ActionOutcome, FormErrors, errorFor, parseWhole, useAction } from '../ui';

/** How much of the calendar is kept locally and how often it is read again. */
export function SyncSettingsForm({ settings }: { settings: Settings }) {
  const [daysBack, setDaysBack] = useState(String(settings.syncWindow.daysBack));
  const [daysAhead, setDaysAhead] = useState(String(settings.syncWindow.daysAhead));
  const [interval, setIntervalText] = useState(String(settings.syncIntervalMinutes));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const action = useAction();

  function submit(event: Event) {
    event.preventDefault();
    const found: FieldError[] = [];
    const back = parseWhole(daysBack, 'daysBack', 'Days back', 1, 3650, found);
    const ahead = parseWhole(daysAhead, 'daysAhead', 'Days ahead', 1, 3650, found);
    const minutes = parseWhole(interval, 'interval', 'Sync every (minutes)', 1, 1440, found);
    setErrors(found);
    if (found.length > 0) return;
    void action.run(async () => {
      await updateSettings((current) => ({ ...current, syncWindow: { daysBack: back, daysAhead: ahead }, syncIntervalMinutes: minutes }));
      return 'Saved. The new window applies from the next full sync; the interval from now on.';
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="sync-settings-heading">
      <h3 id="sync-settings-heading">Sync window and interval</h3>
      <FormErrors errors={errors} />
      <div class="grid-3">
        <Field id="sync-days-back" label="Days back" hint="Past events kept, for history." error={errorFor(errors, 'daysBack')}>
          <input type="number" min={1} max={3650} step={1} inputMode="numeric" value={daysBack} onInput={(e) => setDaysBack(e.currentTarget.value)} />
        </Field>
        <Field id="sync-days-ahead" label="Days ahead" hint="Upcoming events kept." error={errorFor(errors, 'daysAhead')}>
          <input type="number" min={1} max={3650} step={1} inputMode="numeric" value={daysAhead} onInput={(e) => setDaysAhead(e.currentTarget.value)} />
        </Field>
        <Field id="sync-interval" label="Sync every (minutes)" hint="From 1 to 1440." error={errorFor(errors, 'interval')}>
          <input type="number" min={1} max={1440} step={1} inputMode="numeric" value={interval} onInput={(e) => setIntervalText(e.currentTarget.value)} />
        </Field>
      </div>
      <Button type="submit" variant="primary" disabled={action.busy}>
        Save sync settings
      </Button>
      <ActionOutcome status={action.status} failedTitle="Nothing was saved." />
    </form>
  );
}

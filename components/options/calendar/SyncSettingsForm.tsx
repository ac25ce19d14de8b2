import { useState } from 'preact/hooks';
import type { FieldError } from '../../../lib/forms/field-errors';
import { SYNC_INTERVAL_MINUTES, SYNC_WINDOW_DAYS, type Settings } from '../../../lib/model';
import { parseSyncSettingsForm, syncSettingsLabels, syncSettingsToForm, type SyncSettingsForm as Form } from '../../../lib/settings/settings-forms';
import { updateSettings } from '../../../lib/settings/settings-store';
import { Button } from '../../shared/Button';
import { Field } from '../../shared/Field';
import { ActionOutcome, FormErrors, NumberInput, errorFor, useAction } from '../ui';

/** How much of the calendar is kept locally and how often it is read again. */
export function SyncSettingsForm({ settings }: { settings: Settings }) {
  const [form, setForm] = useState<Form>(() => syncSettingsToForm(settings));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const action = useAction();
  const set = (key: keyof Form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));

  function submit(event: Event) {
    event.preventDefault();
    const parsed = parseSyncSettingsForm(form);
    setErrors(parsed.ok ? [] : parsed.errors);
    if (!parsed.ok) return;
    void action.run(async () => {
      await updateSettings((current) => ({ ...current, ...parsed.value }));
      return 'Saved. The new window applies from the next full sync; the interval from now on.';
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="sync-settings-heading">
      <h3 id="sync-settings-heading">Sync window and interval</h3>
      <FormErrors errors={errors} />
      <div class="grid-3">
        <Field id="sync-days-back" label={syncSettingsLabels.daysBack} hint="Past events kept, for history." error={errorFor(errors, 'daysBack')}>
          <NumberInput bounds={SYNC_WINDOW_DAYS} value={form.daysBack} onInput={set('daysBack')} />
        </Field>
        <Field id="sync-days-ahead" label={syncSettingsLabels.daysAhead} hint="Upcoming events kept." error={errorFor(errors, 'daysAhead')}>
          <NumberInput bounds={SYNC_WINDOW_DAYS} value={form.daysAhead} onInput={set('daysAhead')} />
        </Field>
        <Field
          id="sync-interval"
          label={syncSettingsLabels.syncIntervalMinutes}
          hint={`From ${SYNC_INTERVAL_MINUTES.min} to ${SYNC_INTERVAL_MINUTES.max}.`}
          error={errorFor(errors, 'syncIntervalMinutes')}
        >
          <NumberInput bounds={SYNC_INTERVAL_MINUTES} value={form.syncIntervalMinutes} onInput={set('syncIntervalMinutes')} />
        </Field>
      </div>
      <Button type="submit" variant="primary" disabled={action.busy}>
        Save sync settings
      </Button>
      <ActionOutcome status={action.status} failedTitle="Nothing was saved." />
    </form>
  );
}

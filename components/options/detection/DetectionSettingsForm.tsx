import { useState } from 'preact/hooks';
import type { FieldError } from '../../../lib/forms/field-errors';
import { PERCENT } from '../../../lib/forms/parse-form';
import type { Settings } from '../../../lib/model';
import { detectionSettingsLabels as labels, detectionSettingsToForm, parseDetectionSettingsForm, type DetectionSettingsForm as Form } from '../../../lib/settings/settings-forms';
import { updateSettings } from '../../../lib/settings/settings-store';
import { Button } from '../../shared/Button';
import { Field } from '../../shared/Field';
import { ActionOutcome, Checkbox, FormErrors, NumberInput, errorFor, useAction } from '../ui';

/** How eagerly events are read as mentoring sessions, and with which extra words. */
export function DetectionSettingsForm({ settings }: { settings: Settings }) {
  const [form, setForm] = useState<Form>(() => detectionSettingsToForm(settings.detection));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const action = useAction();
  const set = <K extends keyof Form>(key: K) => (value: Form[K]) => setForm((current) => ({ ...current, [key]: value }));

  function submit(event: Event) {
    event.preventDefault();
    const parsed = parseDetectionSettingsForm(form);
    setErrors(parsed.ok ? [] : parsed.errors);
    if (!parsed.ok) return;
    void action.run(async () => {
      await updateSettings((current) => ({ ...current, detection: parsed.value }));
      return parsed.value.enabled ? 'Saved. Detection uses the new settings from now on.' : 'Saved. Detection is off: no new sessions are found in your calendar.';
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="detection-settings-heading">
      <h3 id="detection-settings-heading">Detection settings</h3>
      <FormErrors errors={errors} />
      {!settings.selfEmail && <p class="warn-text">Set your e-mail address under Calendar source: detection needs it.</p>}
      <Checkbox id="detection-enabled" label={labels.enabled} checked={form.enabled} onChange={set('enabled')} />
      <Field
        id="detection-confidence"
        label={labels.minConfidence}
        hint="Events the detector is less sure about than this are ignored. Lower finds more, higher finds fewer false matches. Default 50."
        error={errorFor(errors, 'minConfidence')}
      >
        <NumberInput bounds={PERCENT} value={form.minConfidence} onInput={set('minConfidence')} />
      </Field>
      <Field
        id="detection-extra"
        label={labels.extraKeywords}
        hint="Words that mark an event as mentoring for every pairing, e.g. your programme's name. Comma or one per line."
        error={errorFor(errors, 'extraKeywords')}
      >
        <textarea rows={2} value={form.extraKeywords} onInput={(e) => set('extraKeywords')(e.currentTarget.value)} />
      </Field>
      <Field
        id="detection-ignore"
        label={labels.ignoreKeywords}
        hint="Events with any of these words are never treated as mentoring, e.g. “interview”, “standup”."
        error={errorFor(errors, 'ignoreKeywords')}
      >
        <textarea rows={2} value={form.ignoreKeywords} onInput={(e) => set('ignoreKeywords')(e.currentTarget.value)} />
      </Field>
      <Button type="submit" variant="primary" disabled={action.busy}>
        Save detection settings
      </Button>
      <ActionOutcome status={action.status} failedTitle="Nothing was saved." />
    </form>
  );
}

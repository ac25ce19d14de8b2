import { useState } from 'preact/hooks';
import type { Settings } from '../../../lib/model';
import { updateSettings } from '../../../lib/settings/settings-store';
import { keywordsOf, type FieldError } from '../../../lib/templates/library-field-errors';
import { Button } from '../../shared/Button';
import { Field } from '../../shared/Field';
import { ActionOutcome, Checkbox, FormErrors, errorFor, parseWhole, useAction } from '../ui';

function checkKeywords(words: string[], field: string, label: string, errors: FieldError[]): void {
  if (words.length > 100) errors.push({ field, label, message: `has ${words.length} entries; at most 100 are allowed` });
  const long = words.find((word) => word.length > 300);
  if (long) errors.push({ field, label, message: `has an entry longer than 300 characters (“${long.slice(0, 30)}…”)` });
}

/** How eagerly events are read as mentoring sessions, and with which extra words. */
export function DetectionSettingsForm({ settings }: { settings: Settings }) {
  const detection = settings.detection;
  const [enabled, setEnabled] = useState(detection.enabled);
  const [confidence, setConfidence] = useState(String(Math.round(detection.minConfidence * 100)));
  const [extra, setExtra] = useState(detection.extraKeywords.join(', '));
  const [ignore, setIgnore] = useState(detection.ignoreKeywords.join(', '));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const action = useAction();

  function submit(event: Event) {
    event.preventDefault();
    const found: FieldError[] = [];
    const percent = parseWhole(confidence, 'minConfidence', 'Minimum confidence (%)', 0, 100, found);
    const extraKeywords = keywordsOf(extra);
    const ignoreKeywords = keywordsOf(ignore);
    checkKeywords(extraKeywords, 'extraKeywords', 'Extra mentoring keywords', found);
    checkKeywords(ignoreKeywords, 'ignoreKeywords', 'Ignore keywords', found);
    setErrors(found);
    if (found.length > 0) return;
    void action.run(async () => {
      await updateSettings((current) => ({ ...current, detection: { enabled, minConfidence: percent / 100, extraKeywords, ignoreKeywords } }));
      return enabled ? 'Saved. Detection uses the new settings from now on.' : 'Saved. Detection is off: no new sessions are found in your calendar.';
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="detection-settings-heading">
      <h3 id="detection-settings-heading">Detection settings</h3>
      <FormErrors errors={errors} />
      {!settings.selfEmail && <p class="warn-text">Set your e-mail address under Calendar source: detection needs it.</p>}
      <Checkbox id="detection-enabled" label="Find mentoring sessions in my calendar" checked={enabled} onChange={setEnabled} />
      <Field
        id="detection-confidence"
        label="Minimum confidence (%)"
        hint="Events the detector is less sure about than this are ignored. Lower finds more, higher finds fewer false matches. Default 50."
        error={errorFor(errors, 'minConfidence')}
      >
        <input type="number" min={0} max={100} step={1} inputMode="numeric" value={confidence} onInput={(e) => setConfidence(e.currentTarget.value)} />
      </Field>
      <Field
        id="detection-extra"
        label="Extra mentoring keywords"
        hint="Words that mark an event as mentoring for every pairing, e.g. your programme's name. Comma or one per line."
        error={errorFor(errors, 'extraKeywords')}
      >
        <textarea rows={2} value={extra} onInput={(e) => setExtra(e.currentTarget.value)} />
      </Field>
      <Field
        id="detection-ignore"
        label="Ignore keywords"
        hint="Events with any of these words are never treated as mentoring, e.g. “interview”, “standup”."
        error={errorFor(errors, 'ignoreKeywords')}
      >
        <textarea rows={2} value={ignore} onInput={(e) => setIgnore(e.currentTarget.value)} />
      </Field>
      <Button type="submit" variant="primary" disabled={action.busy}>
        Save detection settings
      </Button>
      <ActionOutcome status={action.status} failedTitle="Nothing was saved." />
    </form>
  );
}

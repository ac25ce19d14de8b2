import { useEffect, useState } from 'preact/hooks';
import type { FieldError } from '../../../lib/forms/field-errors';
import type { Settings } from '../../../lib/model';
import { isolate } from '../../../lib/text/bidi';
import { parseSelfEmailForm, selfEmailLabel } from '../../../lib/settings/settings-forms';
import { updateSettings } from '../../../lib/settings/settings-store';
import { Button } from '../../shared/Button';
import { Field } from '../../shared/Field';
import { ActionOutcome, FormErrors, errorFor, useAction } from '../ui';

/** The user's own address: detection needs it to tell the user apart from the other attendees. */
export function SelfEmailForm({ settings }: { settings: Settings }) {
  const [value, setValue] = useState(settings.selfEmail ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const action = useAction();
  useEffect(() => setValue(settings.selfEmail ?? ''), [settings.selfEmail]);

  function submit(event: Event) {
    event.preventDefault();
    const parsed = parseSelfEmailForm(value);
    setErrors(parsed.ok ? [] : parsed.errors);
    if (!parsed.ok) return;
    const selfEmail = parsed.value;
    void action.run(async () => {
      await updateSettings(({ selfEmail: _old, ...rest }) => (selfEmail ? { ...rest, selfEmail } : rest));
      return selfEmail ? `Saved: you are ${isolate(selfEmail)}.` : 'Removed your e-mail address: no events will be detected until you add it again.';
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <FormErrors errors={errors} />
      <Field
        id="self-email"
        label={selfEmailLabel}
        hint="Required for detection: it tells you apart from the other people in an event, so that a meeting with one other person can be recognised as a pairing. Use the address your calendar invitations go to."
        error={errorFor(errors, 'selfEmail')}
      >
        <input type="email" dir="auto" autoComplete="email" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      </Field>
      {!settings.selfEmail && <p class="warn-text">Not set yet: detection cannot find your sessions without it.</p>}
      <div class="row">
        <Button type="submit" variant="primary" disabled={action.busy}>
          Save e-mail address
        </Button>
      </div>
      <ActionOutcome status={action.status} failedTitle="Nothing was saved." />
    </form>
  );
}

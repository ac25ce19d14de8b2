import { useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/messaging/api';
import type { Settings } from '../../../lib/model';
import { updateSettings } from '../../../lib/settings/settings-store';
import type { FieldError } from '../../../lib/templates/library-field-errors';
import { Button } from '../../shared/Button';
import { ErrorMessage, messageOf } from '../../shared/ErrorMessage';
import { Field } from '../../shared/Field';
import { ActionOutcome, Checkbox, FormErrors, Section, errorFor, parseWhole, useAction } from '../ui';
import { useSettings } from '../use-settings';

export function NotificationsSection() {
  const settings = useSettings();
  return (
    <Section id="notifications" title="Notifications" intro="Reminders before a session and the “how did it go?” prompt after it.">
      {settings.status === 'error' && <ErrorMessage title="The settings could not be read.">{messageOf(settings.error)}</ErrorMessage>}
      {settings.status === 'ready' && <NotificationsForm settings={settings.value} />}
    </Section>
  );
}

function NotificationsForm({ settings }: { settings: Settings }) {
  const [enabled, setEnabled] = useState(settings.notifications.enabled);
  const [soon, setSoon] = useState(String(settings.notifications.startingSoonMinutes));
  const [delay, setDelay] = useState(String(settings.notifications.feedbackDelayMinutes));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const action = useAction();

  function submit(event: Event) {
    event.preventDefault();
    const found: FieldError[] = [];
    const startingSoonMinutes = parseWhole(soon, 'soon', 'Starting-soon reminder (minutes before)', 0, 120, found);
    const feedbackDelayMinutes = parseWhole(delay, 'delay', 'Feedback prompt (minutes after the end)', 0, 1440, found);
    setErrors(found);
    if (found.length > 0) return;
    void action.run(async () => {
      await updateSettings((current) => ({ ...current, notifications: { enabled, startingSoonMinutes, feedbackDelayMinutes } }));
      try {
        await sendMessage('replanPrompts', undefined);
      } catch (error) {
        throw new Error(`Saved, but the reminders already planned could not be rescheduled: ${messageOf(error)}`);
      }
      return 'Saved. Upcoming reminders follow the new times.';
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Notification settings">
      <FormErrors errors={errors} />
      <Checkbox id="notifications-enabled" label="Show notifications" checked={enabled} onChange={setEnabled} hint="Off: the toolbar badge still counts sessions waiting for feedback." />
      <div class="grid-2">
        <Field id="notifications-soon" label="Starting-soon reminder (minutes before)" hint="0 to 120; 0 means at the start." error={errorFor(errors, 'soon')}>
          <input type="number" min={0} max={120} step={1} inputMode="numeric" value={soon} onInput={(e) => setSoon(e.currentTarget.value)} />
        </Field>
        <Field id="notifications-delay" label="Feedback prompt (minutes after the end)" hint="0 to 1440 (a day). Default 5." error={errorFor(errors, 'delay')}>
          <input type="number" min={0} max={1440} step={1} inputMode="numeric" value={delay} onInput={(e) => setDelay(e.currentTarget.value)} />
        </Field>
      </div>
      <Button type="submit" variant="primary" disabled={action.busy}>
        Save notification settings
      </Button>
      <ActionOutcome status={action.status} />
    </form>
  );
}

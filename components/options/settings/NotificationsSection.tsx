import { useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/messaging/api';
import { defaultSettings, FEEDBACK_DELAY_MINUTES, STARTING_SOON_MINUTES, type Settings } from '../../../lib/model';
import { notificationLabels, notificationsToForm, parseNotificationsForm, type NotificationsForm as Form } from '../../../lib/settings/settings-forms';
import { updateSettings } from '../../../lib/settings/settings-store';
import type { FieldError } from '../../../lib/forms/field-errors';
import { Button } from '../../shared/Button';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { messageOf } from '../../../lib/text/error-message';
import { Field } from '../../shared/Field';
import { ActionOutcome, Checkbox, FormErrors, NumberInput, Section, errorFor, useAction } from '../ui';
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
  const [form, setForm] = useState<Form>(() => notificationsToForm(settings));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const action = useAction();
  const set = <K extends keyof Form>(key: K) => (value: Form[K]) => setForm((current) => ({ ...current, [key]: value }));

  function submit(event: Event) {
    event.preventDefault();
    const parsed = parseNotificationsForm(form);
    setErrors(parsed.ok ? [] : parsed.errors);
    if (!parsed.ok) return;
    void action.run(async () => {
      await updateSettings((current) => ({ ...current, notifications: parsed.value }));
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
      <Checkbox id="notifications-enabled" label={notificationLabels.enabled} checked={form.enabled} onChange={set('enabled')} hint="Off: the toolbar badge still counts sessions waiting for feedback." />
      <div class="grid-2">
        <Field
          id="notifications-soon"
          label={notificationLabels.startingSoonMinutes}
          hint={`${STARTING_SOON_MINUTES.min} to ${STARTING_SOON_MINUTES.max}; 0 means at the start.`}
          error={errorFor(errors, 'startingSoonMinutes')}
        >
          <NumberInput bounds={STARTING_SOON_MINUTES} value={form.startingSoonMinutes} onInput={set('startingSoonMinutes')} />
        </Field>
        <Field
          id="notifications-delay"
          label={notificationLabels.feedbackDelayMinutes}
          hint={`${FEEDBACK_DELAY_MINUTES.min} to ${FEEDBACK_DELAY_MINUTES.max} (a day). Default ${defaultSettings.notifications.feedbackDelayMinutes}.`}
          error={errorFor(errors, 'feedbackDelayMinutes')}
        >
          <NumberInput bounds={FEEDBACK_DELAY_MINUTES} value={form.feedbackDelayMinutes} onInput={set('feedbackDelayMinutes')} />
        </Field>
      </div>
      <Button type="submit" variant="primary" disabled={action.busy}>
        Save notification settings
      </Button>
      <ActionOutcome status={action.status} />
    </form>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { dismissFeedback, FORM_ERROR, snoozeFeedback, submitFeedback } from '../../lib/feedback/feedback-actions';
import { initialForm, MAX_TEXT_LENGTH, type FeedbackForm as Form, type FieldErrors } from '../../lib/feedback/feedback-form';
import { validateFeedbackForm } from '../../lib/feedback/feedback-validation';
import type { FeedbackContext } from '../../lib/feedback/feedback-store';
import { sendMessage } from '../../lib/messaging/api';
import { RATING } from '../../lib/model';
import { Button } from '../shared/Button';
import { ErrorMessage } from '../shared/ErrorMessage';
import { messageOf } from '../../lib/text/error-message';
import { Field } from '../shared/Field';
import { formatDateTime, plural } from '../shared/format';
import { RadioGroup } from '../shared/RadioGroup';
import { ActionItemRows } from './ActionItemRows';
import { ShareRecap } from '../recap/ShareRecap';
import { Confirmation } from './Confirmation';
import { CustomQuestions } from './CustomQuestions';
import { GoalProgressFields } from './GoalProgressFields';
import { OpenItemsChecklist } from './OpenItemsChecklist';
import { PromptActions } from './PromptActions';
import { SessionHeader } from './SessionHeader';
import { useDraftAutosave } from './use-draft-autosave';

const OUTCOMES = [
  { value: 'held', label: 'Held' },
  { value: 'rescheduled', label: 'Rescheduled' },
  { value: 'missed', label: 'Missed' },
] as const;
const RATINGS = Array.from({ length: RATING.max - RATING.min + 1 }, (_, index) => ({ value: RATING.min + index, label: String(RATING.min + index) }));
const draftText = { idle: '', pending: 'Draft not saved yet', saving: 'Saving draft…', saved: 'Draft saved', error: 'Draft could not be saved' };

type Done = { title: string; detail?: string; recap?: boolean };

export function FeedbackForm({ context }: { context: FeedbackContext }) {
  const sessionId = context.session.id;
  const [form, setForm] = useState<Form>(() => initialForm(context, context.existing));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done>();
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { status, saver } = useDraftAutosave(sessionId);

  useEffect(() => {
    // The window exists for this form: start on "Did it happen?" (the chosen answer, if a draft has one).
    const radios = [...(formRef.current?.querySelectorAll<HTMLInputElement>('#outcome input') ?? [])];
    (radios.find((radio) => radio.checked) ?? radios[0])?.focus();
    // Ctrl+Enter (⌘+Enter) sends from anywhere in the window.
    const send = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      formRef.current?.requestSubmit();
    };
    document.addEventListener('keydown', send);
    return () => document.removeEventListener('keydown', send);
  }, []);

  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);
  useEffect(() => {
    // After a failed submit, errors follow the edits, so a fixed field stops being flagged at once.
    if (attempt === 0) return;
    const checked = validateFeedbackForm(form, context);
    setErrors(checked.ok ? {} : checked.errors);
  }, [form]);

  const update = (change: (current: Form) => Form) => setForm(change);
  const edited = useRef(false);
  useEffect(() => {
    // The first render shows what is stored; every later form change is saved as the draft.
    if (edited.current) saver.schedule(form);
    edited.current = true;
  }, [form]);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => update((current) => ({ ...current, [key]: value }));

  const finish = async (action: () => Promise<{ done: Done } | { errors: FieldErrors }>) => {
    setBusy(true);
    try {
      const result = await action();
      if ('done' in result) {
        saver.cancel();
        setDone(result.done);
        // Alarms and the toolbar badge follow the prompt's new state; the background may be asleep, so best effort.
        sendMessage('replanPrompts', undefined).catch(() => {});
      } else {
        setErrors(result.errors);
        setAttempt((n) => n + 1);
      }
    } catch (error) {
      setErrors({ [FORM_ERROR]: messageOf(error) });
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    void finish(async () => {
      const result = await submitFeedback(sessionId, form);
      if (!result.ok) return { errors: result.errors };
      const detail = [
        plural(result.actionItemsCreated, 'action item') + ' added',
        plural(result.goalsUpdated, 'goal') + ' updated',
      ].join(', ');
      return { done: { title: 'Thank you — your feedback is saved.', detail: `${detail}.`, recap: true } };
    });
  };

  if (done) {
    return (
      <Confirmation title={done.title} detail={done.detail}>
        {done.recap ? <ShareRecap sessionId={sessionId} /> : undefined}
      </Confirmation>
    );
  }
  const held = form.outcome === 'held';
  const errorList = Object.entries(errors);
  const textField = (name: 'wentWell' | 'wasHard' | 'nextFocus', label: string) => (
    <Field id={name} label={label} error={errors[name]}>
      <textarea rows={2} maxLength={MAX_TEXT_LENGTH} value={form[name]} onInput={(event) => set(name, event.currentTarget.value)} />
    </Field>
  );

  return (
    <div class="page">
      <SessionHeader context={context} />
      {errorList.length > 0 && (
        <div ref={summary} tabIndex={-1} class="error-summary">
          <ErrorMessage title={errorList.length === 1 ? 'Please fix this:' : `Please fix these ${errorList.length} things:`}>
            <ul class="bullets">
              {errorList.map(([key, message]) => (
                <li key={key}>{message}</li>
              ))}
            </ul>
          </ErrorMessage>
        </div>
      )}
      <form ref={formRef} onSubmit={submit} onFocusOut={() => void saver.flush()} noValidate>
        <RadioGroup
          id="outcome"
          legend="Did it happen?"
          options={OUTCOMES}
          value={form.outcome}
          error={errors.outcome}
          onChange={(outcome) => set('outcome', outcome)}
        />
        {held && (
          <RadioGroup
            id="rating"
            legend="Rating"
            hint="1 = poor · 5 = excellent · type a number"
            options={RATINGS}
            value={form.rating}
            error={errors.rating}
            typeToPick
            onChange={(rating) => set('rating', rating)}
          />
        )}
        {held && (
          <GoalProgressFields
            goals={context.goals}
            inputs={form.goals}
            errors={errors}
            onChange={(goalId, change) =>
              update((current) => ({
                ...current,
                goals: current.goals.map((entry) => (entry.goalId === goalId ? { ...entry, ...change } : entry)),
              }))
            }
          />
        )}
        {held && textField('wentWell', 'What went well')}
        <ActionItemRows rows={form.actionItems} pairing={context.pairing} errors={errors} onChange={(rows) => set('actionItems', rows)} />
        <OpenItemsChecklist items={context.openActionItems} pairing={context.pairing} sessionId={sessionId} />
        {held && textField('wasHard', 'What was hard')}
        {textField('nextFocus', 'Focus for next time')}
        <CustomQuestions
          questions={context.questions}
          answers={form.customAnswers}
          errors={errors}
          onChange={(id, answer) => update((current) => ({ ...current, customAnswers: { ...current.customAnswers, [id]: answer } }))}
        />
        <Field id="privateReflection" label="Private reflection" hint="Only for you: never shared." error={errors.privateReflection}>
          <textarea
            rows={2}
            maxLength={MAX_TEXT_LENGTH}
            value={form.privateReflection}
            onInput={(event) => set('privateReflection', event.currentTarget.value)}
          />
        </Field>
        <div class="submit-row">
          <Button type="submit" variant="primary" disabled={busy}>
            Send feedback
          </Button>
          <span class="hint">
            or <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
          </span>
          <span class="muted save-status" role="status" aria-live="polite">
            {draftText[status]}
          </span>
        </div>
      </form>
      <PromptActions
        disabled={busy}
        onSnooze={(minutes) =>
          void finish(async () => {
            await saver.flush();
            const until = await snoozeFeedback(sessionId, minutes);
            return { done: { title: `Snoozed until ${formatDateTime(until.toISOString())}`, detail: 'We will ask again then. Your draft is kept.' } };
          })
        }
        onDismiss={() =>
          void finish(async () => {
            await saver.flush();
            await dismissFeedback(sessionId);
            return { done: { title: 'Dismissed', detail: 'You can still give feedback from the side panel’s history.' } };
          })
        }
      />
    </div>
  );
}

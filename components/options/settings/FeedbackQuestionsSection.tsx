import { useState } from 'preact/hooks';
import {
  addFeedbackQuestion,
  feedbackQuestionLabels,
  listFeedbackQuestions,
  setFeedbackQuestionArchived,
  type FeedbackQuestionForm,
} from '../../../lib/feedback/question-store';
import type { FieldError } from '../../../lib/forms/field-errors';
import { isolate } from '../../../lib/text/bidi';
import { feedbackQuestionKinds, type FeedbackQuestion } from '../../../lib/model';
import { Button } from '../../shared/Button';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { messageOf } from '../../../lib/text/error-message';
import { Field } from '../../shared/Field';
import { useLiveQuery } from '../../shared/use-live-query';
import { ActionOutcome, Checkbox, FormErrors, Section, errorFor, useAction } from '../ui';

const kindLabels: Record<FeedbackQuestion['kind'], string> = { text: 'Written answer', scale: 'Scale from 1 to 5' };

/** Custom questions added to the built-in feedback form; archived ones stop being asked, answers stay. */
export function FeedbackQuestionsSection() {
  const questions = useLiveQuery(() => listFeedbackQuestions(), []);
  const [form, setForm] = useState<FeedbackQuestionForm>({ text: '', kind: 'text' });
  const [showArchived, setShowArchived] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const action = useAction();

  const all = questions.status === 'ready' ? questions.value : [];
  const shown = all.filter((question) => showArchived || !question.archived);

  function add(event: Event) {
    event.preventDefault();
    void action.run(async () => {
      const added = await addFeedbackQuestion(form);
      setErrors(added.ok ? [] : added.errors);
      if (!added.ok) return undefined;
      setForm({ text: '', kind: form.kind });
      return `Added “${isolate(added.value.text)}” to the feedback form.`;
    });
  }

  const setArchived = (question: FeedbackQuestion, archived: boolean) =>
    action.run(async () => {
      await setFeedbackQuestionArchived(question.id, archived);
      return archived ? `“${isolate(question.text)}” is no longer asked; earlier answers are kept.` : `“${isolate(question.text)}” is asked again.`;
    });

  return (
    <Section id="questions" title="Feedback questions" intro="Your own questions, asked after every session in addition to the built-in form.">
      <form onSubmit={add} noValidate aria-label="Add a feedback question">
        <FormErrors errors={errors} intro="The question was not added:" />
        <div class="grid-question">
          <Field id="question-text" label={feedbackQuestionLabels.text} error={errorFor(errors, 'text')}>
            <input type="text" dir="auto" value={form.text} placeholder="What did you try since last time?" onInput={(e) => setForm({ ...form, text: e.currentTarget.value })} />
          </Field>
          <Field id="question-kind" label={feedbackQuestionLabels.kind} error={errorFor(errors, 'kind')}>
            <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.currentTarget.value as FeedbackQuestion['kind'] })}>
              {feedbackQuestionKinds.map((value) => (
                <option key={value} value={value}>
                  {kindLabels[value]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Button type="submit" variant="primary" disabled={action.busy}>
          Add question
        </Button>
      </form>
      <ActionOutcome status={action.status} failedTitle="That did not work." />
      <Checkbox
        id="questions-show-archived"
        label={`Show archived (${all.filter((question) => question.archived).length})`}
        checked={showArchived}
        onChange={setShowArchived}
      />
      {questions.status === 'error' && <ErrorMessage title="The questions could not be read.">{messageOf(questions.error)}</ErrorMessage>}
      {questions.status === 'ready' && shown.length === 0 && <p class="muted">No custom questions: the built-in form is used as it is.</p>}
      {shown.length > 0 && (
        <ul class="item-list" aria-label="Feedback questions">
          {shown.map((question) => (
            <li key={question.id} class={`list-item row spread${question.archived ? ' is-archived' : ''}`}>
              <span>
                <bdi class="question-text">{question.text}</bdi> <span class="muted">({kindLabels[question.kind]})</span>{' '}
                {question.archived && <span class="badge badge-warn">Archived</span>}
              </span>
              <Button variant="quiet" onClick={() => void setArchived(question, !question.archived)} disabled={action.busy}>
                {question.archived ? 'Ask again' : 'Archive'}
                <span class="sr-only"> “<bdi>{question.text}</bdi>”</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

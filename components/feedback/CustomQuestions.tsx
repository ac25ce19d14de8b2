import type { FeedbackQuestion } from '../../lib/model';
import { fieldKey, type FieldErrors } from '../../lib/feedback/feedback-form';
import { Field } from '../shared/Field';
import { RadioGroup } from '../shared/RadioGroup';

const SCALE = [1, 2, 3, 4, 5].map((value) => ({ value: String(value), label: String(value) }));

interface Props {
  questions: FeedbackQuestion[];
  answers: Record<string, string>;
  errors: FieldErrors;
  onChange(questionId: string, answer: string): void;
}

/** The programme's own questions, added to the built-in form in the options. */
export function CustomQuestions({ questions, answers, errors, onChange }: Props) {
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading">More questions</h2>
      {questions.map((question) => {
        const id = `question-${question.id}`;
        const error = errors[fieldKey.question(question.id)];
        return question.kind === 'scale' ? (
          <RadioGroup
            key={question.id}
            id={id}
            legend={<bdi>{question.text}</bdi>}
            hint="1 = not at all · 5 = very much"
            options={SCALE}
            value={answers[question.id] || undefined}
            error={error}
            onChange={(answer) => onChange(question.id, answer)}
          />
        ) : (
          <Field key={question.id} id={id} label={<bdi>{question.text}</bdi>} error={error}>
            <textarea rows={2} dir="auto" value={answers[question.id] ?? ''} onInput={(event) => onChange(question.id, event.currentTarget.value)} />
          </Field>
        );
      })}
    </section>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { GoalCategory, GoalTemplate } from '../../../lib/model';
import {
  createTemplate,
  emptyTemplateForm,
  goalCategoryLabels,
  goalCategoryOptions,
  parseTemplateForm,
  templateToForm,
  updateTemplate,
  type TemplateForm as TemplateFormValues,
} from '../../../lib/templates/library';
import type { FieldError } from '../../../lib/forms/field-errors';
import { Button } from '../../shared/Button';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { messageOf } from '../../../lib/text/error-message';
import { Field } from '../../shared/Field';
import { FormErrors, domId, errorFor } from '../ui';

interface TemplateFormProps {
  /** The template to edit; none for a new one. */
  template?: GoalTemplate;
  onSaved: (template: GoalTemplate) => void;
  onCancel: () => void;
}

/** Create or edit a user template; lists are one entry per line. */
export function TemplateForm({ template, onSaved, onCancel }: TemplateFormProps) {
  const [values, setValues] = useState<TemplateFormValues>(() => (template ? templateToForm(template) : emptyTemplateForm()));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => nameInput.current?.focus(), []);

  const set = <K extends keyof TemplateFormValues>(key: K) => (value: TemplateFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const idPrefix = template ? domId('template', template.id) : 'template-new';

  async function submit(event: Event) {
    event.preventDefault();
    setFailure(undefined);
    const parsed = parseTemplateForm(values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      onSaved(template ? await updateTemplate(template.id, parsed.value) : await createTemplate(parsed.value));
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setSaving(false);
    }
  }

  const heading = template ? (
    <>
      Edit “<bdi>{template.name}</bdi>”
    </>
  ) : (
    'New goal template'
  );
  return (
    <form class="editor" onSubmit={submit} aria-labelledby={`${idPrefix}-heading`} noValidate>
      <h3 id={`${idPrefix}-heading`}>{heading}</h3>
      <FormErrors errors={errors} />
      {failure && <ErrorMessage title="Nothing was saved.">{failure}</ErrorMessage>}
      <div class="grid-2">
        <Field id={`${idPrefix}-name`} label="Name" error={errorFor(errors, 'name')}>
          <input ref={nameInput} type="text" dir="auto" value={values.name} onInput={(e) => set('name')(e.currentTarget.value)} />
        </Field>
        <Field id={`${idPrefix}-category`} label="Category" error={errorFor(errors, 'category')}>
          <select value={values.category} onChange={(e) => set('category')(e.currentTarget.value as GoalCategory)}>
            {goalCategoryOptions.map((category) => (
              <option key={category} value={category}>
                {goalCategoryLabels[category]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id={`${idPrefix}-description`} label="Description" error={errorFor(errors, 'description')}>
        <textarea dir="auto" value={values.description} rows={3} onInput={(e) => set('description')(e.currentTarget.value)} />
      </Field>
      <Field id={`${idPrefix}-milestones`} label="Default milestones" hint="One per line; each goal made from this template starts with them." error={errorFor(errors, 'milestonesText')}>
        <textarea dir="auto" value={values.milestonesText} rows={4} onInput={(e) => set('milestonesText')(e.currentTarget.value)} />
      </Field>
      <Field id={`${idPrefix}-questions`} label="Suggested questions" hint="One per line; questions a mentor can ask in sessions." error={errorFor(errors, 'questionsText')}>
        <textarea dir="auto" value={values.questionsText} rows={4} onInput={(e) => set('questionsText')(e.currentTarget.value)} />
      </Field>
      <Field id={`${idPrefix}-criteria`} label="Success criteria" hint="One per line; how the pair will know the goal is reached." error={errorFor(errors, 'criteriaText')}>
        <textarea dir="auto" value={values.criteriaText} rows={3} onInput={(e) => set('criteriaText')(e.currentTarget.value)} />
      </Field>
      <div class="row">
        <Button type="submit" variant="primary" disabled={saving}>
          {template ? 'Save template' : 'Create template'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

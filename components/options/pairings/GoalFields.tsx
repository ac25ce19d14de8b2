import { useState } from 'preact/hooks';
import { goalStatuses, PROGRESS_PERCENT, sides, type GoalCategory, type GoalStatus, type Side } from '../../../lib/model';
import type { GoalForm } from '../../../lib/pairings/goal-form';
import { goalOwnerLabels, goalStatusLabels } from '../../../lib/pairings/pairing-labels';
import { goalCategoryLabels, goalCategoryOptions } from '../../../lib/templates/library';
import type { FieldError } from '../../../lib/forms/field-errors';
import { Button } from '../../shared/Button';
import { Field } from '../../shared/Field';
import { plural } from '../../shared/format';
import { NumberInput, domId, errorFor } from '../ui';

interface GoalFieldsProps {
  goal: GoalForm;
  index: number;
  errors: FieldError[];
  templateName?: string;
  onChange: (goal: GoalForm) => void;
  onRemove: () => void;
}

/** One goal of the pairing; removing a stored goal asks first, since its progress goes with it. */
export function GoalFields({ goal, index, errors, templateName, onChange, onRemove }: GoalFieldsProps) {
  const [confirming, setConfirming] = useState(false);
  const set = <K extends keyof GoalForm>(key: K, value: GoalForm[K]) => onChange({ ...goal, [key]: value });
  const id = (what: string) => domId('goal', goal.key, what);
  const error = (what: string) => errorFor(errors, `goals.${index}.${what}`);
  const stored = goal.baseline;
  const title = goal.title.trim() || 'untitled';
  return (
    <fieldset class="goal-fields">
      <legend>
        Goal {index + 1}: <bdi>{title}</bdi>
      </legend>
      {templateName && (
        <p class="hint">
          From the template “<bdi>{templateName}</bdi>”.
        </p>
      )}
      <div class="grid-2">
        <Field id={id('title')} label={`Goal ${index + 1} title`} error={error('title')}>
          <input type="text" dir="auto" value={goal.title} onInput={(e) => set('title', e.currentTarget.value)} />
        </Field>
        <Field id={id('owner')} label={`Goal ${index + 1}: whose goal`} error={error('owner')}>
          <select value={goal.owner} onChange={(e) => set('owner', e.currentTarget.value as Side)}>
            {[...sides].reverse().map((owner) => (
              <option key={owner} value={owner}>
                {goalOwnerLabels[owner]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('category')} label={`Goal ${index + 1} category`} error={error('category')}>
          <select value={goal.category} onChange={(e) => set('category', e.currentTarget.value as GoalCategory)}>
            {goalCategoryOptions.map((category) => (
              <option key={category} value={category}>
                {goalCategoryLabels[category]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('status')} label={`Goal ${index + 1} status`} error={error('status')}>
          <select value={goal.status} onChange={(e) => set('status', e.currentTarget.value as GoalStatus)}>
            {goalStatuses.map((status) => (
              <option key={status} value={status}>
                {goalStatusLabels[status]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('progress')} label={`Goal ${index + 1} progress (%)`} error={error('progress')}>
          <NumberInput bounds={PROGRESS_PERCENT} value={goal.progress} onInput={(progress) => set('progress', progress)} />
        </Field>
        <Field id={id('target')} label={`Goal ${index + 1} target date (optional)`} error={error('targetDate')}>
          <input type="date" value={goal.targetDate} onInput={(e) => set('targetDate', e.currentTarget.value)} />
        </Field>
      </div>
      <Field id={id('description')} label={`Goal ${index + 1} description`} error={error('description')}>
        <textarea rows={3} dir="auto" value={goal.description} onInput={(e) => set('description', e.currentTarget.value)} />
      </Field>
      <Field id={id('milestones')} label={`Goal ${index + 1} milestones`} hint="One per line. Ticked milestones stay ticked when you edit the others." error={error('milestonesText')}>
        <textarea rows={3} dir="auto" value={goal.milestonesText} onInput={(e) => set('milestonesText', e.currentTarget.value)} />
      </Field>
      {confirming ? (
        <div class="confirm" role="group" aria-label={`Remove goal ${index + 1}?`}>
          <p>
            Remove “<bdi>{title}</bdi>”? When you save, its progress ({stored?.progress ?? 0}%) and {plural(stored?.milestones.length ?? 0, 'milestone')} are deleted.
          </p>
          <div class="row">
            <Button variant="danger" onClick={onRemove}>
              Remove goal
            </Button>
            <Button onClick={() => setConfirming(false)}>Keep it</Button>
          </div>
        </div>
      ) : (
        <Button variant="quiet" class="btn-danger" onClick={() => (stored ? setConfirming(true) : onRemove())}>
          Remove<span class="sr-only"> goal {index + 1}</span>
        </Button>
      )}
    </fieldset>
  );
}

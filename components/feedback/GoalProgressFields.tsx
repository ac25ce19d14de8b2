import type { Goal } from '../../lib/model';
import { fieldKey, type FieldErrors, type GoalProgressInput } from '../../lib/feedback/feedback-form';
import { Field } from '../shared/Field';

interface Props {
  goals: Goal[];
  inputs: GoalProgressInput[];
  errors: FieldErrors;
  onChange(goalId: string, change: Partial<GoalProgressInput>): void;
}

/** Per goal: the new percentage (typed or dragged), a note, and milestones to tick. */
export function GoalProgressFields({ goals, inputs, errors, onChange }: Props) {
  if (goals.length === 0) return null;
  return (
    <section aria-labelledby="goals-heading">
      <h2 id="goals-heading">Progress on goals</h2>
      {goals.map((goal) => {
        const input = inputs.find((entry) => entry.goalId === goal.id);
        if (!input) return null;
        const id = `goal-${goal.id}`;
        const numeric = Number(input.progress);
        return (
          <fieldset key={goal.id} class="goal-fields" data-testid="goal-fields">
            <legend>
              <bdi>{goal.title}</bdi>
            </legend>
            <p class="hint">Was {goal.progress}%</p>
            <Field id={`${id}-progress`} label={
                <>
                  Progress on <bdi>{goal.title}</bdi> (%)
                </>
              } error={errors[fieldKey.goalProgress(goal.id)]}>
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                step={1}
                value={input.progress}
                onInput={(event) => onChange(goal.id, { progress: event.currentTarget.value })}
              />
            </Field>
            {/* A mouse convenience mirroring the number field, which is the one keyboard users reach. */}
            <input
              class="progress-range"
              type="range"
              min={0}
              max={100}
              step={5}
              tabIndex={-1}
              aria-hidden="true"
              value={Number.isFinite(numeric) ? numeric : goal.progress}
              onInput={(event) => onChange(goal.id, { progress: event.currentTarget.value })}
            />
            {goal.milestones.length > 0 && (
              <fieldset class="milestone-fields">
                <legend>
                  Milestones of <bdi>{goal.title}</bdi>
                </legend>
                {goal.milestones.map((milestone) => (
                  <label key={milestone.id} class="check-row">
                    <input
                      type="checkbox"
                      checked={input.milestonesDone.includes(milestone.id)}
                      onChange={(event) => {
                        const checked = event.currentTarget.checked;
                        const others = input.milestonesDone.filter((doneId) => doneId !== milestone.id);
                        onChange(goal.id, { milestonesDone: checked ? [...others, milestone.id] : others });
                      }}
                    />{' '}
                    <bdi>{milestone.title}</bdi>
                  </label>
                ))}
              </fieldset>
            )}
            <Field id={`${id}-note`} label={
                <>
                  Note on <bdi>{goal.title}</bdi>
                </>
              } error={errors[fieldKey.goalNote(goal.id)]}>
              <textarea rows={2} value={input.note} onInput={(event) => onChange(goal.id, { note: event.currentTarget.value })} />
            </Field>
          </fieldset>
        );
      })}
    </section>
  );
}

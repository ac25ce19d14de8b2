import { useState } from 'preact/hooks';
import type { Goal } from '../../lib/model';
import { MAX_PROGRESS, MIN_PROGRESS } from '../../lib/model';
import { fieldKey, type FieldErrors, type GoalProgressInput } from '../../lib/feedback/feedback-form';
import { ErrorText } from '../shared/Field';

interface Props {
  goals: Goal[];
  inputs: GoalProgressInput[];
  errors: FieldErrors;
  onChange(goalId: string, change: Partial<GoalProgressInput>): void;
}

/**
 * Per goal, its title once (the group's name): the new percentage as a number and a slider in one
 * row, the milestones to tick (one stop for Tab; arrows move, Space ticks) and a short note.
 */
export function GoalProgressFields({ goals, inputs, errors, onChange }: Props) {
  if (goals.length === 0) return null;
  return (
    <section aria-labelledby="goals-heading">
      <h2 id="goals-heading">Progress on goals</h2>
      {goals.map((goal) => {
        const input = inputs.find((entry) => entry.goalId === goal.id);
        return input ? <GoalFields key={goal.id} goal={goal} input={input} errors={errors} onChange={onChange} /> : null;
      })}
    </section>
  );
}

function GoalFields({ goal, input, errors, onChange }: { goal: Goal; input: GoalProgressInput; errors: FieldErrors; onChange: Props['onChange'] }) {
  const id = `goal-${goal.id}`;
  const numeric = Number(input.progress);
  const progressError = errors[fieldKey.goalProgress(goal.id)];
  const noteError = errors[fieldKey.goalNote(goal.id)];
  return (
    <fieldset class="goal-fields" data-testid="goal-fields">
      <legend dir="auto">{goal.title}</legend>
      <div class="progress-row">
        <label for={`${id}-progress`}>Progress</label>
        <span class="progress-number">
          <input
            id={`${id}-progress`}
            type="number"
            inputMode="numeric"
            min={MIN_PROGRESS}
            max={MAX_PROGRESS}
            step={1}
            value={input.progress}
            aria-describedby={`${id}-was${progressError ? ` ${id}-progress-error` : ''}`}
            aria-invalid={progressError ? 'true' : undefined}
            // Tabbing in selects the number, so typing replaces it.
            onFocus={(event) => event.currentTarget.select()}
            onInput={(event) => onChange(goal.id, { progress: event.currentTarget.value })}
          />
          %
        </span>
        {/* A pointer convenience mirroring the number field, which is the one keyboard users reach. */}
        <input
          class="progress-range"
          type="range"
          min={MIN_PROGRESS}
          max={MAX_PROGRESS}
          step={5}
          tabIndex={-1}
          aria-hidden="true"
          value={Number.isFinite(numeric) ? numeric : goal.progress}
          onInput={(event) => onChange(goal.id, { progress: event.currentTarget.value })}
        />
      </div>
      <p id={`${id}-was`} class="hint">
        Was {goal.progress}%
      </p>
      {progressError && <ErrorText id={`${id}-progress-error`}>{progressError}</ErrorText>}
      {goal.milestones.length > 0 && (
        <MilestoneChecks
          goal={goal}
          done={input.milestonesDone}
          onChange={(milestonesDone) => onChange(goal.id, { milestonesDone })}
        />
      )}
      <div class="note-row">
        <label for={`${id}-note`}>Note</label>
        <input
          id={`${id}-note`}
          type="text"
          value={input.note}
          aria-invalid={noteError ? 'true' : undefined}
          aria-describedby={noteError ? `${id}-note-error` : undefined}
          onInput={(event) => onChange(goal.id, { note: event.currentTarget.value })}
        />
      </div>
      {noteError && <ErrorText id={`${id}-note-error`}>{noteError}</ErrorText>}
    </fieldset>
  );
}

/** Milestones as one Tab stop (roving focus): arrows move between them, Space ticks. */
function MilestoneChecks({ goal, done, onChange }: { goal: Goal; done: string[]; onChange(done: string[]): void }) {
  const [active, setActive] = useState(0);
  const move = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + goal.milestones.length) % goal.milestones.length;
    setActive(next);
    const group = (event.currentTarget as HTMLElement).closest('[role="group"]');
    group?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[next]?.focus();
  };
  return (
    <div role="group" aria-label="Milestones" class="milestone-checks">
      <span class="hint" aria-hidden="true">
        Milestones
      </span>
      {goal.milestones.map((milestone, index) => (
        <label key={milestone.id} class="check-row">
          <input
            type="checkbox"
            tabIndex={index === active ? 0 : -1}
            checked={done.includes(milestone.id)}
            onFocus={() => setActive(index)}
            onKeyDown={(event) => move(event, index)}
            onChange={(event) => {
              const others = done.filter((doneId) => doneId !== milestone.id);
              onChange(event.currentTarget.checked ? [...others, milestone.id] : others);
            }}
          />
          <span dir="auto">{milestone.title}</span>
        </label>
      ))}
    </div>
  );
}

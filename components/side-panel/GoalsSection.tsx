import { useEffect, useState } from 'preact/hooks';
import type { Goal, Pairing } from '../../lib/model';
import type { GoalPrompts } from '../../lib/panel/goal-prompts';
import { isMilestoneOverdue, setMilestoneDone } from '../../lib/panel/milestones';
import { Button } from '../shared/Button';
import { EmptyState } from '../shared/EmptyState';
import { ErrorText } from '../shared/Field';
import { messageOf } from '../../lib/text/error-message';
import { formatDay } from '../shared/format';
import { MetaLine } from '../shared/MetaLine';
import { ProgressBar } from '../shared/ProgressBar';
import { moveFocusWithArrows } from '../shared/arrow-keys';
import { isolate } from '../../lib/text/bidi';

interface Props {
  goals: Goal[];
  pairing: Pairing;
  prompts: GoalPrompts;
  now: number;
}

type Ticked = { goalId: string; milestoneId: string; title: string; done: boolean };

/** Goals with progress; milestones tick here (saved at once, with undo); template prompts folded. */
export function GoalsSection({ goals, pairing, prompts, now }: Props) {
  const [last, setLast] = useState<Ticked>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  useEffect(() => setPending(new Map()), [goals]);
  // In reverse and peer mentoring both sides have goals, so say whose each one is.
  const showOwner = goals.some((goal) => goal.owner === 'me') && goals.some((goal) => goal.owner === 'them');
  const theirName = pairing.participants.length === 1 ? `${isolate(pairing.participants[0]!.name)}'s goal` : 'Their goal';

  const tick = (change: Ticked, remember: boolean) => {
    setError(undefined);
    setPending((previous) => new Map(previous).set(change.milestoneId, change.done));
    setMilestoneDone(change.goalId, change.milestoneId, change.done)
      .then(() => setLast(remember ? change : undefined))
      .catch((failure: unknown) => {
        setPending(new Map());
        setError(messageOf(failure));
      });
  };

  return (
    <section class="card" aria-labelledby="goals-heading">
      <h2 id="goals-heading">Goals</h2>
      {goals.length === 0 ? (
        <EmptyState title="No goals yet">
          <p>Agree on one or two goals and add them to the pairing in the options.</p>
        </EmptyState>
      ) : (
        <ul class="goals">
          {goals.map((goal) => {
            const done = goal.milestones.filter((m) => pending.get(m.id) ?? m.done).length;
            const prompt = goal.templateId ? prompts[goal.templateId] : undefined;
            return (
              <li key={goal.id} class="goal" data-testid="goal">
                <h3 class="goal-title" dir="auto">
                  {goal.title}
                </h3>
                <div class="row">
                  {showOwner && <span class="badge">{goal.owner === 'me' ? 'My goal' : theirName}</span>}
                  {goal.status === 'achieved' && <span class="badge badge-ok">Achieved</span>}
                  <MetaLine items={[`${goal.progress}%`, goal.targetDate && `target ${formatDay(goal.targetDate)}`]} />
                </div>
                <ProgressBar value={goal.progress} label={`Progress on ${goal.title}`} />
                {goal.milestones.length > 0 && (
                  <ul
                    class="checklist milestones"
                    aria-label={`Milestones of ${goal.title}: ${done} of ${goal.milestones.length} done`}
                    onKeyDown={moveFocusWithArrows}
                  >
                    {goal.milestones.map((milestone) => {
                      const checked = pending.get(milestone.id) ?? milestone.done;
                      const overdue = isMilestoneOverdue({ ...milestone, done: checked }, now);
                      return (
                        <li key={milestone.id} class={`${checked ? 'is-done' : ''}${overdue ? ' is-overdue' : ''}`} data-testid="milestone">
                          <label>
                            <input
                              type="checkbox"
                              data-milestone={milestone.id}
                              checked={checked}
                              onChange={(event) =>
                                tick({ goalId: goal.id, milestoneId: milestone.id, title: milestone.title, done: event.currentTarget.checked }, true)
                              }
                            />
                            <span class="item-text" dir="auto">
                              {milestone.title}
                            </span>
                          </label>
                          {milestone.due && (
                            <p class="meta item-meta">
                              {overdue ? (
                                <span class="overdue-text">Overdue since {formatDay(milestone.due)}</span>
                              ) : (
                                `Due ${formatDay(milestone.due)}`
                              )}
                            </p>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
                {prompt && (
                  <details class="goal-prompts small">
                    <summary>Questions to ask and what success looks like</summary>
                    {prompt.suggestedQuestions.length > 0 && (
                      <>
                        <h4>Questions to ask</h4>
                        <ul class="bullets">
                          {prompt.suggestedQuestions.map((question, index) => (
                            <li key={index}>{question}</li>
                          ))}
                        </ul>
                      </>
                    )}
                    {prompt.successCriteria.length > 0 && (
                      <>
                        <h4>Success looks like</h4>
                        <ul class="bullets">
                          {prompt.successCriteria.map((criterion, index) => (
                            <li key={index}>{criterion}</li>
                          ))}
                        </ul>
                      </>
                    )}
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {last && (
        <p class="undo-line" role="status">
          <span>
            {last.done ? 'Ticked' : 'Unticked'} “<bdi>{last.title}</bdi>”.
          </span>
          <Button
            variant="quiet"
            onClick={(event) => {
              // The undo line goes away: focus returns to the milestone, never to the page.
              const section = (event.currentTarget as HTMLElement).closest('section');
              section?.querySelector<HTMLInputElement>(`input[data-milestone="${CSS.escape(last.milestoneId)}"]`)?.focus();
              tick({ ...last, done: !last.done }, false);
            }}
          >
            Undo
          </Button>
        </p>
      )}
      {error && <ErrorText>{error}</ErrorText>}
    </section>
  );
}

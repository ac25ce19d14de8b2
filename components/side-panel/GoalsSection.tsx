import type { Goal, Pairing } from '../../lib/model';
import { isolate } from '../../lib/text/bidi';
import { EmptyState } from '../shared/EmptyState';
import { formatDay } from '../shared/format';
import { ProgressBar } from '../shared/ProgressBar';

export function GoalsSection({ goals, pairing }: { goals: Goal[]; pairing: Pairing }) {
  // In reverse and peer mentoring both sides have goals, so say whose each one is.
  const showOwner = goals.some((goal) => goal.owner === 'me') && goals.some((goal) => goal.owner === 'them');
  const theirName = pairing.participants.length === 1 ? `${isolate(pairing.participants[0]!.name)}'s goal` : 'Their goal';
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
            const done = goal.milestones.filter((m) => m.done).length;
            return (
              <li key={goal.id} class="goal" data-testid="goal">
                <h3 class="goal-title" dir="auto">
                  {goal.title}
                </h3>
                <p class="row">
                  {showOwner && <span class="badge">{goal.owner === 'me' ? 'My goal' : theirName}</span>}
                  {goal.status === 'achieved' && <span class="badge badge-ok">Achieved</span>}
                  <span class="muted">{goal.progress}%</span>
                  {goal.targetDate && <span class="muted">· target {formatDay(goal.targetDate)}</span>}
                </p>
                <ProgressBar value={goal.progress} label={`Progress on ${goal.title}`} />
                {goal.milestones.length > 0 && (
                  <ul class="milestones" aria-label={`Milestones of ${goal.title}: ${done} of ${goal.milestones.length} done`}>
                    {goal.milestones.map((milestone) => (
                      <li key={milestone.id} class={milestone.done ? 'is-done' : ''}>
                        <span aria-hidden="true">{milestone.done ? '✓' : '○'}</span>{' '}
                        <span class="sr-only">{milestone.done ? 'Done: ' : 'Open: '}</span>
                        <bdi>{milestone.title}</bdi>
                        {milestone.due && <span class="muted"> · {formatDay(milestone.due)}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

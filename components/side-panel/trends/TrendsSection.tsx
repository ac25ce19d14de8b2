import { CircleAlert } from 'lucide';
import type { Pairing } from '../../../lib/model';
import type { PairingSummary } from '../../../lib/panel/panel-view';
import { STALLED_GOAL_DAYS, trendWarnings, trendWindowStart, type TrendWarning } from '../../../lib/panel/trends';
import { loadTrends } from '../../../lib/panel/trends-query';
import { plural } from '../../shared/format';
import { Icon } from '../../shared/Icon';
import { useLiveQuery } from '../../shared/use-live-query';
import { CadenceChart, GoalProgressChart, RatingChart } from './charts';

interface Props {
  pairing: Pairing;
  summary: PairingSummary;
  now: number;
}

/** Trends the pair can see over the last six months, with calm warnings first. */
export function TrendsSection({ pairing, summary, now }: Props) {
  const load = useLiveQuery(() => loadTrends(pairing.id, pairing.cadenceDays, now), [pairing.id, pairing.cadenceDays, now]);
  if (load.status !== 'ready') return null;
  const { trends, goals } = load.value;
  const warnings = trendWarnings(summary.cadence, summary.misses, goals, trends, now);
  const fromMs = trendWindowStart(now);
  return (
    <section class="card" aria-labelledby="trends-heading">
      <h2 id="trends-heading">Trends, last six months</h2>
      {warnings.length > 0 && (
        <ul class="warnings" aria-label="Worth a look">
          {warnings.map((warning, index) => (
            <li key={index} class="notice small" data-testid="trend-warning">
              <Icon icon={CircleAlert} /> <span>{warningText(warning)}</span>
            </li>
          ))}
        </ul>
      )}
      {trends.ratings.length > 0 ? <RatingChart ratings={trends.ratings} /> : <p class="muted small">No ratings yet.</p>}
      <CadenceChart months={trends.months} cadenceDays={pairing.cadenceDays} />
      {trends.goals.length > 0 && (
        <div class="goal-charts">
          <h3 class="chart-heading">Progress on goals</h3>
          {trends.goals.map((trend) => (
            <GoalProgressChart key={trend.goalId} trend={trend} fromMs={fromMs} nowMs={now} />
          ))}
        </div>
      )}
    </section>
  );
}

function warningText(warning: TrendWarning): string {
  switch (warning.kind) {
    case 'cadence-overdue':
      return `It has been ${plural(warning.daysSince, 'day')} since the last session; you agreed to meet every ${plural(warning.cadenceDays, 'day')}.`;
    case 'repeated-cancellations':
      return `${warning.missed} of the last ${warning.of} sessions did not happen.`;
    case 'stalled-goal':
      return `No progress recorded on “${warning.title}” in the last ${STALLED_GOAL_DAYS} days.`;
  }
}

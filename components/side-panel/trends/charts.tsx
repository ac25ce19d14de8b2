import type { CadenceMonth, GoalTrend, RatingPoint } from '../../../lib/panel/trends';
import { formatDayOf } from '../../shared/format';

/**
 * Small inline SVG charts (no chart library). The pictures are decorative for screen readers: each
 * chart says the same in words right after it.
 */
const WIDTH = 280;
const monthName = new Intl.DateTimeFormat(undefined, { month: 'short' });
const monthLong = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const monthDate = (month: string) => new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);

export function RatingChart({ ratings }: { ratings: RatingPoint[] }) {
  const height = 56;
  const pad = 6;
  const x = (index: number) => (ratings.length === 1 ? WIDTH / 2 : pad + (index * (WIDTH - 2 * pad)) / (ratings.length - 1));
  const y = (rating: number) => pad + ((5 - rating) * (height - 2 * pad)) / 4;
  const points = ratings.map((r, index) => `${x(index)},${y(r.rating)}`).join(' ');
  return (
    <figure class="chart" data-testid="rating-chart">
      <figcaption>My rating of each session (1–5)</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false" preserveAspectRatio="none">
        {[1, 3, 5].map((level) => (
          <line key={level} class="chart-grid" x1={0} x2={WIDTH} y1={y(level)} y2={y(level)} />
        ))}
        <polyline class="chart-line" points={points} />
        {ratings.map((r, index) => (
          <circle key={r.sessionId} class="chart-dot" cx={x(index)} cy={y(r.rating)} r={3} />
        ))}
      </svg>
      <p class="sr-only">
        Ratings, oldest first: {ratings.map((r) => `${r.rating} on ${formatDayOf(r.at)}`).join(', ')}.
      </p>
    </figure>
  );
}

const KINDS = [
  { key: 'held', label: 'held' },
  { key: 'unconfirmed', label: 'no feedback yet' },
  { key: 'missed', label: 'missed or moved' },
  { key: 'cancelled', label: 'cancelled' },
] as const;

export function CadenceChart({ months, cadenceDays }: { months: CadenceMonth[]; cadenceDays: number }) {
  const height = 72;
  const top = 4;
  const bottom = 16;
  const slot = WIDTH / months.length;
  const max = Math.max(1, ...months.map((m) => Math.max(m.expected, m.held + m.unconfirmed + m.missed + m.cancelled)));
  const scale = (count: number) => (count * (height - top - bottom)) / Math.ceil(max);
  return (
    <figure class="chart" data-testid="cadence-chart">
      <figcaption>Sessions per month against the agreed rhythm (every {cadenceDays} days)</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
        {months.map((month, index) => {
          let base = height - bottom;
          const bars = KINDS.map(({ key }) => {
            const size = scale(month[key]);
            base -= size;
            return size > 0 ? <rect key={key} class={`bar bar-${key}`} x={index * slot + slot * 0.2} y={base} width={slot * 0.6} height={size} /> : null;
          });
          const expectedY = height - bottom - scale(month.expected);
          return (
            <g key={month.month}>
              {bars}
              <line class="chart-expected" x1={index * slot + slot * 0.1} x2={index * slot + slot * 0.9} y1={expectedY} y2={expectedY} />
              <text class="chart-label" x={index * slot + slot / 2} y={height - 3} text-anchor="middle">
                {monthName.format(monthDate(month.month))}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="chart-legend" aria-hidden="true">
        {KINDS.map(({ key, label }) => (
          <li key={key}>
            <span class={`swatch bar-${key}`} /> {label}
          </li>
        ))}
        <li>
          <span class="swatch swatch-expected" /> agreed
        </li>
      </ul>
      <ul class="sr-only">
        {months.map((month) => (
          <li key={month.month}>
            {monthLong.format(monthDate(month.month))}: {KINDS.map(({ key, label }) => `${month[key]} ${label}`).join(', ')}; the
            agreed rhythm asks for about {month.expected}.
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function GoalProgressChart({ trend, fromMs, nowMs }: { trend: GoalTrend; fromMs: number; nowMs: number }) {
  const height = 36;
  const pad = 3;
  const x = (iso: string) => pad + ((Date.parse(iso) - fromMs) * (WIDTH - 2 * pad)) / Math.max(1, nowMs - fromMs);
  const y = (progress: number) => pad + ((100 - progress) * (height - 2 * pad)) / 100;
  const points = trend.points.map((p) => `${Math.max(pad, x(p.at))},${y(p.progress)}`).join(' ');
  const last = trend.points[trend.points.length - 1];
  return (
    <figure class="chart chart-goal" data-testid="goal-chart">
      <figcaption dir="auto">
        {trend.title} <span class="muted">{last ? `${last.progress}%` : ''}</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false" preserveAspectRatio="none">
        <line class="chart-grid" x1={0} x2={WIDTH} y1={y(0)} y2={y(0)} />
        <line class="chart-grid" x1={0} x2={WIDTH} y1={y(100)} y2={y(100)} />
        {trend.points.length > 1 && <polyline class="chart-line" points={points} />}
        {trend.points.map((p, index) => (
          <circle key={index} class="chart-dot" cx={Math.max(pad, x(p.at))} cy={y(p.progress)} r={2.5} />
        ))}
      </svg>
      <p class="sr-only">
        Progress over time: {trend.points.map((p) => `${p.progress}% on ${formatDayOf(p.at)}`).join(', ')}.
      </p>
    </figure>
  );
}

import type { Pairing } from '../../lib/model';
import type { PairingSummary } from '../../lib/panel/panel-view';
import { plural } from '../shared/format';

const typeLabels: Record<Pairing['type'], string> = {
  'one-on-one': 'One-on-one mentoring',
  reverse: 'Reverse mentoring',
  'high-potential': 'High-potential mentoring',
  group: 'Group mentoring (circle)',
  peer: 'Peer mentoring',
};

interface Props {
  pairing: Pairing;
  summary: PairingSummary;
  hasNext: boolean;
}

export function PairingSummarySection({ pairing, summary, hasNext }: Props) {
  const { cadence, misses, ratings } = summary;
  return (
    <section class="card" aria-labelledby="pairing-heading">
      <h2 id="pairing-heading" dir="auto">
        {pairing.title}
      </h2>
      <ul class="people" aria-label="People">
        {pairing.participants.map((person) => (
          <li key={person.email}>
            <bdi>{person.name}</bdi> <bdi class="muted">{person.email}</bdi>
          </li>
        ))}
      </ul>
      <p>
        {typeLabels[pairing.type]} · you are the {pairing.myRole}
        {pairing.status !== 'active' && <span class="badge badge-warn"> {pairing.status}</span>}
      </p>
      <p>
        {plural(summary.sessionsHeld, 'session')} held
      </p>
      <p class={`cadence cadence-${cadence.state}`} data-testid="cadence-health">
        {cadenceText(cadence)}
        {cadence.state === 'overdue' && !hasNext && ' · no next session booked'}
      </p>
      {misses.missed >= 2 && (
        <p class="warn-text">
          {misses.missed} of the last {misses.of} sessions did not happen.
        </p>
      )}
      {ratings.length > 0 && (
        <p aria-label={`My ratings, oldest first: ${ratings.map((r) => r.rating).join(', ')}`}>
          Ratings <span class="muted">(oldest → newest)</span>: {ratings.slice(-6).map((r) => r.rating).join(' · ')}
        </p>
      )}
    </section>
  );
}

function cadenceText(cadence: PairingSummary['cadence']): string {
  if (cadence.state === 'no-sessions-yet') return 'No session held yet';
  const ago = cadence.daysSince === 0 ? 'today' : cadence.daysSince === 1 ? 'yesterday' : `${cadence.daysSince} days ago`;
  const verdict = cadence.state === 'on-track' ? 'on track' : cadence.state === 'due' ? 'a session is due' : 'overdue';
  return `Last session ${ago} · agreed every ${plural(cadence.cadenceDays, 'day')} · ${verdict}`;
}

import type { Pairing } from '../../lib/model';
import { describeCadence, pairingTypeLabels } from '../../lib/pairings/pairing-labels';
import type { PairingSummary } from '../../lib/panel/panel-view';
import { plural } from '../shared/format';
import { MetaLine } from '../shared/MetaLine';
import { People } from './SessionCard';

interface Props {
  pairing: Pairing;
  summary: PairingSummary;
  hasNext: boolean;
}

/** The pairing at a glance; "Last session" is the same session as the card of that name. */
export function PairingSummarySection({ pairing, summary, hasNext }: Props) {
  const { cadence } = summary;
  return (
    <section class="card" aria-labelledby="pairing-heading">
      <h2 id="pairing-heading" dir="auto">
        {pairing.title}
      </h2>
      <p class="people">
        With <People pairing={pairing} />
      </p>
      <MetaLine
        items={[
          pairingTypeLabels[pairing.type],
          `you are the ${pairing.myRole}`,
          `${plural(summary.sessionsHeld, 'session')} held`,
          pairing.status !== 'active' && pairing.status,
        ]}
      />
      <p class={`cadence cadence-${cadence.state}`} data-testid="cadence-health">
        {cadenceText(cadence)}
        {cadence.state === 'overdue' && !hasNext && '\u00a0· no next session booked'}
      </p>
    </section>
  );
}

function cadenceText(cadence: PairingSummary['cadence']): string {
  if (cadence.state === 'no-sessions-yet') return 'No session held yet';
  const ago = cadence.daysSince === 0 ? 'today' : cadence.daysSince === 1 ? 'yesterday' : `${cadence.daysSince} days ago`;
  const verdict = cadence.state === 'on-track' ? 'on track' : cadence.state === 'due' ? 'a session is due' : 'overdue';
  return `Last session ${ago}, agreed ${describeCadence(cadence.cadenceDays)}: ${verdict}`;
}

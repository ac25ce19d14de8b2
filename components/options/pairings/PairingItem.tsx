import { useState } from 'preact/hooks';
import type { Pairing, PairingStatus } from '../../../lib/model';
import { describeCadence, myRoleLabels, pairingStatusLabels, pairingTypeLabels } from '../../../lib/pairings/pairing-labels';
import { deletePairing, describeDeletionContents, describePairingDeletion, type PairingDeletion } from '../../../lib/pairings/pairing-store';
import { Button } from '../../shared/Button';
import { plural } from '../../shared/format';
import { ActionOutcome, domId, useAction } from '../ui';

interface PairingItemProps {
  pairing: Pairing;
  onEdit: () => void;
  onStatus: (status: PairingStatus) => void;
  onDeleted: (message: string) => void;
}

const statusBadge: Record<PairingStatus, string> = { active: 'badge-ok', paused: 'badge-warn', closed: '' };

export function PairingItem({ pairing, onEdit, onStatus, onDeleted }: PairingItemProps) {
  const [deletion, setDeletion] = useState<PairingDeletion>();
  const action = useAction();
  const people = pairing.participants.map((person) => person.name).join(', ');

  const askDelete = () =>
    action.run(async () => {
      const found = await describePairingDeletion(pairing.id);
      if (!found) throw new Error('This pairing no longer exists.');
      setDeletion(found);
      return undefined;
    });
  const confirmDelete = () =>
    action.run(async () => {
      const deleted = await deletePairing(pairing.id);
      onDeleted(`Deleted “${deleted.title}” with ${describeDeletionContents(deleted)}.`);
      return undefined;
    });

  return (
    <li class="list-item">
      <div class="item-title">
        <h3 class="pairing-title">{pairing.title}</h3>
        <div class="row">
          {pairing.isDemo && <span class="badge">Demo</span>}
          <span class={`badge ${statusBadge[pairing.status]}`}>{pairingStatusLabels[pairing.status]}</span>
          {/* Separators are glued to the fact before them, so no line starts with one. */}
          <span>
            {pairingTypeLabels[pairing.type]}
            <span class="muted">
              {'\u00a0· '}you are the {myRoleLabels[pairing.myRole].toLowerCase()}
              {'\u00a0· '}
              {describeCadence(pairing.cadenceDays)}
            </span>
          </span>
        </div>
        <p class="people-line">
          <span class="sr-only">People: </span>
          {people}
          <span class="muted"> ({pairing.participants.map((person) => person.email).join(', ')})</span>
        </p>
        <p class="muted">
          {plural(pairing.seriesIds.length, 'linked calendar series', 'linked calendar series')}
          {pairing.keywords.length > 0 ? ` · keywords: ${pairing.keywords.join(', ')}` : ''}
        </p>
      </div>
      <div class="row item-actions">
        <Button variant="quiet" onClick={onEdit}>
          Edit<span class="sr-only"> “{pairing.title}”</span>
        </Button>
        {pairing.status === 'active' && (
          <Button variant="quiet" onClick={() => onStatus('paused')}>
            Pause<span class="sr-only"> “{pairing.title}”</span>
          </Button>
        )}
        {pairing.status !== 'active' && (
          <Button variant="quiet" onClick={() => onStatus('active')}>
            {pairing.status === 'paused' ? 'Resume' : 'Reopen'}
            <span class="sr-only"> “{pairing.title}”</span>
          </Button>
        )}
        {pairing.status !== 'closed' && (
          <Button variant="quiet" onClick={() => onStatus('closed')}>
            Close<span class="sr-only"> “{pairing.title}”</span>
          </Button>
        )}
        <Button variant="quiet" class="btn-danger" onClick={() => void askDelete()} disabled={action.busy || deletion !== undefined}>
          Delete…<span class="sr-only"> “{pairing.title}”</span>
        </Button>
      </div>
      {deletion && (
        <div class="confirm" role="alertdialog" aria-labelledby={domId('delete', pairing.id, 'title')} aria-describedby={domId('delete', pairing.id, 'text')}>
          <p id={domId('delete', pairing.id, 'title')}>
            <strong>Delete “{deletion.title}”?</strong>
          </p>
          <p id={domId('delete', pairing.id, 'text')}>
            This deletes the pairing with its {describeDeletionContents(deletion)}. It cannot be undone. Calendar events stay in your
            calendar{deletion.linkedSeries > 0 ? `; its ${plural(deletion.linkedSeries, 'linked series', 'linked series')} may be suggested again` : ''}.
            {pairing.status !== 'closed' ? ' To keep the history, close the pairing instead.' : ''}
          </p>
          <div class="row">
            <Button variant="danger" onClick={() => void confirmDelete()} disabled={action.busy} autoFocus>
              Delete pairing and its data
            </Button>
            <Button onClick={() => setDeletion(undefined)}>Cancel</Button>
          </div>
        </div>
      )}
      <ActionOutcome status={action.status} />
    </li>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { PairingStatus } from '../../../lib/model';
import { pairingStatusLabels } from '../../../lib/pairings/pairing-labels';
import { listPairings, setPairingStatus } from '../../../lib/pairings/pairing-store';
import { Button } from '../../shared/Button';
import { isolate } from '../../../lib/text/bidi';
import { EmptyState } from '../../shared/EmptyState';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { messageOf } from '../../../lib/text/error-message';
import { useLiveQuery } from '../../shared/use-live-query';
import { ActionOutcome, Section, StatusLine, useAction } from '../ui';
import { PairingEditor } from './PairingEditor';
import { PairingItem } from './PairingItem';

/** A request from elsewhere on the page (a confirmed suggestion) to open a pairing in the editor. */
export interface PairingEditRequest {
  pairingId: string;
  note: string;
}

type Editing = { mode: 'new' } | { mode: 'edit'; pairingId: string; note?: string } | undefined;

export function PairingsSection({ editRequest }: { editRequest?: PairingEditRequest }) {
  const pairings = useLiveQuery(() => listPairings(), []);
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNoticeState] = useState<{ id: number; text: string }>();
  const setNotice = (text: string) => setNoticeState((previous) => ({ id: (previous?.id ?? 0) + 1, text }));
  const action = useAction();
  const editorHost = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!editRequest) return;
    setEditing({ mode: 'edit', ...editRequest });
    editorHost.current?.scrollIntoView({ block: 'start' });
  }, [editRequest]);

  const changeStatus = (id: string, title: string, status: PairingStatus) =>
    action.run(async () => {
      await setPairingStatus(id, status);
      return `“${isolate(title)}” is now ${pairingStatusLabels[status].toLowerCase()}.`;
    });

  return (
    <Section
      id="pairings"
      title="Pairings"
      intro="Each mentoring relationship: the people, its type, your role, how often you meet, and its goals."
    >
      <div class="toolbar row">
        <Button variant="primary" onClick={() => setEditing({ mode: 'new' })} disabled={editing?.mode === 'new'}>
          New pairing
        </Button>
      </div>
      <div ref={editorHost}>
        {editing?.mode === 'edit' && editing.note && <StatusLine>{editing.note}</StatusLine>}
        {editing && (
          <PairingEditor
            key={editing.mode === 'edit' ? editing.pairingId : 'new'}
            pairingId={editing.mode === 'edit' ? editing.pairingId : undefined}
            onCancel={() => setEditing(undefined)}
            onSaved={(pairing, created) => {
              setEditing(undefined);
              setNotice(created ? `Created “${isolate(pairing.title)}”.` : `Saved “${isolate(pairing.title)}”.`);
            }}
          />
        )}
      </div>
      <StatusLine messageKey={notice?.id}>{notice?.text}</StatusLine>
      <ActionOutcome status={action.status} />
      {pairings.status === 'error' && <ErrorMessage title="The pairings could not be read.">{messageOf(pairings.error)}</ErrorMessage>}
      {pairings.status === 'loading' && <p class="muted">Loading pairings…</p>}
      {pairings.status === 'ready' && pairings.value.length === 0 && (
        <EmptyState title="No pairings yet">
          <p>Create one, confirm a suggestion under Detection, or load the demo data under Calendar source.</p>
        </EmptyState>
      )}
      {pairings.status === 'ready' && pairings.value.length > 0 && (
        <ul class="item-list" aria-label="Pairings">
          {pairings.value.map((pairing) => (
            <PairingItem
              key={pairing.id}
              pairing={pairing}
              onEdit={() => {
                setEditing({ mode: 'edit', pairingId: pairing.id });
                editorHost.current?.scrollIntoView({ block: 'start' });
              }}
              onStatus={(status) => void changeStatus(pairing.id, pairing.title, status)}
              onDeleted={(message) => {
                if (editing?.mode === 'edit' && editing.pairingId === pairing.id) setEditing(undefined);
                setNotice(message);
              }}
            />
          ))}
        </ul>
      )}
    </Section>
  );
}

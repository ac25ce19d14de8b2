import { loadPairingHistory, type PairingHistory } from '../../lib/export/pairing-history';
import { Button } from '../shared/Button';
import { EmptyState } from '../shared/EmptyState';
import { ErrorMessage } from '../shared/ErrorMessage';
import { messageOf } from '../../lib/text/error-message';
import { useLiveQuery } from '../shared/use-live-query';
import { useSettingsTheme } from '../shared/use-theme';
import { HistoryView } from './HistoryView';

/** One pairing's whole history laid out for paper: the browser's print dialog saves it as PDF. */
export function PrintApp({ pairingId, includePrivate }: { pairingId: string | null; includePrivate: boolean }) {
  useSettingsTheme();
  const history = useLiveQuery<PairingHistory | undefined>(async () => (pairingId ? loadPairingHistory(pairingId, { includePrivate }) : undefined), [pairingId, includePrivate]);
  if (history.status === 'loading') return <p class="muted print-page">Loading…</p>;
  if (history.status === 'error') return <ErrorMessage title="The history could not be read.">{messageOf(history.error)}</ErrorMessage>;
  if (!history.value) return <EmptyState title="No such pairing">Choose a pairing under Options → Data → Export.</EmptyState>;
  return (
    <main class="print-page">
      <div class="no-print print-toolbar">
        <Button variant="primary" onClick={() => window.print()}>
          Print or save as PDF
        </Button>
        <span class="muted">{includePrivate ? 'Includes your private reflections.' : 'Your private reflections are left out.'}</span>
      </div>
      <HistoryView history={history.value} />
    </main>
  );
}

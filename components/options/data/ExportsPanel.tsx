import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import { buildCsvExport, type CsvExportKind } from '../../../lib/export/csv-exports';
import { pairingHistoryMarkdown } from '../../../lib/export/markdown';
import { historyFileName, loadPairingHistory } from '../../../lib/export/pairing-history';
import { listPairings } from '../../../lib/pairings/pairing-store';
import { Button } from '../../shared/Button';
import { downloadText } from '../../shared/download';
import { plural } from '../../shared/format';
import { useLiveQuery } from '../../shared/use-live-query';
import { ActionOutcome, Checkbox, useAction } from '../ui';
import { isolate } from '../../../lib/text/bidi';

const csvButtons: { kind: CsvExportKind; label: string; what: [string, string] }[] = [
  { kind: 'sessions', label: 'Sessions (CSV)', what: ['session', 'sessions'] },
  { kind: 'feedback', label: 'Feedback (CSV)', what: ['feedback', 'feedback'] },
  { kind: 'action-items', label: 'Action items (CSV)', what: ['action item', 'action items'] },
  { kind: 'goals', label: 'Goals (CSV)', what: ['goal', 'goals'] },
];

/** Spreadsheets of sessions, feedback, action items and goals, and one pairing's history as Markdown or for print. */
export function ExportsPanel() {
  const [includePrivate, setIncludePrivate] = useState(false);
  const [pairingId, setPairingId] = useState('');
  const pairings = useLiveQuery(() => listPairings(), []);
  const action = useAction();
  const chosen = pairingId || (pairings.status === 'ready' ? pairings.value[0]?.id : undefined) || '';

  const exportCsv = (kind: CsvExportKind, what: [string, string]) =>
    action.run(async () => {
      const csv = await buildCsvExport(kind, { includePrivate });
      downloadText(csv.fileName, csv.text, 'text/csv;charset=utf-8');
      return `Exported ${plural(csv.rows, ...what)} to ${csv.fileName}${csv.rows === 0 ? ' (sample data is left out)' : ''}.`;
    });

  const exportMarkdown = () =>
    action.run(async () => {
      const history = await loadPairingHistory(chosen, { includePrivate });
      if (!history) throw new Error('This pairing no longer exists.');
      const fileName = historyFileName(history.pairing, 'md');
      downloadText(fileName, pairingHistoryMarkdown(history), 'text/markdown;charset=utf-8');
      return `Exported the history of “${history.pairing.title}” to ${fileName}.`;
    });

  const openPrintView = () =>
    action.run(async () => {
      const query = new URLSearchParams({ pairing: chosen, ...(includePrivate ? { private: '1' } : {}) });
      await browser.tabs.create({ url: browser.runtime.getURL(`/print.html?${query}`) });
      return 'The print view opened in a new tab: use its Print button, or the browser’s, to save it as PDF.';
    });

  return (
    <div class="source-block" role="group" aria-labelledby="exports-heading">
      <h3 id="exports-heading">Export</h3>
      <Checkbox
        id="export-private"
        label="Include my private reflections"
        checked={includePrivate}
        onChange={setIncludePrivate}
        hint="Off, the reflection you never share stays out of the files below."
      />
      <p class="muted">Spreadsheets (UTF-8, for Excel, Numbers or LibreOffice) of your own data; sample data is left out.</p>
      <div class="row">
        {csvButtons.map(({ kind, label, what }) => (
          <Button key={kind} onClick={() => void exportCsv(kind, what)} disabled={action.busy}>
            {label}
          </Button>
        ))}
      </div>
      <div class="field">
        <label for="export-pairing">One pairing’s whole history</label>
        <select id="export-pairing" class="auto-width" value={chosen} onChange={(e) => setPairingId(e.currentTarget.value)} disabled={pairings.status !== 'ready' || pairings.value.length === 0}>
          {pairings.status === 'ready' &&
            pairings.value.map((pairing) => (
              <option key={pairing.id} value={pairing.id}>
                {isolate(pairing.title)}
                {pairing.isDemo ? ' (sample)' : ''}
              </option>
            ))}
        </select>
      </div>
      <div class="row">
        <Button onClick={() => void exportMarkdown()} disabled={!chosen || action.busy}>
          Download as Markdown
        </Button>
        <Button onClick={() => void openPrintView()} disabled={!chosen || action.busy}>
          Open print view (PDF)
        </Button>
      </div>
      <ActionOutcome status={action.status} failedTitle="Nothing was exported." />
    </div>
  );
}

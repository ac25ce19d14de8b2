import { useState } from 'preact/hooks';
import { exportTemplates, templateExportFileName, templateExportJson } from '../../../lib/templates/library-export';
import {
  MAX_IMPORT_FILE_CHARS,
  describeImportError,
  importTemplates,
  type TemplateConflictChoice,
  type TemplateImportAction,
  type TemplateImportResult,
} from '../../../lib/templates/library-import';
import { Button } from '../../shared/Button';
import { isolate } from '../../../lib/text/bidi';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { plural } from '../../shared/format';
import { ActionOutcome, StatusLine, downloadText, useAction } from '../ui';
import { TemplateImportChoices } from './TemplateImportChoices';

const actionWords: Record<TemplateImportAction, string> = {
  created: 'new',
  updated: 'updated',
  copied: 'added as a copy',
  unchanged: 'unchanged',
};

/** Export as JSON (for coordinators to hand out) and import such files, all or nothing. */
export function TemplateTransfer({ selectedIds }: { selectedIds: string[] }) {
  const exporting = useAction();
  const [imported, setImported] = useState<{ id: number; fileName: string; text: string; result: TemplateImportResult }>();
  const [importing, setImporting] = useState(false);

  const exportIds = (ids: string[] | 'all-active') =>
    exporting.run(async () => {
      const data = await exportTemplates(ids);
      if (data.templates.length === 0) return 'There are no templates to export.';
      const fileName = templateExportFileName();
      downloadText(fileName, templateExportJson(data));
      return `Exported ${plural(data.templates.length, 'template')} to ${fileName}.`;
    });

  const [cancelled, setCancelled] = useState<string>();
  const report = (fileName: string, text: string, result: TemplateImportResult) => {
    setCancelled(undefined);
    setImported((previous) => ({ id: (previous?.id ?? 0) + 1, fileName, text, result }));
  };

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setImporting(true);
    try {
      if (file.size > MAX_IMPORT_FILE_CHARS) {
        report(file.name, '', { ok: false, errors: [{ message: 'The file is too large to be a goal template export (at most 5 MB).' }] });
      } else {
        const text = await file.text();
        report(file.name, text, await importTemplates(text));
      }
    } catch (error) {
      report(file.name, '', { ok: false, errors: [{ message: `The file could not be read (${String(error)}).` }] });
    } finally {
      setImporting(false);
      // Choosing the same file again (after fixing it) must fire another change.
      input.value = '';
    }
  }

  async function importWithChoices(choices: Record<string, TemplateConflictChoice>) {
    if (!imported) return;
    setImporting(true);
    try {
      report(imported.fileName, imported.text, await importTemplates(imported.text, undefined, choices));
    } finally {
      setImporting(false);
    }
  }

  return (
    <div class="transfer">
      <div class="row">
        <Button onClick={() => void exportIds(selectedIds)} disabled={selectedIds.length === 0 || exporting.busy}>
          Export selected ({selectedIds.length})
        </Button>
        <Button onClick={() => void exportIds('all-active')} disabled={exporting.busy}>
          Export all not archived
        </Button>
      </div>
      <div class="field file-field">
        <label for="templates-import-file">Import templates from a JSON file</label>
        <span id="templates-import-hint" class="hint">
          {importing ? 'Importing…' : 'All of the file is imported, or nothing if any template in it is invalid.'}
        </span>
        <input
          id="templates-import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="templates-import-hint"
          disabled={importing}
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </div>
      <ActionOutcome status={exporting.status} failedTitle="Nothing was exported." />
      {cancelled && <StatusLine>{cancelled}</StatusLine>}
      {imported?.result.conflicts ? (
        <TemplateImportChoices
          key={imported.id}
          fileName={imported.fileName}
          conflicts={imported.result.conflicts}
          busy={importing}
          onImport={(choices) => void importWithChoices(choices)}
          onCancel={() => {
            setImported(undefined);
            setCancelled(`Nothing was imported from “${isolate(imported.fileName)}”: your templates are as they were.`);
          }}
        />
      ) : (
        imported && <ImportReport key={imported.id} fileName={imported.fileName} result={imported.result} />
      )}
    </div>
  );
}

function ImportReport({ fileName, result }: { fileName: string; result: TemplateImportResult }) {
  if (!result.ok) {
    return (
      <ErrorMessage title={`Nothing was imported from “${isolate(fileName)}”.`}>
        <ul class="bullets import-errors">
          {result.errors.map((error, index) => (
            <li key={index} dir="auto">
              {describeImportError(error)}
            </li>
          ))}
        </ul>
      </ErrorMessage>
    );
  }
  const counts = (Object.keys(actionWords) as TemplateImportAction[])
    .map((action) => [action, result.outcomes.filter((outcome) => outcome.action === action).length] as const)
    .filter(([, count]) => count > 0)
    .map(([action, count]) => `${count} ${actionWords[action]}`);
  return (
    <div class="import-report">
      <StatusLine>
        Imported “<bdi>{fileName}</bdi>”: {counts.join(', ')}.
      </StatusLine>
      <ul class="bullets">
        {result.outcomes.map((outcome, index) => (
          <li key={index}>
            <bdi>{outcome.name}</bdi>: {actionWords[outcome.action]}
            {outcome.note ? ` (${outcome.note})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

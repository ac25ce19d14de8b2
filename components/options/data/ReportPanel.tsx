import { useState } from 'preact/hooks';
import { buildProgrammeReport } from '../../../lib/report/programme-report';
import { programmeReportCsv, programmeReportFileName, programmeReportJson } from '../../../lib/report/report-files';
import { Button } from '../../shared/Button';
import { downloadText } from '../../shared/download';
import { Field } from '../../shared/Field';
import { plural } from '../../shared/format';
import { ActionOutcome, Checkbox, useAction } from '../ui';

/** The consented, anonymisable report a programme coordinator evaluates the programme with. */
export function ReportPanel() {
  const [consent, setConsent] = useState(false);
  const [realNames, setRealNames] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const action = useAction();

  const exportReport = (kind: 'csv' | 'json') =>
    action.run(async () => {
      if (from && to && from > to) throw new Error('“From” must be on or before “To”.');
      const report = await buildProgrammeReport({ consent, realNames, ...(from ? { from } : {}), ...(to ? { to } : {}) });
      const fileName = programmeReportFileName(report, kind);
      if (kind === 'csv') downloadText(fileName, programmeReportCsv(report), 'text/csv;charset=utf-8');
      else downloadText(fileName, programmeReportJson(report));
      return `Exported the report of ${plural(report.pairings.length, 'pairing')} to ${fileName}${report.pairings.length === 0 ? ' (sample data is left out)' : ''}.`;
    });

  return (
    <div class="source-block" role="group" aria-labelledby="report-heading">
      <h3 id="report-heading">Programme report for your coordinator</h3>
      <p class="muted">
        Per pairing: sessions held, missed and cancelled, cadence health, average rating and its trend, goal categories and progress. No notes, feedback texts, goal
        titles or reflections; pairings are named by stable pseudonyms.
      </p>
      <Checkbox id="report-consent" label="I agree to give this report to my programme coordinator" checked={consent} onChange={setConsent} />
      <Checkbox id="report-names" label="Show pairing titles and people’s names instead of pseudonyms" checked={realNames} onChange={setRealNames} />
      <div class="grid-2">
        <Field id="report-from" label="From (optional)">
          <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </Field>
        <Field id="report-to" label="To (optional)">
          <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </Field>
      </div>
      <div class="row">
        <Button onClick={() => void exportReport('csv')} disabled={!consent || action.busy}>
          Report (CSV)
        </Button>
        <Button onClick={() => void exportReport('json')} disabled={!consent || action.busy}>
          Report (JSON)
        </Button>
      </div>
      <ActionOutcome status={action.status} failedTitle="No report was exported." />
    </div>
  );
}

import { useEffect } from 'preact/hooks';
import { placeWaitingRecapFocus } from '../../../lib/recap/recap-focus';
import { Section } from '../ui';
import { BackupPanel } from './BackupPanel';
import { DeletePanel } from './DeletePanel';
import { ExportsPanel } from './ExportsPanel';
import { RecapImportPanel } from './RecapImportPanel';
import { ReportPanel } from './ReportPanel';
import { RestorePanel } from './RestorePanel';

/** Options → Data: backup and restore, exports, the programme report, recaps from the other side, delete everything. */
export function DataSection() {
  useEffect(() => {
    placeWaitingRecapFocus().catch((error: unknown) => console.error('Mentoring Companion: could not place an agreed focus', error));
  }, []);
  return (
    <Section id="data" title="Data" intro="Your data stays on this computer. Keep a backup, export it, share a programme report, or delete it all.">
      <BackupPanel />
      <RestorePanel />
      <ExportsPanel />
      <RecapImportPanel />
      <ReportPanel />
      <DeletePanel />
    </Section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { prepareFirstRun } from '../../lib/demo/first-run-setup';
import { sendMessage } from '../../lib/messaging/api';
import { isolate } from '../../lib/text/bidi';
import { useSettingsTheme } from '../shared/use-theme';
import { CalendarSection } from './calendar/CalendarSection';
import { BackupReminderBanner } from '../shared/BackupReminderBanner';
import { DataSection } from './data/DataSection';
import { ResetNotice } from './data/DeletePanel';
import { DetectionSection } from './detection/DetectionSection';
import { PairingsSection, type PairingEditRequest } from './pairings/PairingsSection';
import { FeedbackQuestionsSection } from './settings/FeedbackQuestionsSection';
import { GooglePagesSection } from './pages/GooglePagesSection';
import { NotificationsSection } from './settings/NotificationsSection';
import { ThemeSection } from './settings/ThemeSection';
import { TemplatesSection } from './templates/TemplatesSection';
import { Welcome } from './Welcome';

const sections = [
  { id: 'pairings', title: 'Pairings' },
  { id: 'templates', title: 'Goal templates' },
  { id: 'calendar', title: 'Calendar source' },
  { id: 'detection', title: 'Detection' },
  { id: 'questions', title: 'Feedback questions' },
  { id: 'notifications', title: 'Notifications' },
  { id: 'pages', title: 'Calendar and Meet pages' },
  { id: 'theme', title: 'Theme' },
  { id: 'data', title: 'Data' },
];

export function OptionsApp() {
  useSettingsTheme();
  useEffect(() => {
    prepareFirstRun()
      .then(async ({ demoLoaded }) => {
        if (demoLoaded) await sendMessage('replanPrompts', undefined);
      })
      .catch((error: unknown) => console.error('Mentoring Companion: first-run setup failed', error));
  }, []);
  const [editRequest, setEditRequest] = useState<PairingEditRequest>();

  function openCreatedPairing(pairingId: string, title: string) {
    setEditRequest({ pairingId, note: `Created “${isolate(title)}” from the suggestion. Check its type, your role and cadence, then save.` });
    document.getElementById('pairings')?.focus();
  }

  return (
    <div class="options">
      <a class="skip-link" href="#options-main">
        Skip to content
      </a>
      <header class="options-header">
        <h1>Mentoring Companion options</h1>
        <p class="muted">Everything here is stored on this computer only.</p>
        <ResetNotice />
        <BackupReminderBanner onBackUp={() => document.getElementById('data')?.focus()} backUpHref="#data" />
      </header>
      <nav class="options-nav" aria-label="Options sections">
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="options-main" class="options-main" tabIndex={-1}>
        <Welcome />
        <PairingsSection editRequest={editRequest} />
        <TemplatesSection />
        <CalendarSection />
        <DetectionSection onPairingCreated={openCreatedPairing} />
        <FeedbackQuestionsSection />
        <NotificationsSection />
        <GooglePagesSection />
        <ThemeSection />
        <DataSection />
      </main>
    </div>
  );
}

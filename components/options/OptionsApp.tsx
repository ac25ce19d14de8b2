import { useEffect, useState } from 'preact/hooks';
import { prepareFirstRun } from '../../lib/demo/first-run-setup';
import { sendMessage } from '../../lib/messaging/api';
import { useSettingsTheme } from '../shared/use-theme';
import { CalendarSection } from './calendar/CalendarSection';
import { BackupReminderBanner } from '../shared/BackupReminderBanner';
import { DataSection } from './data/DataSection';
import { ResetNotice } from './data/DeletePanel';
import { DetectionSection } from './detection/DetectionSection';
import { PairingsSection, type PairingEditRequest } from './pairings/PairingsSection';
import { FeedbackQuestionsSection } from './settings/FeedbackQuestionsSection';
import { NotificationsSection } from './settings/NotificationsSection';
import { ThemeSection } from './settings/ThemeSection';
import { TemplatesSection } from './templates/TemplatesSection';

const sections = [
  { id: 'pairings', title: 'Pairings' },
  { id: 'templates', title: 'Goal templates' },
  { id: 'calendar', title: 'Calendar source' },
  { id: 'detection', title: 'Detection' },
  { id: 'questions', title: 'Feedback questions' },
  { id: 'notifications', title: 'Notifications' },
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
    setEditRequest({ pairingId, note: `Created “${title}” from the suggestion. Check its type, your role and cadence, then save.` });
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
      <main id="options-main" class="options-main">
        <PairingsSection editRequest={editRequest} />
        <TemplatesSection />
        <CalendarSection />
        <DetectionSection onPairingCreated={openCreatedPairing} />
        <FeedbackQuestionsSection />
        <NotificationsSection />
        <ThemeSection />
        <DataSection />
      </main>
    </div>
  );
}

import { getDatabase } from '../../../lib/db/database';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { messageOf } from '../../../lib/text/error-message';
import { useLiveQuery } from '../../shared/use-live-query';
import { Section } from '../ui';
import { useSettings } from '../use-settings';
import { DemoData } from './DemoData';
import { GoogleAccount } from './GoogleAccount';
import { IcsCalendars } from './IcsCalendars';
import { SelfEmailForm } from './SelfEmailForm';
import { SyncSettingsForm } from './SyncSettingsForm';
import { SyncStatusList } from './SyncStatusList';

export function CalendarSection() {
  const settings = useSettings();
  // Calendars whose copies a sign-out kept are no longer Google's to sync: they do not make the account "connected".
  const google = useLiveQuery(() => getDatabase().syncStates.filter((state) => state.source === 'google' && !state.stoppedAt).toArray(), []);
  const googleCalendars = google.status === 'ready' ? google.value : [];
  return (
    <Section id="calendar" title="Calendar source" intro="Where your meetings come from. Events are copied to this computer only.">
      {settings.status === 'error' && <ErrorMessage title="The settings could not be read.">{messageOf(settings.error)}</ErrorMessage>}
      {settings.status === 'ready' && <SelfEmailForm settings={settings.value} />}
      <GoogleAccount
        connected={(settings.status === 'ready' && settings.value.calendarSource === 'google') || googleCalendars.length > 0}
        calendars={googleCalendars}
      />
      <IcsCalendars />
      <DemoData />
      <SyncStatusList />
      {settings.status === 'ready' && <SyncSettingsForm settings={settings.value} />}
    </Section>
  );
}

import { ErrorMessage } from '../../shared/ErrorMessage';
import { messageOf } from '../../../lib/text/error-message';
import { Section } from '../ui';
import { useSettings } from '../use-settings';
import { DetectionSettingsForm } from './DetectionSettingsForm';
import { SuggestionsList } from './SuggestionsList';

export function DetectionSection({ onPairingCreated }: { onPairingCreated: (pairingId: string, title: string) => void }) {
  const settings = useSettings();
  return (
    <Section id="detection" title="Detection" intro="How the extension recognises mentoring sessions among your calendar events.">
      {settings.status === 'error' && <ErrorMessage title="The settings could not be read.">{messageOf(settings.error)}</ErrorMessage>}
      {settings.status === 'ready' && <DetectionSettingsForm settings={settings.value} />}
      <SuggestionsList onPairingCreated={onPairingCreated} />
    </Section>
  );
}

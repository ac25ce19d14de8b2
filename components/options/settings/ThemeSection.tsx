import { useState } from 'preact/hooks';
import type { Settings } from '../../../lib/model';
import { updateSettings } from '../../../lib/settings/settings-store';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { messageOf } from '../../../lib/text/error-message';
import { ActionOutcome, Section, useAction } from '../ui';
import { useSettings } from '../use-settings';

const themes: { value: Settings['theme']; label: string }[] = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Applies at once, to every page of the extension. */
export function ThemeSection() {
  const settings = useSettings();
  const action = useAction();
  // The choice shows at once; the stored setting (and every other page) follows when it is written.
  const [chosen, setChosen] = useState<Settings['theme']>();
  const choose = (theme: Settings['theme']) => {
    setChosen(theme);
    void action.run(async () => {
      try {
        await updateSettings((current) => ({ ...current, theme }));
      } catch (error) {
        setChosen(undefined);
        throw error;
      }
      return undefined;
    });
  };
  return (
    <Section id="theme" title="Theme">
      {settings.status === 'error' && <ErrorMessage title="The settings could not be read.">{messageOf(settings.error)}</ErrorMessage>}
      {settings.status === 'ready' && (
        <fieldset>
          <legend>Colours</legend>
          {themes.map((theme) => (
            <label key={theme.value} class="radio">
              <input type="radio" name="theme" value={theme.value} checked={(chosen ?? settings.value.theme) === theme.value} onChange={() => choose(theme.value)} />
              {theme.label}
            </label>
          ))}
        </fieldset>
      )}
      <ActionOutcome status={action.status} failedTitle="The theme was not changed." />
    </Section>
  );
}

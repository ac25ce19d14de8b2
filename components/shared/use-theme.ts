import { useEffect } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { getSettings } from '../../lib/settings/settings-store';

/** Applies settings.theme to the page: "light" or "dark" pin it, "system" follows the OS. */
export function useSettingsTheme(): void {
  useEffect(() => {
    const subscription = liveQuery(() => getSettings()).subscribe({
      next: (settings) => applyTheme(settings.theme),
      // Unreadable settings leave the system theme, which is always legible.
      error: () => applyTheme('system'),
    });
    return () => subscription.unsubscribe();
  }, []);
}

function applyTheme(theme: 'system' | 'light' | 'dark'): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

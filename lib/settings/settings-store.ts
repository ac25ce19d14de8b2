import { getDatabase, type MentoringDatabase } from '../db/database';
import { defaultSettings, settingsSchema, type Settings } from '../model';
import { validate } from '../model/validation';

/** The user's settings; defaults until the user changes something. */
export async function getSettings(db: MentoringDatabase = getDatabase()): Promise<Settings> {
  const record = await db.settings.get('app');
  if (!record) return structuredClone(defaultSettings);
  // Settings written by an older version may lack newer fields: fill them from the defaults.
  return validate(settingsSchema, 'settings', { ...defaultSettings, ...record.value });
}

/** Applies `change` to the current settings atomically; an invalid result is refused and nothing is written. */
export async function updateSettings(
  change: (current: Settings) => Settings,
  db: MentoringDatabase = getDatabase(),
): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = validate(settingsSchema, 'settings', change(await getSettings(db)));
    await db.settings.put({ key: 'app', value: next });
    return next;
  });
}

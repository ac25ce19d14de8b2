import { z } from '../../model';
import type { StorageAreaLike } from '../google/auth';
import type { GoogleCalendarRef } from './google-sync';

/** The Google calendars the user chose to sync (the primary one unless they add others), in extension storage. */
const KEY = 'googleCalendars.selected';

const selectedSchema = z.array(
  z.object({
    calendarId: z.string().check(z.minLength(1), z.maxLength(1_024)),
    label: z.string().check(z.maxLength(300)),
  }),
);

export const PRIMARY_CALENDAR: GoogleCalendarRef = { calendarId: 'primary', label: 'Primary calendar' };

export async function selectedGoogleCalendars(storage: StorageAreaLike): Promise<GoogleCalendarRef[]> {
  const parsed = selectedSchema.safeParse((await storage.get(KEY))[KEY]);
  return parsed.success ? parsed.data : [];
}

export async function saveSelectedGoogleCalendars(storage: StorageAreaLike, calendars: GoogleCalendarRef[]): Promise<void> {
  const unique = new Map(calendars.map((calendar) => [calendar.calendarId, { ...calendar, label: calendar.label.slice(0, 300) }]));
  await storage.set({ [KEY]: [...unique.values()] });
}

export async function forgetSelectedGoogleCalendars(storage: StorageAreaLike): Promise<void> {
  await storage.remove(KEY);
}

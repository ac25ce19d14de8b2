import { readValid, selectedGoogleCalendarsSchema, type SelectedGoogleCalendars, type StoredValue } from '../../storage/storage-items';
import type { GoogleCalendarRef } from './google-sync';

/** The Google calendars the user chose to sync (the primary one unless they add others), in extension storage. */
export type SelectedCalendarsItem = StoredValue<SelectedGoogleCalendars>;

export const PRIMARY_CALENDAR: GoogleCalendarRef = { calendarId: 'primary', label: 'Primary calendar' };

export async function selectedGoogleCalendars(item: SelectedCalendarsItem): Promise<GoogleCalendarRef[]> {
  return (await readValid(item, selectedGoogleCalendarsSchema)) ?? [];
}

export async function saveSelectedGoogleCalendars(item: SelectedCalendarsItem, calendars: GoogleCalendarRef[]): Promise<void> {
  const unique = new Map(calendars.map((calendar) => [calendar.calendarId, { ...calendar, label: calendar.label.slice(0, 300) }]));
  await item.setValue([...unique.values()]);
}

export async function forgetSelectedGoogleCalendars(item: SelectedCalendarsItem): Promise<void> {
  await item.removeValue();
}

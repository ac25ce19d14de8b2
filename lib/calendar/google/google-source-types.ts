import type { MentoringDatabase } from '../../db/database';
import type { CalendarSource, SyncSummary } from '../source';
import type { GoogleAuth } from './auth';
import type { BackoffOptions } from './backoff';
import type { SelectedCalendarsItem } from './google-calendars';
import type { SyncLease } from './lease';

export interface GoogleSourceDeps {
  db: MentoringDatabase;
  auth: GoogleAuth;
  /** The chosen calendars (local storage, so they survive restarts). */
  selectedCalendars: SelectedCalendarsItem;
  lease: SyncLease;
  /** Tests point these at a fake or the emulator; the product uses the real fetch and Google's address. */
  fetch?: typeof fetch;
  baseUrl?: string;
  backoff?: Partial<BackoffOptions>;
  now?: () => Date;
  /** How long sign-out waits for another context's sync to let go of the lease. */
  leaseWaitMs?: number;
}

/** Sign-out always forgets the tokens here; revoking them at Google is best effort. */
export interface SignOutResult {
  revoked: boolean;
  revokeProblem?: string;
}

export interface GoogleCalendarChoice {
  calendarId: string;
  label: string;
  primary: boolean;
  selected: boolean;
}

/** Google Calendar as a calendar source, plus what only Google has: an account and a choice of calendars. */
/** The requests only Google answers, as the pages send them. */
export interface GoogleRequests {
  signInGoogle(): Promise<{ calendarKey: string }>;
  signOutGoogle(data: { keepData: boolean }): Promise<SignOutResult>;
  listGoogleCalendars(): Promise<{ calendars: GoogleCalendarChoice[] }>;
  addGoogleCalendar(data: { calendarId: string; label?: string }): Promise<{ calendarKey: string }>;
}

export interface GoogleSource extends CalendarSource<GoogleRequests> {
  readonly kind: 'google';
  /** A sync that starts after the running one (if any): for changes it may have read too early, such as a calendar added meanwhile. */
  syncAfterCurrent(): Promise<SyncSummary>;
  /** Resolves once no sync is running or queued here, and its bookkeeping and listeners are done. */
  idle(): Promise<void>;
  /** Interactive sign-in; the first sync starts at once and runs on after this returns. */
  signIn(): Promise<{ calendarKey: string }>;
  /** Forgets (and revokes) the tokens and stops syncing; the synced copies are kept or deleted. */
  signOut(keepData: boolean): Promise<SignOutResult>;
  /** The user's Google calendars to choose from; asks once for the calendar-list scope. */
  listAvailableCalendars(): Promise<GoogleCalendarChoice[]>;
  /** Adds a calendar to the sync (its id from the calendar list, or one the user typed) and syncs it. */
  addCalendar(calendarId: string, label?: string): Promise<{ calendarKey: string }>;
}

/** The calendar-list permission was refused (declined, or unticked on Google's consent page). */
export const CALENDAR_LIST_REFUSED =
  'Google did not allow the extension to see your list of calendars, so no other calendar can be chosen. Your primary calendar keeps syncing. To choose calendars, try again and allow seeing your list of Google calendars.';

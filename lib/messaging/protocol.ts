import { z } from 'zod/mini';
import type { GoogleCalendarChoice, SignOutResult } from '../calendar/google/google-source-types';
import type { IcsImportSummary } from '../calendar/ics/ics-sync';
import type { SyncSummary } from '../calendar/source';
import type { CalendarMark } from '../google-pages/calendar-marks';
import type { MeetCallAnswer } from '../google-pages/meet-calls';
import { idSchema, MEETING_CODE_PATTERN } from '../model';

const meetCodeSchema = z.string().check(z.regex(MEETING_CODE_PATTERN, 'must be a Meet meeting code'));
/** The most event elements one Calendar page asks about at once (a busy month is a few hundred). */
const MAX_MARKS_PER_REQUEST = 1_000;

export type { GoogleCalendarChoice, IcsImportSummary, SignOutResult, SyncSummary };

/**
 * Every message a page sends to the background, with the zod schema of its data. The background
 * validates data against these schemas before a handler sees it (see register.ts), so a handler
 * may trust its argument; the return types are checked by TypeScript end to end.
 */
export const messageDataSchemas = {
  syncNow: z.undefined(),
  signInGoogle: z.undefined(),
  signOutGoogle: z.object({ keepData: z.boolean() }),
  importIcsFile: z.object({
    fileName: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(300)),
    text: z.string().check(z.maxLength(20_000_000, 'is too large (over 20 MB)')),
  }),
  addIcsUrl: z.object({ url: z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }) }),
  removeCalendar: z.object({ calendarKey: idSchema, keepData: z.boolean() }),
  listGoogleCalendars: z.undefined(),
  addGoogleCalendar: z.object({
    calendarId: z.string().check(z.minLength(1), z.maxLength(1024)),
    label: z.optional(z.string().check(z.maxLength(300))),
  }),
  openFeedback: z.object({ sessionId: idSchema }),
  decideDetection: z.object({
    seriesId: idSchema,
    verdict: z.enum(['mentoring', 'not-mentoring']),
    pairingId: z.optional(idSchema),
  }),
  replanPrompts: z.undefined(),
  // From the Calendar and Meet pages' content scripts.
  // Event elements as the page script decoded their data-eventid.
  calendarMarks: z.object({
    events: z
      .array(z.object({ elementId: z.string().check(z.maxLength(2_048)), eventId: idSchema, calendar: z.optional(z.string().check(z.maxLength(320))) }))
      .check(z.maxLength(MAX_MARKS_PER_REQUEST)),
  }),
  openPanel: z.object({ sessionId: z.optional(idSchema), meetCode: z.optional(meetCodeSchema) }),
  meetCall: z.object({
    code: meetCodeSchema,
    state: z.enum(['present', 'in-call', 'left']),
    openedAt: z.number().check(z.int(), z.minimum(0)),
  }),
  linkMeetCall: z.object({ code: meetCodeSchema, pairingId: idSchema }),
  refreshSuggestions: z.undefined(),
} as const;

export type MessageName = keyof typeof messageDataSchemas;
export type MessageData<N extends MessageName> = z.infer<(typeof messageDataSchemas)[N]>;

export interface MessageResults {
  syncNow: SyncSummary;
  signInGoogle: { calendarKey: string };
  signOutGoogle: SignOutResult;
  importIcsFile: IcsImportSummary;
  addIcsUrl: IcsImportSummary;
  removeCalendar: void;
  listGoogleCalendars: { calendars: GoogleCalendarChoice[] };
  addGoogleCalendar: { calendarKey: string };
  openFeedback: void;
  decideDetection: void;
  replanPrompts: { alarms: number };
  calendarMarks: { marks: CalendarMark[] };
  openPanel: void;
  meetCall: MeetCallAnswer;
  linkMeetCall: MeetCallAnswer;
  refreshSuggestions: { suggestions: number };
}

/** The @webext-core/messaging protocol map derived from the two tables above. */
export type ProtocolMap = {
  [N in MessageName]: (data: MessageData<N>) => MessageResults[N];
};

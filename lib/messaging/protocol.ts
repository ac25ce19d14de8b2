import { z } from 'zod/mini';
import { idSchema } from '../model';

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
  refreshSuggestions: z.undefined(),
} as const;

export type MessageName = keyof typeof messageDataSchemas;
export type MessageData<N extends MessageName> = z.infer<(typeof messageDataSchemas)[N]>;

export interface SyncSummary {
  calendars: number;
  added: number;
  updated: number;
  removed: number;
  skipped: number;
  errors: string[];
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

export interface MessageResults {
  syncNow: SyncSummary;
  signInGoogle: { calendarKey: string };
  signOutGoogle: SignOutResult;
  importIcsFile: { calendarKey: string; events: number; skipped: number };
  addIcsUrl: { calendarKey: string; events: number; skipped: number };
  removeCalendar: void;
  listGoogleCalendars: { calendars: GoogleCalendarChoice[] };
  addGoogleCalendar: { calendarKey: string };
  openFeedback: void;
  decideDetection: void;
  replanPrompts: { alarms: number };
  refreshSuggestions: { suggestions: number };
}

/** The @webext-core/messaging protocol map derived from the two tables above. */
export type ProtocolMap = {
  [N in MessageName]: (data: MessageData<N>) => MessageResults[N];
};

import { MEETING_CODE_PATTERN } from './meeting-code';
import { idSchema, isoDateTimeSchema, shortTextSchema, MAX_USER_TEXT_LENGTH, userTextSchema, utcDateTimeSchema, z } from './common';

/**
 * Live notes hold MAX_USER_TEXT_LENGTH characters; what is typed or pasted beyond that is kept aside, up to
 * this many more characters, until the user shortens the notes, copies it or lets it go.
 */
export const MAX_NOTES_OVERFLOW_LENGTH = 5 * MAX_USER_TEXT_LENGTH;

/** The most points on one session's agenda. */
export const MAX_AGENDA_POINTS = 100;

const sessionStatuses = ['scheduled', 'held', 'rescheduled', 'missed', 'cancelled'] as const;
export const sessionStatusSchema = z.enum(sessionStatuses);

export const agendaItemSchema = z.object({
  id: idSchema,
  text: shortTextSchema,
  /** Carried over from an open action item, or the user's own point. */
  origin: z.enum(['carried-over', 'mine']),
  actionItemId: z.optional(idSchema),
  done: z.boolean(),
});

const calendarLinkSchema = z.object({
  eventKey: idSchema,
  eventId: idSchema,
  seriesId: idSchema,
  /** The Google Meet call (its code lets the panel follow the call in the active tab). */
  meetLink: z.optional(z.string().check(z.maxLength(2_000))),
  /** How to join the call, whatever it is (Meet, Zoom, Teams): https only, checked again where it is shown. */
  joinLink: z.optional(z.string().check(z.maxLength(2_000))),
  /** The event's title when last seen; kept so history reads well after the event disappears. */
  title: z.string().check(z.maxLength(1_000)),
  /** False once the event vanished from the calendar; the session and its notes stay. */
  present: z.boolean(),
});

const feedbackPromptSchema = z.object({
  state: z.enum(['pending', 'snoozed', 'dismissed', 'done']),
  snoozedUntil: z.optional(isoDateTimeSchema),
  notifiedAt: z.optional(isoDateTimeSchema),
});

/**
 * The Google Meet call of the session as the Meet page saw it: when the user was first and last
 * seen in it, and when they left. The feedback prompt follows the call's real end.
 */
export const sessionCallSchema = z.object({
  meetCode: z.string().check(z.regex(MEETING_CODE_PATTERN, 'must be a Meet meeting code')),
  joinedAt: isoDateTimeSchema,
  lastSeenAt: isoDateTimeSchema,
  leftAt: z.optional(isoDateTimeSchema),
});

export const sessionSchema = z
  .object({
    id: idSchema,
    pairingId: idSchema,
    /** Stored in UTC: the indexes over start sort by time. */
    start: utcDateTimeSchema,
    end: utcDateTimeSchema,
    status: sessionStatusSchema,
    calendar: z.optional(calendarLinkSchema),
    agenda: z.array(agendaItemSchema).check(z.maxLength(MAX_AGENDA_POINTS)),
    notes: userTextSchema,
    /** Text past the end of the notes that did not fit: not part of the notes, not lost either. */
    notesOverflow: z.optional(z.string().check(z.maxLength(MAX_NOTES_OVERFLOW_LENGTH))),
    detection: z.object({
      confidence: z.number().check(z.minimum(0), z.maximum(1)),
      reasons: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(20)),
    }),
    /** Where the "how did it go?" prompt stands for this session. */
    feedbackPrompt: z.optional(feedbackPromptSchema),
    call: z.optional(sessionCallSchema),
    isDemo: z.boolean(),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
  })
  .check(
    z.refine((session) => Date.parse(session.end) >= Date.parse(session.start), {
      path: ['end'],
      message: 'ends before it starts',
    }),
  );

export type SessionStatus = z.infer<typeof sessionStatusSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type SessionCall = z.infer<typeof sessionCallSchema>;
export type Session = z.infer<typeof sessionSchema>;

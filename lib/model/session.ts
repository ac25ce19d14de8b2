import { idSchema, isoDateTimeSchema, shortText, userTextSchema, utcDateTimeSchema, z } from './common';

export const sessionStatuses = ['scheduled', 'held', 'rescheduled', 'missed', 'cancelled'] as const;
export const sessionStatusSchema = z.enum(sessionStatuses);

export const agendaItemSchema = z.object({
  id: idSchema,
  text: shortText({ required: true }),
  /** Carried over from an open action item, or the user's own point. */
  origin: z.enum(['carried-over', 'mine']),
  actionItemId: z.optional(idSchema),
  done: z.boolean(),
});

export const calendarLinkSchema = z.object({
  eventKey: idSchema,
  eventId: idSchema,
  seriesId: idSchema,
  meetLink: z.optional(z.string().check(z.maxLength(2_000))),
  /** The event's title when last seen; kept so history reads well after the event disappears. */
  title: z.string().check(z.maxLength(1_000)),
  /** False once the event vanished from the calendar; the session and its notes stay. */
  present: z.boolean(),
});

export const feedbackPromptSchema = z.object({
  state: z.enum(['pending', 'snoozed', 'dismissed', 'done']),
  snoozedUntil: z.optional(isoDateTimeSchema),
  notifiedAt: z.optional(isoDateTimeSchema),
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
    agenda: z.array(agendaItemSchema).check(z.maxLength(100)),
    notes: userTextSchema,
    detection: z.object({
      confidence: z.number().check(z.minimum(0), z.maximum(1)),
      reasons: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(20)),
    }),
    /** Where the "how did it go?" prompt stands for this session. */
    feedbackPrompt: z.optional(feedbackPromptSchema),
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
export type CalendarLink = z.infer<typeof calendarLinkSchema>;
export type FeedbackPrompt = z.infer<typeof feedbackPromptSchema>;
export type Session = z.infer<typeof sessionSchema>;

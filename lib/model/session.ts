import { z } from 'zod';
import { idSchema, isoDateTimeSchema, shortTextSchema, userTextSchema } from './common';

export const sessionStatuses = ['scheduled', 'held', 'rescheduled', 'missed', 'cancelled'] as const;
export const sessionStatusSchema = z.enum(sessionStatuses);

export const agendaItemSchema = z.object({
  id: idSchema,
  text: shortTextSchema.min(1, 'must not be empty'),
  /** Carried over from an open action item, or the user's own point. */
  origin: z.enum(['carried-over', 'mine']),
  actionItemId: idSchema.optional(),
  done: z.boolean(),
});

export const calendarLinkSchema = z.object({
  eventKey: idSchema,
  eventId: idSchema,
  seriesId: idSchema,
  meetLink: z.string().max(2_000).optional(),
  /** The event's title when last seen; kept so history reads well after the event disappears. */
  title: z.string().max(1_000),
  /** False once the event vanished from the calendar; the session and its notes stay. */
  present: z.boolean(),
});

export const sessionSchema = z
  .object({
    id: idSchema,
    pairingId: idSchema,
    start: isoDateTimeSchema,
    end: isoDateTimeSchema,
    status: sessionStatusSchema,
    calendar: calendarLinkSchema.optional(),
    agenda: z.array(agendaItemSchema).max(100),
    notes: userTextSchema,
    detection: z.object({
      confidence: z.number().min(0).max(1),
      reasons: z.array(z.string().max(500)).max(20),
    }),
    /** When the user last acted on the "how did it go?" prompt (submitted, dismissed or snoozed until). */
    feedbackPrompt: z
      .object({
        state: z.enum(['pending', 'snoozed', 'dismissed', 'done']),
        snoozedUntil: isoDateTimeSchema.optional(),
        notifiedAt: isoDateTimeSchema.optional(),
      })
      .optional(),
    isDemo: z.boolean(),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
  })
  .refine((session) => Date.parse(session.end) >= Date.parse(session.start), {
    path: ['end'],
    message: 'ends before it starts',
  });

export type SessionStatus = z.infer<typeof sessionStatusSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type CalendarLink = z.infer<typeof calendarLinkSchema>;
export type Session = z.infer<typeof sessionSchema>;

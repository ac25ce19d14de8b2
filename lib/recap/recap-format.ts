import {
  emailSchema,
  goalCategorySchema,
  goalStatusSchema,
  idSchema,
  integer,
  isoDateSchema,
  isoDateTimeSchema,
  myRoleSchema,
  pairingTypeSchema,
  personSchema,
  sessionStatusSchema,
  shortTextSchema,
  CADENCE_DAYS,
  PROGRESS_PERCENT,
  MAX_PARTICIPANTS,
  MAX_AGENDA_POINTS,
  MAX_MILESTONES,
  MAX_SHORT_TEXT_LENGTH,
  userTextSchema,
  z,
} from '../model';

import { MAX_RECAP_ACTION_ITEMS, MAX_RECAP_GOALS, RECAP_FORMAT, RECAP_VERSION } from './recap-constants';

export { MAX_RECAP_FILE_CHARS, RECAP_FORMAT, RECAP_VERSION } from './recap-constants';

/** Whose an action item or goal is, seen from the person who shared the recap. */
const sideSchema = z.enum(['sender', 'recipient']);

/**
 * What one side shares with the other after a session: only what the two agreed. Never notes,
 * the private reflection, what went well or was hard, ratings or answers to custom questions;
 * this schema has no place for them, and parsing with it drops anything else.
 */
export const recapContentSchema = z.object({
  pairing: z.object({
    title: shortTextSchema,
    type: pairingTypeSchema,
    senderRole: myRoleSchema,
    cadenceDays: integer(CADENCE_DAYS),
    /** The other side as the sender knows them: the recipient, and in a circle the others too. */
    participants: z.array(personSchema).check(z.minLength(1, 'needs at least one person'), z.maxLength(MAX_PARTICIPANTS)),
  }),
  session: z.object({
    /** The sender's session id: with the sender's address, what makes a recap the same recap. */
    id: idSchema,
    start: isoDateTimeSchema,
    end: isoDateTimeSchema,
    status: sessionStatusSchema,
    title: z.string().check(z.maxLength(1_000)),
    /** Google gives every attendee the same event and series ids: the recipient finds the session by them. */
    eventId: z.optional(idSchema),
    seriesId: z.optional(idSchema),
  }),
  agendaCovered: z.array(shortTextSchema).check(z.maxLength(MAX_AGENDA_POINTS)),
  actionItems: z
    .array(
      z.object({
        id: idSchema,
        text: shortTextSchema,
        owner: sideSchema,
        /** In a circle, the member of the recipient's side who owns it (the sender's own items name no one). */
        ownerEmail: z.optional(emailSchema),
        due: z.optional(isoDateSchema),
        done: z.boolean(),
      }),
    )
    .check(z.maxLength(MAX_RECAP_ACTION_ITEMS)),
  nextFocus: userTextSchema,
  goals: z
    .array(
      z.object({
        title: shortTextSchema,
        category: goalCategorySchema,
        owner: sideSchema,
        progress: integer(PROGRESS_PERCENT),
        status: goalStatusSchema,
        milestones: z.array(z.object({ title: shortTextSchema, done: z.boolean() })).check(z.maxLength(MAX_MILESTONES)),
      }),
    )
    .check(z.maxLength(MAX_RECAP_GOALS)),
});

export const recapFileSchema = z.object({
  format: z.literal(RECAP_FORMAT),
  version: z.literal(RECAP_VERSION),
  createdAt: isoDateTimeSchema,
  from: z.object({ email: emailSchema, name: z.optional(z.string().check(z.trim(), z.maxLength(MAX_SHORT_TEXT_LENGTH))) }),
  ...recapContentSchema.shape,
});

export type RecapContent = z.infer<typeof recapContentSchema>;
export type RecapFile = z.infer<typeof recapFileSchema>;

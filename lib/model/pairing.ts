import { emailSchema, idSchema, integer, isoDateTimeSchema, shortTextSchema, z, type Bounds } from './common';

/** The agreed rhythm between sessions, in days. */
export const CADENCE_DAYS: Bounds = { min: 1, max: 365 };
/** The most people on the other side of one pairing. */
export const MAX_PARTICIPANTS = 50;

export const pairingTypes = ['one-on-one', 'reverse', 'high-potential', 'group', 'peer'] as const;
export const pairingTypeSchema = z.enum(pairingTypes);

export const myRoles = ['mentor', 'mentee'] as const;
export const myRoleSchema = z.enum(myRoles);

export const pairingStatuses = ['active', 'paused', 'closed'] as const;
export const pairingStatusSchema = z.enum(pairingStatuses);

export const personSchema = z.object({
  email: emailSchema,
  name: shortTextSchema,
});

/** The pairing's fields without its cross-field rules, for forms that pick some of them. */
export const pairingFieldsSchema = z.object({
  id: idSchema,
  title: shortTextSchema,
  type: pairingTypeSchema,
  myRole: myRoleSchema,
  /** The other side of the pairing; never the user. */
  participants: z.array(personSchema).check(z.minLength(1, 'needs at least one person'), z.maxLength(MAX_PARTICIPANTS)),
  /** Agreed rhythm in days between sessions (14 = every two weeks). */
  cadenceDays: integer(CADENCE_DAYS),
  status: pairingStatusSchema,
  /** Recurring event ids the user confirmed as this pairing's sessions. */
  seriesIds: z.array(idSchema),
  /** Extra words this pairing's events use, counted as mentoring wording. */
  keywords: z.array(shortTextSchema),
  isDemo: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

/** A group needs two people or more; nobody is listed twice. */
export const pairingPeopleRule = z.superRefine((pairing: { type: PairingType; participants: Person[] }, ctx) => {
  if (pairing.type === 'group' && pairing.participants.length < 2) {
    ctx.addIssue({ code: 'custom', path: ['participants'], message: 'a group pairing needs at least two people' });
  }
  const emails = pairing.participants.map((person) => person.email);
  if (new Set(emails).size !== emails.length) {
    ctx.addIssue({ code: 'custom', path: ['participants'], message: 'lists the same person twice' });
  }
});

export const pairingSchema = pairingFieldsSchema.check(pairingPeopleRule);

export type PairingType = z.infer<typeof pairingTypeSchema>;
export type MyRole = z.infer<typeof myRoleSchema>;
export type PairingStatus = z.infer<typeof pairingStatusSchema>;
export type Person = z.infer<typeof personSchema>;
export type Pairing = z.infer<typeof pairingSchema>;

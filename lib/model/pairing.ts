import { emailSchema, idSchema, integer, isoDateTimeSchema, shortText, z } from './common';

export const pairingTypes = ['one-on-one', 'reverse', 'high-potential', 'group', 'peer'] as const;
export const pairingTypeSchema = z.enum(pairingTypes);

export const myRoles = ['mentor', 'mentee'] as const;
export const myRoleSchema = z.enum(myRoles);

export const pairingStatusSchema = z.enum(['active', 'paused', 'closed']);

export const personSchema = z.object({
  email: emailSchema,
  name: shortText({ required: true }),
});

export const pairingSchema = z
  .object({
    id: idSchema,
    title: shortText({ required: true }),
    type: pairingTypeSchema,
    myRole: myRoleSchema,
    /** The other side of the pairing; never the user. */
    participants: z.array(personSchema).check(z.minLength(1, 'needs at least one person'), z.maxLength(50)),
    /** Agreed rhythm in days between sessions (14 = every two weeks). */
    cadenceDays: integer(1, 365),
    status: pairingStatusSchema,
    /** Recurring event ids the user confirmed as this pairing's sessions. */
    seriesIds: z.array(idSchema),
    /** Extra words this pairing's events use, counted as mentoring wording. */
    keywords: z.array(shortText({ required: true })),
    isDemo: z.boolean(),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
  })
  .check(
    z.superRefine((pairing, ctx) => {
      if (pairing.type === 'group' && pairing.participants.length < 2) {
        ctx.addIssue({ code: 'custom', path: ['participants'], message: 'a group pairing needs at least two people' });
      }
      const emails = pairing.participants.map((person) => person.email);
      if (new Set(emails).size !== emails.length) {
        ctx.addIssue({ code: 'custom', path: ['participants'], message: 'lists the same person twice' });
      }
    }),
  );

export type PairingType = z.infer<typeof pairingTypeSchema>;
export type MyRole = z.infer<typeof myRoleSchema>;
export type PairingStatus = z.infer<typeof pairingStatusSchema>;
export type Person = z.infer<typeof personSchema>;
export type Pairing = z.infer<typeof pairingSchema>;

import { emailSchema, idSchema, isoDateSchema, isoDateTimeSchema, shortText, z } from './common';

/** Whose commitment it is: the user's, or the other side's. */
export const actionItemOwners = ['me', 'them'] as const;
export const actionItemOwnerSchema = z.enum(actionItemOwners);

/**
 * The owner of an action item, as stored on the item and on the feedback that created it. In a group
 * pairing "them" is one member: `ownerEmail` names which (one of the pairing's participants).
 */
export const actionItemOwnership = {
  owner: actionItemOwnerSchema,
  ownerEmail: z.optional(emailSchema),
};

export const actionItemSchema = z.object({
  id: idSchema,
  pairingId: idSchema,
  /** The session it was agreed in, if any. */
  sessionId: z.optional(idSchema),
  text: shortText({ required: true }),
  ...actionItemOwnership,
  due: z.optional(isoDateSchema),
  /** An enum rather than a boolean so IndexedDB can index open items by pairing. */
  status: z.enum(['open', 'done']),
  doneAt: z.optional(isoDateTimeSchema),
  isDemo: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export type ActionItem = z.infer<typeof actionItemSchema>;
export type ActionItemOwner = z.infer<typeof actionItemOwnerSchema>;

import { idSchema, isoDateSchema, isoDateTimeSchema, shortTextSchema, sideSchema, z } from './common';

export const actionItemSchema = z.object({
  id: idSchema,
  pairingId: idSchema,
  /** The session it was agreed in, if any. */
  sessionId: z.optional(idSchema),
  text: shortTextSchema,
  owner: sideSchema,
  due: z.optional(isoDateSchema),
  /** An enum rather than a boolean so IndexedDB can index open items by pairing. */
  status: z.enum(['open', 'done']),
  doneAt: z.optional(isoDateTimeSchema),
  isDemo: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export type ActionItem = z.infer<typeof actionItemSchema>;

import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, shortTextSchema } from './common';

export const actionItemSchema = z.object({
  id: idSchema,
  pairingId: idSchema,
  /** The session it was agreed in, if any. */
  sessionId: idSchema.optional(),
  text: shortTextSchema.min(1, 'must not be empty'),
  owner: z.enum(['me', 'them']),
  due: isoDateSchema.optional(),
  /** An enum rather than a boolean so IndexedDB can index open items by pairing. */
  status: z.enum(['open', 'done']),
  doneAt: isoDateTimeSchema.optional(),
  isDemo: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export type ActionItem = z.infer<typeof actionItemSchema>;

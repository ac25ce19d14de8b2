import { idSchema, isoDateTimeSchema, userTextSchema, z } from './common';

/**
 * A recap from the other side, once imported: it makes a second import of the same recap a no-op,
 * and holds the agreed focus until an upcoming session of the pairing can take it on its agenda.
 */
export const recapImportSchema = z.object({
  /** `${the sender's address}|${the sender's session id}`: one record per shared session and sender. */
  id: idSchema,
  pairingId: idSchema,
  /** The session the recap is about (its start on the sender's calendar). */
  sessionStart: isoDateTimeSchema,
  focus: userTextSchema,
  /** The upcoming session whose agenda took the focus; unset while none was found yet. */
  focusSessionId: z.optional(idSchema),
  importedAt: isoDateTimeSchema,
});

export type RecapImport = z.infer<typeof recapImportSchema>;

import { emailSchema, idSchema, isoDateTimeSchema, userTextSchema, z } from './common';

/** Action items one recap can bring; a session rarely agrees more than a handful. */
export const MAX_RECAP_ACTION_ITEMS = 50;

/**
 * A recap from the other side, once imported: it makes a second import of the same recap a no-op,
 * and holds the agreed focus until an upcoming session of the pairing can take it on its agenda.
 */
export const recapImportSchema = z.object({
  /** `${fromEmail}|${the sender's session id}`: one record per shared session and sender. */
  id: idSchema,
  pairingId: idSchema,
  fromEmail: emailSchema,
  /** The session the recap is about (its start on the sender's calendar). */
  sessionStart: isoDateTimeSchema,
  /** The matching session here, when one was found. */
  sessionId: z.optional(idSchema),
  actionItemIds: z.array(idSchema).check(z.maxLength(MAX_RECAP_ACTION_ITEMS)),
  focus: userTextSchema,
  /** The upcoming session whose agenda took the focus; unset while none was found yet. */
  focusSessionId: z.optional(idSchema),
  importedAt: isoDateTimeSchema,
});

export type RecapImport = z.infer<typeof recapImportSchema>;

import { idSchema, isoDateTimeSchema, z } from './common';

/**
 * The user's word on an event or a whole series; it beats the detector from then on.
 * Confirmations also live in the pairing's seriesIds; rejections live only here.
 */
export const detectionDecisionSchema = z.object({
  /** A recurring series id, or a single event's id. */
  seriesId: idSchema,
  verdict: z.enum(['not-mentoring', 'mentoring']),
  pairingId: z.optional(idSchema),
  title: z.string().check(z.maxLength(1_000)),
  decidedAt: isoDateTimeSchema,
});

export type DetectionDecision = z.infer<typeof detectionDecisionSchema>;

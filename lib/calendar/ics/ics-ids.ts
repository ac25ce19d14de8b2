const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;
/** The standard FNV-1a offset basis and a second one, for 128 bits: collisions among a calendar's UIDs are then out of reach. */
const OFFSET_BASES = [0xcbf29ce484222325n, 0x84222325cbf29ce4n] as const;

function fnv1a64(bytes: Uint8Array, basis: bigint): string {
  let hash = basis;
  for (const byte of bytes) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * The id of an ICS event series (or one-off event): a hash of its UID, so it is the same on every
 * import of the calendar, short, and free of the characters UIDs carry ("@", "/", "|").
 */
export function seriesIdOf(uid: string): string {
  const bytes = new TextEncoder().encode(uid);
  return OFFSET_BASES.map((basis) => fnv1a64(bytes, basis)).join('');
}

/** Google's own form for an instance of a recurring event: `${seriesId}_${recurrence stamp}`. */
export function instanceIdOf(seriesId: string, recurrenceStamp: string): string {
  return `${seriesId}_${recurrenceStamp}`;
}

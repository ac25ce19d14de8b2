/**
 * Merging never drops what the user wrote: where two versions of a text differ, both are kept, the
 * newer first. A version that already contains the other (the same notes, written on) is enough by
 * itself, which also makes merging the same backup twice change nothing.
 */
export function keepBothTexts(newer: string, older: string, olderLabel: string): string {
  const newerText = newer.trim();
  const olderText = older.trim();
  if (!olderText || newer.includes(olderText)) return newer;
  if (!newerText || older.includes(newerText)) return older;
  return `${newer.trimEnd()}\n\n── Also kept from ${olderLabel} ──\n${olderText}`;
}

/** Both lists, each value once (keywords, template lines). */
export function unionOf<T>(newer: readonly T[], older: readonly T[]): T[] {
  return [...newer, ...older.filter((value) => !newer.includes(value))];
}

/**
 * Both lists of items with ids (agenda points, milestones): the newer's items, then the older's
 * items it lacks. An item whose text differs between the two stays as the newer says, and the older
 * text comes back as an item of its own.
 */
export function unionById<T extends { id: string }>(newer: readonly T[], older: readonly T[], textOf: (item: T) => string): T[] {
  const byId = new Map(newer.map((item) => [item.id, item]));
  const merged = [...newer];
  for (const item of older) {
    const current = byId.get(item.id);
    if (!current) merged.push(item);
    else if (textOf(current) !== textOf(item) && !merged.some((kept) => textOf(kept) === textOf(item))) {
      merged.push({ ...item, id: `${item.id}~kept` });
    }
  }
  return merged;
}

/** Entries keyed by something other than an id (goal progress per goal): the newer's, with the older's text kept. */
export function unionByKey<T>(
  newer: readonly T[],
  older: readonly T[],
  keyOf: (entry: T) => string,
  mergeEntry: (newerEntry: T, olderEntry: T) => T,
): T[] {
  const olderByKey = new Map(older.map((entry) => [keyOf(entry), entry]));
  const newerKeys = new Set(newer.map(keyOf));
  return [
    ...newer.map((entry) => {
      const other = olderByKey.get(keyOf(entry));
      return other ? mergeEntry(entry, other) : entry;
    }),
    ...older.filter((entry) => !newerKeys.has(keyOf(entry))),
  ];
}

/** Plain-data equality regardless of key order (rows read back from IndexedDB keep no particular order). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, index) => sameData(value, other[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  const otherKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  return keys.length === otherKeys.length && keys.every((key) => sameData(left[key], right[key]));
}

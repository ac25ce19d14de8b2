import { hasNonAscii, normalizeText } from './normalize';

const MAX_QUOTE_LENGTH = 60;

/**
 * The words of the original text behind a span of its normalised form, so reasons quote what the
 * user wrote ("Planificación", not "planificacion"). `offset` is where the normalised span's text
 * starts inside the normalised original (after a stripped prefix). Falls back to the normalised words
 * when the two forms cannot be aligned.
 */
export function quoteOriginal(original: string, normalizedText: string, offset: number, start: number, end: number): string {
  const fallback = normalizedText.slice(start, end);
  const text = (originalSlice(original, offset + start, offset + end) ?? fallback).trim() || fallback;
  return text.length > MAX_QUOTE_LENGTH ? `${text.slice(0, MAX_QUOTE_LENGTH - 1)}…` : text;
}

/**
 * The original text behind normalised offsets `from`..`to` (of the whole normalised original), or
 * null when the two forms cannot be aligned.
 */
export function originalSlice(original: string, from: number, to: number): string | null {
  // Lower-casing ASCII keeps every offset.
  return hasNonAscii(original) ? alignedSlice(original, from, to) : original.slice(from, to);
}

/** Normalises one character at a time to map normalised offsets back to the original. */
function alignedSlice(original: string, from: number, to: number): string | null {
  let normalizedLength = 0;
  let originalFrom = -1;
  let originalTo = -1;
  let index = 0;
  while (index < original.length) {
    const codePoint = original.codePointAt(index) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    if (originalFrom < 0 && normalizedLength >= from) originalFrom = index;
    normalizedLength += normalizeText(original.slice(index, index + width)).length;
    index += width;
    if (originalTo < 0 && normalizedLength >= to) {
      originalTo = index;
      break;
    }
  }
  if (originalFrom < 0 || originalTo < 0 || originalTo <= originalFrom) return null;
  return original.slice(originalFrom, originalTo);
}

/**
 * Mentoring detection: is this calendar event a mentoring session, for which pairing, and why.
 * The rules and their order are in detect.ts (tested in tests/detection/rules.test.ts). The words come from
 * per-language lexicons (public/lexicons/, format in lexicon/format.ts), loaded before detection runs.
 */
export { createDetector, detectMentoring } from './detect';
export { LexiconLoadError, type PackagedFileReader } from './lexicon/load';
export { loadVocabulary, type Vocabulary } from './vocabulary';
export type { DetectableEvent, DetectionContext, DetectionPairing, DetectionResult } from './types';

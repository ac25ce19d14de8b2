/**
 * Mentoring detection: is this calendar event a mentoring session, for which pairing, and why.
 * The rules follow shared/detection/GUIDE.md; see detect.ts for their order. The words come from
 * per-language lexicons (public/lexicons/, format in lexicon/format.ts), loaded before detection runs.
 */
export { createDetector, detectMentoring } from './detect';
export { LexiconLoadError, type PackagedFileReader } from './lexicon/load';
export {  loadVocabulary, type Vocabulary } from './vocabulary';
export type { DetectableEvent, DetectionContext, DetectionPairing, DetectionResult,  } from './types';

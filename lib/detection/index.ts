/**
 * Mentoring detection: is this calendar event a mentoring session, for which pairing, and why.
 * The rules follow shared/detection/GUIDE.md; see detect.ts for their order.
 */
export { createDetector, detectMentoring } from './detect';
export type { DetectableEvent, DetectionContext, DetectionPairing, DetectionResult, Detector } from './types';

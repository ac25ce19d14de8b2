import type { ApiEvent, GoogleEvent } from '../model/calendar-event';
import type { MyRole, PairingType } from '../model/pairing';
import type { DetectionSettings } from '../model/settings';

/** The part of a pairing that detection reads; a full `Pairing` fits it. */
export interface DetectionPairing {
  id: string;
  title: string;
  type: PairingType;
  myRole: MyRole;
  participants: readonly { email: string; name: string }[];
  seriesIds: readonly string[];
  keywords: readonly string[];
}

export interface DetectionContext {
  /** The calendar owner's address. */
  selfEmail: string;
  pairings: readonly DetectionPairing[];
  /** extraKeywords count as mentoring wording; ignoreKeywords force a negative; enabled=false turns detection off. */
  settings?: DetectionSettings;
  /** Series or event ids the user rejected: they beat the detector. */
  notMentoringSeriesIds?: readonly string[];
}

export interface DetectionResult {
  isMentoring: boolean;
  pairingId: string | null;
  /** How sure the detector is that the event is a mentoring session, 0..1 (low for negatives). */
  confidence: number;
  /** Short sentences for the user, saying why. */
  reasons: string[];
}

/** Either shape of an event; the detector reads it as untrusted data. */
export type DetectableEvent = ApiEvent | GoogleEvent;

export type Detector = (event: DetectableEvent) => DetectionResult;

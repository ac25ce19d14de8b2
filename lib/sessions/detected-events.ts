import { createDetector, type DetectionResult, type Vocabulary } from '../detection';
import type { MentoringDatabase } from '../db/database';
import type { CalendarEventCopy, Pairing, Settings } from '../model';
import { getSettings } from '../settings/settings-store';
import { DAY_MS } from '../time/units';

const AUTOMATIC_OFF = 'automatic detection is turned off: only series you confirmed count';

export interface DetectedEvent {
  copy: CalendarEventCopy;
  result: DetectionResult;
}

export interface DetectionRun {
  settings: Settings;
  /** Every pairing, closed ones included (their sessions are history and stay as they are). */
  pairingsById: ReadonlyMap<string, Pairing>;
  /** Series ids (or single event ids) the user has ruled on, either way. */
  decidedSeriesIds: ReadonlySet<string>;
  /** Events ending before this are outside the sync window and left alone. */
  windowStartMs: number;
  detected: DetectedEvent[];
}

/** The sync window's first instant: events (and sessions) older than this are not reconciled. */
function syncWindowStart(settings: Settings, now: number): number {
  return now - settings.syncWindow.daysBack * DAY_MS;
}

/**
 * Runs the detector over every stored event in the sync window, with the user's decisions in its
 * context: confirmed series live in the pairings' seriesIds, rejected ones in the not-mentoring
 * list, and both beat the detector's own reading. `vocabulary` is loaded by the caller before any
 * transaction (see detection/packaged.ts): a fetch inside one would end it.
 */
export async function detectStoredEvents(
  db: MentoringDatabase,
  now: number,
  vocabulary: Vocabulary,
  only?: readonly CalendarEventCopy[],
): Promise<DetectionRun> {
  const [settings, pairings, decisions] = await Promise.all([
    getSettings(db),
    db.pairings.toArray(),
    db.detectionDecisions.toArray(),
  ]);
  const windowStartMs = syncWindowStart(settings, now);
  // `only`: the few events a page asks about (the Calendar page's badges), not the whole store.
  const events = only ?? (await db.events.toArray());
  const activePairings = pairings.filter((pairing) => pairing.status !== 'closed');
  const detectionOn = settings.detection.enabled;
  const detect = createDetector({
    selfEmail: settings.selfEmail ?? '',
    pairings: activePairings,
    // Turning automatic detection off must not forget what the user confirmed: the detector still
    // runs (for cancelled, declined, rejected...), and only confirmed series are kept below.
    settings: { ...settings.detection, enabled: true },
    notMentoringSeriesIds: decisions
      .filter((decision) => decision.verdict === 'not-mentoring')
      .map((decision) => decision.seriesId),
  }, vocabulary);
  const confirmed = new Set(activePairings.flatMap((pairing) => pairing.seriesIds));
  const detected = events
    .filter((copy) => copy.endMs >= windowStartMs)
    .map((copy) => {
      const result = detect(copy.event);
      const keep = detectionOn || confirmed.has(copy.seriesId) || confirmed.has(copy.eventId);
      return { copy, result: keep ? result : { ...result, isMentoring: false, pairingId: null, reasons: [...result.reasons, AUTOMATIC_OFF] } };
    });
  return {
    settings,
    pairingsById: new Map(pairings.map((pairing) => [pairing.id, pairing])),
    decidedSeriesIds: new Set(decisions.map((decision) => decision.seriesId)),
    windowStartMs,
    detected,
  };
}

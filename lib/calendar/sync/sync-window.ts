import type { Settings } from '../../model';
import { DAY_MS } from '../../time/units';


/** A stretch of time in epoch ms, bounded as Google bounds a listing: events ending after `startMs` and starting before `endMs`. */
export interface KeptWindow {
  startMs: number;
  endMs: number;
}

/** The sync window around `ms`, the same for every source: what is listed, imported and kept. */
export function windowAround(ms: number, window: Settings['syncWindow']): KeptWindow {
  return { startMs: ms - window.daysBack * DAY_MS, endMs: ms + window.daysAhead * DAY_MS };
}

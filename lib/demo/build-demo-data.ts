import type { CalendarEventCopy, SyncState } from '../model';
import { defaultSettings } from '../model';
import { buildStory, DEMO_DAYS_AHEAD, type DemoPairingData } from './build-story';
import { otherDemoEvents } from './demo-other-events';
import { DEMO_CALENDAR_ID, DEMO_CALENDAR_KEY, DEMO_SELF } from './demo-people';
import { localTimeZone } from './demo-time';
import { demoStories } from './stories';

export type { DemoPairingData } from './build-story';

export interface DemoData {
  /** One entry per sample pairing, with everything that belongs to it. */
  pairings: DemoPairingData[];
  /** Events of the sample calendar that belong to no pairing. */
  otherEvents: CalendarEventCopy[];
  syncState: SyncState;
}

/**
 * The sample data around `now`: six pairings (every type, the user as mentor and as mentee) with
 * about six months of sessions, feedback and action items, the sessions of the coming weeks (one
 * within a day), and the sample calendar they come from. Deterministic: the same `now` (in the same
 * time zone) always gives the same rows, with the same ids.
 */
export function buildDemoData(now: Date): DemoData {
  const timeZone = localTimeZone();
  return {
    pairings: demoStories.map((story) => buildStory(story, now, timeZone)),
    otherEvents: otherDemoEvents(now, timeZone, defaultSettings.syncWindow.daysBack, DEMO_DAYS_AHEAD),
    syncState: {
      calendarKey: DEMO_CALENDAR_KEY,
      source: 'demo',
      calendarId: DEMO_CALENDAR_ID,
      label: `Sample calendar (${DEMO_SELF.name})`,
      lastFullSyncAt: now.toISOString(),
      lastSyncAt: now.toISOString(),
      skipped: [],
    },
  };
}

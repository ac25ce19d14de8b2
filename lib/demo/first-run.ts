import { notifySyncCompleted } from '../calendar/sync/sync-events';
import { getDatabase, type MentoringDatabase } from '../db/database';
import { registerMessageHandlers, type MessageHandlers } from '../messaging/register';
import { getSettings } from '../settings/settings-store';
import { seedBuiltInTemplates } from '../templates/seed';
import { DEMO_CALENDAR_KEY } from './demo-people';
import { loadDemoData, removeDemoData } from './demo-store';

export interface InstallOutcome {
  /** Built-in templates added or refreshed. */
  templates: number;
  demoLoaded: boolean;
}

/**
 * On install and on every update the built-in templates are brought up to date; on a fresh install
 * with no calendar and no pairing yet, the sample data shows the product working straight away.
 */
export async function handleInstalled(reason: string, db: MentoringDatabase, now: Date = new Date()): Promise<InstallOutcome> {
  if (reason !== 'install' && reason !== 'update') return { templates: 0, demoLoaded: false };
  const seeded = await seedBuiltInTemplates(db, now);
  const templates = seeded.added.length + seeded.refreshed.length;
  if (reason !== 'install') return { templates, demoLoaded: false };
  const nothingYet = (await getSettings(db)).calendarSource === 'none' && (await db.pairings.count()) === 0;
  if (nothingYet) await loadAndAnnounce(db, now);
  return { templates, demoLoaded: nothingYet };
}

/**
 * Sample events arrive like a sync of the sample calendar, and leave like a removed calendar: the
 * sessions and prompts listening for calendar changes follow (suggestions, "starting soon" alarms).
 */
async function loadAndAnnounce(db: MentoringDatabase, now = new Date()) {
  const loaded = await loadDemoData(db, now);
  const summary = { calendars: 1, added: loaded.events, updated: 0, removed: 0, skipped: 0, errors: [] };
  await notifySyncCompleted({ reason: 'sync', calendarKeys: [DEMO_CALENDAR_KEY], summary });
  return { pairings: loaded.pairings, sessions: loaded.sessions };
}

async function removeAndAnnounce(db: MentoringDatabase) {
  const { removed, events } = await removeDemoData(db);
  const summary = { calendars: 1, added: 0, updated: 0, removed: events, skipped: 0, errors: [] };
  await notifySyncCompleted({ reason: 'removed', calendarKeys: [DEMO_CALENDAR_KEY], summary });
  return { removed };
}

/** The background's handlers for the options page's "Load sample data" and "Remove sample data". */
export function demoMessageHandlers(database: () => MentoringDatabase = getDatabase): Pick<MessageHandlers, 'loadDemo' | 'removeDemo'> {
  return {
    loadDemo: () => loadAndAnnounce(database()),
    removeDemo: () => removeAndAnnounce(database()),
  };
}

/**
 * Called once when the background starts. The onInstalled listener is added synchronously: the
 * event that woke the service worker is delivered only to listeners added in its first turn.
 */
export function startFirstRun(database: () => MentoringDatabase = getDatabase): void {
  browser.runtime.onInstalled.addListener(({ reason }) =>
    handleInstalled(reason, database()).catch((error: unknown) => {
      console.error('Mentoring Companion: first-run setup failed', error);
    }),
  );
  registerMessageHandlers(demoMessageHandlers(database));
}

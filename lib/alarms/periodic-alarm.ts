import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';

export interface AlarmsApi {
  get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
  create(name: string, info: { delayInMinutes: number; periodInMinutes: number }): Promise<void> | void;
  clear(name: string): Promise<boolean> | Promise<void>;
}

/**
 * Keeps one periodic alarm in step with `minutes`: created (its first run one period from now),
 * re-created when the period changed, cleared when `minutes` is undefined. An alarm that already
 * has the right period is left alone: re-creating it at every worker start would keep pushing its
 * next run away.
 */
export async function keepPeriodicAlarm(name: string, minutes: number | undefined, alarms: AlarmsApi = browser.alarms): Promise<void> {
  if (minutes === undefined) {
    await alarms.clear(name);
    return;
  }
  if ((await alarms.get(name))?.periodInMinutes === minutes) return;
  await alarms.create(name, { delayInMinutes: minutes, periodInMinutes: minutes });
}

/**
 * Runs `task` whenever the alarm fires, and keeps the alarm's period equal to `period()` while the
 * worker lives: `period` runs in a Dexie live query, so it is read again whenever what it read in
 * the database changes (the first value arrives at once). The listener is added synchronously, so
 * the alarm that woke the worker is not missed.
 */
export function startPeriodicAlarm(name: string, period: () => Promise<number | undefined>, task: () => Promise<unknown>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) void task().catch((error: unknown) => console.error(`Mentoring Companion: alarm ${name} failed`, error));
  });
  liveQuery(period).subscribe({
    next: (minutes) => void keepPeriodicAlarm(name, minutes).catch((error: unknown) => console.error(`Mentoring Companion: cannot schedule ${name}`, error)),
    error: (error: unknown) => console.error(`Mentoring Companion: cannot follow the period of ${name}`, error),
  });
}

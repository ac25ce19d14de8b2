import { browser } from 'wxt/browser';
import { parsePromptAlarmName, type PlannedAlarm } from './plan';
import { MINUTE_MS } from '../time/units';

export interface AlarmPlanChange {
  created: number;
  cleared: number;
  kept: number;
}

/**
 * Browsers may postpone an alarm a little (Chrome: at least 30 s ahead in packed extensions); an
 * alarm this close to its planned moment is the same alarm, so a re-plan does not push it back.
 */
const SAME_ALARM_TOLERANCE_MS = MINUTE_MS;

/**
 * Makes the browser's prompt alarms (`prompts:start:*`, `prompts:feedback:*`, and the unprefixed names
 * of earlier versions) exactly the plan: stale ones are cleared, missing or moved ones created, the
 * rest left alone. Other alarms (sync) are not touched.
 */
export async function applyAlarmPlan(plan: readonly PlannedAlarm[]): Promise<AlarmPlanChange> {
  const existing = [...(await browser.alarms.getAll())].filter((alarm) => parsePromptAlarmName(alarm.name));
  const wanted = new Map(plan.map((alarm) => [alarm.name, alarm.when]));
  const change: AlarmPlanChange = { created: 0, cleared: 0, kept: 0 };
  const current = new Set<string>();
  for (const alarm of existing) {
    const when = wanted.get(alarm.name);
    if (when !== undefined && Math.abs(alarm.scheduledTime - when) <= SAME_ALARM_TOLERANCE_MS) {
      current.add(alarm.name);
      change.kept++;
    } else {
      await browser.alarms.clear(alarm.name);
      change.cleared++;
    }
  }
  for (const alarm of plan) {
    if (current.has(alarm.name)) continue;
    await browser.alarms.create(alarm.name, { when: alarm.when });
    change.created++;
  }
  return change;
}

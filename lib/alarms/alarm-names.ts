/**
 * Every alarm the extension sets, named `<domain>:<what>` (plus `:<session id>` for prompts). Alarms
 * outlive an update of the extension: names an earlier version used are still recognised (prompts,
 * which a re-plan then renames) or cleared at start (`RETIRED_ALARMS`).
 */

/** Every calendar source syncs on this one alarm, at the user's sync interval. */
export const CALENDAR_SYNC_ALARM = 'calendar:sync';

/** Re-plans the prompts every hour, even when no sync runs. */
export const PROMPTS_REPLAN_ALARM = 'prompts:replan';

export type PromptKind = 'start' | 'feedback';

/** "Starting soon" and "how did it go?" for one session. */
export function promptAlarmName(kind: PromptKind, sessionId: string): string {
  return `prompts:${kind}:${sessionId}`;
}

/** The prompt an alarm stands for; also reads the `start:<id>` / `feedback:<id>` names of earlier versions. */
export function parsePromptAlarmName(name: string): { kind: PromptKind; sessionId: string } | undefined {
  const match = /^(?:prompts:)?(start|feedback):(.+)$/.exec(name);
  return match ? { kind: match[1] as PromptKind, sessionId: match[2]! } : undefined;
}

/** Alarms of earlier versions that nothing handles any more (ICS addresses now sync on CALENDAR_SYNC_ALARM). */
export const RETIRED_ALARMS = ['ics-poll'] as const;

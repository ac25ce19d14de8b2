import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyAlarmPlan } from '../../lib/prompts/alarms';

const NOW = Date.parse('2026-11-21T10:00:00Z');
const HOUR = 3_600_000;

async function alarmTimes(): Promise<Record<string, number>> {
  return Object.fromEntries((await fakeBrowser.alarms.getAll()).map((alarm) => [alarm.name, alarm.scheduledTime]));
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('applyAlarmPlan', () => {
  it('creates the planned alarms', async () => {
    const change = await applyAlarmPlan([
      { name: 'prompts:start:s1', when: NOW + HOUR },
      { name: 'prompts:feedback:s1', when: NOW + 2 * HOUR },
    ]);

    expect(change).toEqual({ created: 2, cleared: 0, kept: 0 });
    expect(await alarmTimes()).toEqual({ 'prompts:start:s1': NOW + HOUR, 'prompts:feedback:s1': NOW + 2 * HOUR });
  });

  it('on re-plan removes stale prompt alarms, moves changed ones, keeps the rest, and never touches other alarms', async () => {
    await fakeBrowser.alarms.create('calendar-sync', { periodInMinutes: 5 });
    await fakeBrowser.alarms.create('prompts:replan', { periodInMinutes: 60 });
    await applyAlarmPlan([
      { name: 'prompts:start:kept', when: NOW + HOUR },
      { name: 'prompts:start:moved', when: NOW + 2 * HOUR },
      { name: 'prompts:feedback:stale', when: NOW + 3 * HOUR },
    ]);

    const change = await applyAlarmPlan([
      { name: 'prompts:start:kept', when: NOW + HOUR },
      { name: 'prompts:start:moved', when: NOW + 5 * HOUR },
      { name: 'prompts:feedback:new', when: NOW + 6 * HOUR },
    ]);

    expect(change).toEqual({ created: 2, cleared: 2, kept: 1 });
    const times = await alarmTimes();
    expect(times).toMatchObject({ 'prompts:start:kept': NOW + HOUR, 'prompts:start:moved': NOW + 5 * HOUR, 'prompts:feedback:new': NOW + 6 * HOUR });
    expect(Object.keys(times).sort()).toEqual(['calendar-sync', 'prompts:feedback:new', 'prompts:replan', 'prompts:start:kept', 'prompts:start:moved']);
  });

  it('an empty plan clears every prompt alarm', async () => {
    await applyAlarmPlan([{ name: 'prompts:start:s1', when: NOW + HOUR }]);
    await applyAlarmPlan([]);
    expect(await alarmTimes()).toEqual({});
  });

  it('does not push back an alarm the browser postponed by a few seconds', async () => {
    await fakeBrowser.alarms.create('prompts:start:s1', { when: NOW + HOUR + 20_000 });
    expect(await applyAlarmPlan([{ name: 'prompts:start:s1', when: NOW + HOUR }])).toEqual({ created: 0, cleared: 0, kept: 1 });
  });

  it('replaces the alarms an earlier version named `start:<id>` / `feedback:<id>` with today’s names', async () => {
    await fakeBrowser.alarms.create('start:s1', { when: NOW + HOUR });
    await fakeBrowser.alarms.create('feedback:old', { when: NOW + 2 * HOUR });
    expect(await applyAlarmPlan([{ name: 'prompts:start:s1', when: NOW + HOUR }])).toEqual({ created: 1, cleared: 2, kept: 0 });
    expect(await alarmTimes()).toEqual({ 'prompts:start:s1': NOW + HOUR });
  });
});

import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { promptAlarmName } from '../../../lib/alarms/alarm-names';
import type { Session } from '../../../lib/model';
import type { GoogleMeetPage } from '../pages/google-meet-page';
import { putRows, readTable } from '../support/extension-db';
import { FEEDBACK_DELAY_MS, MEET_CODE } from './google-pages-data';

const MINUTE_MS = 60_000;
/** The page reports within a couple of seconds; the background then writes and re-plans. */
const POLL = { timeout: 15_000, interval: 200 };

/**
 * One check for both browsers' suites: the user, who dropped out of the call of `session`
 * (MEET_CODE) a minute ago, joins it again on the Meet page, leaves it, and joins again. While the
 * call is on, the feedback prompt waits for the calendar end at the earliest; leaving brings it
 * forward to the real end plus the usual wait. `alarmTime` reads the
 * session's feedback alarm the way the browser lets a test (Chrome's service worker, an extension
 * page in Firefox). Leaves the call joined.
 */
export async function expectPromptFollowsTheCall(
  meet: GoogleMeetPage,
  probe: Page,
  session: Session,
  alarmTime: (name: string) => Promise<number | undefined>,
): Promise<void> {
  const row = async () => (await readTable<Session>(probe, 'sessions')).find((stored) => stored.id === session.id);
  const feedbackAlarm = () => alarmTime(promptAlarmName('feedback', session.id));
  const afterCalendarEnd = Date.parse(session.end) + FEEDBACK_DELAY_MS - MINUTE_MS;

  // Dropped out a minute ago: the call's page alone does not resume the call, so the next change is
  // the page seeing the user in the call (whenever its next look comes).
  const dropped = new Date(Date.now() - MINUTE_MS).toISOString();
  await putRows(probe, 'sessions', [{ ...(await row())!, call: { meetCode: MEET_CODE, joinedAt: session.start, lastSeenAt: dropped, leftAt: dropped } }]);
  await meet.join();
  await expect.poll(async () => (await row())?.call?.leftAt, POLL).toBeUndefined();
  expect((await row())?.call?.joinedAt).toBe(session.start);
  await expect.poll(feedbackAlarm, POLL).toBeGreaterThanOrEqual(afterCalendarEnd);

  await meet.leave();
  await expect.poll(async () => (await row())?.call?.leftAt, POLL).toBeDefined();
  const leftAt = Date.parse((await row())!.call!.leftAt!);
  await expect.poll(feedbackAlarm, POLL).toBeLessThan(Date.parse(session.end));
  expect(Math.abs((await feedbackAlarm())! - (leftAt + FEEDBACK_DELAY_MS))).toBeLessThanOrEqual(MINUTE_MS);

  // Back in: the call goes on, and so does the wait.
  await meet.rejoin();
  await expect.poll(async () => (await row())?.call?.leftAt, POLL).toBeUndefined();
  await expect.poll(feedbackAlarm, POLL).toBeGreaterThanOrEqual(afterCalendarEnd);
}

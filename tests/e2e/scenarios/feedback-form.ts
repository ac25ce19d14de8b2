import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Session } from '../../../lib/model';
import { FeedbackPopupPage } from '../pages/feedback-popup';
import { readTable, waitForRows } from '../support/extension-db';

/**
 * One check for both browsers' suites: the feedback page of the session that ended last names the
 * missing rating, then stores the submitted feedback and marks the session held. `store` is any
 * extension page, to read IndexedDB from.
 */
export async function expectFeedbackFormStoresSubmission(context: BrowserContext, extensionId: string, store: Page): Promise<void> {
  const ended = (await readTable<Session>(store, 'sessions'))
    .filter((session) => Date.parse(session.end) < Date.now() && session.status === 'scheduled')
    .sort((a, b) => b.end.localeCompare(a.end))[0]!;
  const popup = await FeedbackPopupPage.open(context, extensionId, ended.id);
  expect(await popup.sessionTitle()).not.toBe('');
  await popup.chooseOutcome('held');
  await popup.submit();
  expect(await popup.errors()).toEqual(['Rating: choose 1 to 5']);
  await popup.rate(4);
  await popup.submit();
  await waitForRows<{ sessionId: string; state: string; rating?: number }>(store, 'feedback', (rows) =>
    rows.some((row) => row.sessionId === ended.id && row.state === 'submitted' && row.rating === 4),
  );
  const after = (await readTable<Session>(store, 'sessions')).find((session) => session.id === ended.id);
  expect(after?.status).toBe('held');
}

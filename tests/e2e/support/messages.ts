import type { Page } from 'playwright-core';
import type { MessageData, MessageName, MessageResults } from '../../../lib/messaging/protocol';

/**
 * Sends one message from an extension page in @webext-core/messaging's wire format, exactly as the
 * product's pages do, and returns the background's answer; throws with the background's error.
 */
export async function sendFromPage<N extends MessageName>(page: Page, type: N, data?: MessageData<N>): Promise<MessageResults[N]> {
  const reply = await page.evaluate(
    async ({ type, data }) => {
      // Firefox's `chrome.runtime.sendMessage` takes a callback and returns nothing; its `browser` returns the promise.
      type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
      const runtime = (scope.browser ?? scope.chrome).runtime;
      return (await runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() })) as
        | { res?: unknown; err?: { message?: string } }
        | undefined;
    },
    { type, data },
  );
  if (reply?.err) throw new Error(`${type} failed: ${reply.err.message}`);
  return reply?.res as MessageResults[N];
}

import { onMessage } from './api';
import { messageDataSchemas, type MessageData, type MessageName, type MessageResults } from './protocol';
import { validate } from '../model/validation';

/** Who sent a message: a content script's tab (its window is where the side panel opens). */
export interface MessageSender {
  tab?: { id?: number; windowId?: number };
}

export type MessageHandlers = {
  [N in MessageName]: (data: MessageData<N>, sender?: MessageSender) => Promise<MessageResults[N]> | MessageResults[N];
};

const registered = new Set<MessageName>();

/**
 * Each domain registers its own handlers from the background (one call per domain); data is
 * validated against its schema before the handler runs.
 */
export function registerMessageHandlers(handlers: Partial<MessageHandlers>): void {
  for (const name of Object.keys(handlers) as MessageName[]) {
    const handler = handlers[name];
    if (!handler) continue;
    if (registered.has(name)) throw new Error(`message "${name}" already has a handler`);
    registered.add(name);
    registerOne(name, handler);
  }
}

/** Message names no domain has registered yet: the background checks this is empty at start. */
export function unhandledMessages(): MessageName[] {
  return (Object.keys(messageDataSchemas) as MessageName[]).filter((name) => !registered.has(name));
}

function registerOne<N extends MessageName>(name: N, handler: MessageHandlers[N]): void {
  onMessage(name, (message) => {
    const data = validate(messageDataSchemas[name], `message "${name}"`, message.data) as MessageData<N>;
    // Called in the same turn as the message: a handler may still use the user's click (sidePanel.open).
    return handler(data, message.sender ?? {}) as never;
  });
}

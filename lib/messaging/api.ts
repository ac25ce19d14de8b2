import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/** Pages call `sendMessage('syncNow', undefined)`; only the background registers handlers (register.ts). */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

import { browser } from 'wxt/browser';
import { sendMessage } from '../../../lib/messaging/api';
import type { ResetEdges } from '../../../lib/reset/delete-everything';

/** The real browser behind deleteEverything, from an extension page (never the background: its size budget). */
export function browserResetEdges(): ResetEdges {
  return {
    signOutGoogle: () => sendMessage('signOutGoogle', { keepData: false }),
    removeCalendar: (calendarKey) => sendMessage('removeCalendar', { calendarKey, keepData: false }),
    clearAlarms: () => browser.alarms.clearAll(),
    async clearStorage() {
      await browser.storage.local.clear();
      await browser.storage.session?.clear();
    },
    async removeGrantedOrigins() {
      // Chrome lists required origins as host permissions; Firefox's manifest version 2 among the permissions.
      // The content scripts' pages count as granted origins too, and cannot be removed either.
      const manifest = browser.runtime.getManifest();
      const required = new Set(
        [
          ...(manifest.host_permissions ?? []),
          ...(manifest.permissions ?? []).filter((entry) => String(entry).includes('://')),
          ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
        ].map(String),
      );
      const granted = (await browser.permissions.getAll()).origins ?? [];
      const optional = granted.filter((origin) => !required.has(origin));
      if (optional.length > 0) await browser.permissions.remove({ origins: optional });
    },
    async clearNotifications() {
      for (const id of Object.keys(await browser.notifications.getAll())) await browser.notifications.clear(id);
    },
    async clearBadge() {
      // Firefox builds of manifest version 2 name the toolbar button browserAction.
      const button = browser.action ?? browser.browserAction;
      await button.setBadgeText({ text: '' });
      await button.setTitle({ title: 'Mentoring Companion' });
    },
  };
}

import { browser, type Browser } from 'wxt/browser';
import type { Pairing, Session } from '../model';
import { sessionTitle } from '../sessions/session-title';
import { openSidePanel } from '../panel/side-panel-behavior';
import { openFeedbackWindow } from './open';
import { sessionEndMs } from '../sessions/call-end';

export type PromptNotification =
  | { kind: 'start'; session: Session; pairing: Pairing; minutesLeft: number }
  | { kind: 'feedback'; session: Session; pairing: Pairing }
  | { kind: 'feedback-summary'; oldest: Session; oldestPairing: Pairing; count: number };

type NotificationKind = PromptNotification['kind'];

export interface NotificationLook {
  /** Firefox's notifications have no buttons: there the notification itself is the button. */
  buttons: boolean;
  iconUrl: string;
}

function supportsNotificationButtons(): boolean {
  return !import.meta.env.FIREFOX;
}

function notificationLook(): NotificationLook {
  return { buttons: supportsNotificationButtons(), iconUrl: browser.runtime.getURL('/icon/128.png') };
}

/** The notification's id names what a click does and for which session: `<kind>:<sessionId>`. */
export function parseNotificationId(id: string): { kind: NotificationKind; sessionId: string } | undefined {
  const match = /^(start|feedback|feedback-summary):(.+)$/.exec(id);
  return match ? { kind: match[1] as NotificationKind, sessionId: match[2]! } : undefined;
}

/** Id and options of a prompt's notification; pure, so both browsers' looks are testable. */
export function buildNotification(
  prompt: PromptNotification,
  look: NotificationLook,
): { id: string; options: Browser.notifications.NotificationCreateOptions } {
  const base = { type: 'basic' as const, iconUrl: look.iconUrl };
  const withAction = (message: string, button: string, clickHint: string) =>
    look.buttons ? { message, buttons: [{ title: button }] } : { message: `${message} ${clickHint}` };
  switch (prompt.kind) {
    case 'start': {
      const when = prompt.minutesLeft > 0 ? `in ${prompt.minutesLeft} min` : 'now';
      return {
        id: `start:${prompt.session.id}`,
        options: {
          ...base,
          title: `Starting ${when}: ${sessionTitle(prompt.session, prompt.pairing)}`,
          ...withAction(
            `${prompt.pairing.title}, ${timeRange(prompt.session)}.`,
            'Open panel',
            'Click to open the panel.',
          ),
        },
      };
    }
    case 'feedback':
      return {
        id: `feedback:${prompt.session.id}`,
        options: {
          ...base,
          title: 'How did it go?',
          ...withAction(
            `${sessionTitle(prompt.session, prompt.pairing)} (${prompt.pairing.title}) ended at ${clock(new Date(sessionEndMs(prompt.session)).toISOString())}.`,
            'Give feedback',
            'Click to give feedback.',
          ),
        },
      };
    case 'feedback-summary':
      return {
        id: `feedback-summary:${prompt.oldest.id}`,
        options: {
          ...base,
          title: `${prompt.count} sessions are waiting for feedback`,
          ...withAction(
            `The oldest: ${sessionTitle(prompt.oldest, prompt.oldestPairing)} on ${day(prompt.oldest.start)}.`,
            'Give feedback',
            'Click to start with the oldest.',
          ),
        },
      };
  }
}

export async function showPromptNotification(prompt: PromptNotification, look = notificationLook()): Promise<string> {
  const { id, options } = buildNotification(prompt, look);
  return browser.notifications.create(id, options);
}

/**
 * The main action of a notification, for a click on it or on its button: a start prompt opens the
 * side panel, a feedback prompt (or the summary, for its oldest session) opens the feedback window.
 * Not async on purpose: opening the panel must begin inside the click's user action.
 */
export function handleNotificationClick(notificationId: string): Promise<void> {
  const target = parseNotificationId(notificationId);
  if (!target) return Promise.resolve();
  const action = target.kind === 'start' ? openSidePanel() : openFeedbackWindow(target.sessionId);
  return action.finally(() => browser.notifications.clear(notificationId));
}

function clock(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

function day(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
}

function timeRange(session: Session): string {
  return `${clock(session.start)}–${clock(session.end)}`;
}
